import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '../env';

/** Compares digests, so neither the content nor the length of the secret leaks through timing. */
function same(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

export type WebhookAuthResult = 'ok' | 'refused' | 'not-configured';

/** Coviu authenticates its deliveries with a static Bearer token or HTTP Basic (API-NOTES §2.6). */
export function checkWebhookAuth(header: string | null): WebhookAuthResult {
  const e = env();
  if (!e.COVIU_WEBHOOK_TOKEN && !(e.COVIU_WEBHOOK_USERNAME && e.COVIU_WEBHOOK_PASSWORD)) return 'not-configured';
  if (!header) return 'refused';
  if (e.COVIU_WEBHOOK_TOKEN && header.startsWith('Bearer '))
    return same(header.slice(7), e.COVIU_WEBHOOK_TOKEN) ? 'ok' : 'refused';
  if (e.COVIU_WEBHOOK_USERNAME && e.COVIU_WEBHOOK_PASSWORD && header.startsWith('Basic ')) {
    const expected = Buffer.from(`${e.COVIU_WEBHOOK_USERNAME}:${e.COVIU_WEBHOOK_PASSWORD}`).toString('base64');
    return same(header.slice(6).trim(), expected) ? 'ok' : 'refused';
  }
  return 'refused';
}

/** Coviu does not retry, but a proxy might: the same delivery is acted on once. */
export class RecentDeliveries {
  private readonly seen = new Map<string, number>();
  constructor(private readonly max = 5_000) {}

  firstTime(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.set(key, Date.now());
    if (this.seen.size > this.max) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }
}
