import type { WebhookAuth } from './options';

export interface SentWebhook {
  type: string;
  createdAt: number;
  payload: Record<string, unknown>;
  status: number | 'error' | 'pending';
}

/**
 * Coviu's delivery (API-NOTES §2.6): one POST of `{type, createdAt (epoch seconds), payload}`,
 * authenticated by Bearer or Basic, never retried. Fire and forget.
 */
export class WebhookSender {
  delivered = 0;
  failed = 0;
  readonly recent: SentWebhook[] = [];

  constructor(
    public url: string | null,
    public auth: WebhookAuth,
  ) {}

  emit(type: string, payload: Record<string, string | null | undefined>, atMs: number): void {
    if (!this.url) return;
    const clean = Object.fromEntries(Object.entries(payload).filter(([, v]) => v != null));
    const record: SentWebhook = { type, createdAt: Math.floor(atMs / 1000), payload: clean, status: 'pending' };
    this.recent.push(record);
    if (this.recent.length > 200) this.recent.shift();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.auth?.type === 'bearer') headers.authorization = `Bearer ${this.auth.token}`;
    if (this.auth?.type === 'basic') {
      headers.authorization = `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`;
    }
    fetch(this.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: record.type, createdAt: record.createdAt, payload: clean }),
      signal: AbortSignal.timeout(5_000),
    })
      .then(async (response) => {
        record.status = response.status;
        if (response.ok) this.delivered++;
        else this.failed++;
        await response.body?.cancel();
      })
      .catch(() => {
        record.status = 'error';
        this.failed++;
      });
  }
}
