// A Server-Sent Events reader for Node (fetch), as the browser's EventSource reads the waiting
// stream: with a session cookie and, to resume, Last-Event-ID. The cluster spec and the cluster
// bench use it where a browser per viewer would be too heavy.

export interface StreamEvent {
  event: string;
  /** The `id:` field (`epoch.seq` once streams resume across instances), or null. */
  id: string | null;
  data: unknown;
  /** When it arrived here (epoch ms). */
  at: number;
}

export interface SseOptions {
  cookie: string;
  lastEventId?: string | null;
  /** Called on every event; the client keeps them too unless `keep` is false (600-viewer benches). */
  onEvent?: (event: StreamEvent) => void;
  keep?: boolean;
}

export class SseClient {
  readonly events: StreamEvent[] = [];
  /** The id of the last event that carried one (what an EventSource would resume from). */
  lastEventId: string | null;
  status: number | null = null;
  /** Set once the response ended or failed: "ended" (the server closed it) or the error's message. */
  closed: string | null = null;
  private readonly controller = new AbortController();
  private readonly opened: Promise<void>;

  constructor(
    readonly url: string,
    private readonly options: SseOptions,
  ) {
    this.lastEventId = options.lastEventId ?? null;
    this.opened = this.read();
  }

  /** Resolves once the response's headers arrived (rejects if it was not a 200 stream). */
  async ready(): Promise<this> {
    const deadline = Date.now() + 15_000;
    while (this.status === null && this.closed === null && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    if (this.status !== 200) throw new Error(`stream ${this.url}: ${this.status ?? this.closed ?? 'no answer'}`);
    return this;
  }

  private async read(): Promise<void> {
    try {
      const headers: Record<string, string> = { cookie: this.options.cookie, accept: 'text/event-stream' };
      if (this.lastEventId) headers['last-event-id'] = this.lastEventId;
      const response = await fetch(this.url, { headers, signal: this.controller.signal });
      this.status = response.status;
      if (!response.ok || !response.body) {
        this.closed = `status ${response.status}`;
        await response.body?.cancel();
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.block(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
      this.closed = 'ended';
    } catch (error) {
      this.closed = (error as Error).message || 'failed';
    }
  }

  private block(block: string): void {
    let event = 'message';
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (!data.length) return;
    if (id !== null) this.lastEventId = id;
    const parsed: StreamEvent = { event, id, data: JSON.parse(data.join('\n')), at: Date.now() };
    if (this.options.keep !== false) this.events.push(parsed);
    this.options.onEvent?.(parsed);
  }

  /** The first event so far, or arriving within `timeoutMs`, that `match` accepts. */
  async next(match: (e: StreamEvent) => boolean, timeoutMs = 10_000): Promise<StreamEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such event on ${this.url} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  close(): Promise<void> {
    this.controller.abort();
    return this.opened;
  }
}

/** A `change` event about this caller. */
export const changeOf =
  (callId: string) =>
  (e: StreamEvent): boolean =>
    e.event === 'change' && (e.data as { caller?: { callId?: string } }).caller?.callId === callId;

/** The team's waiting stream on one instance. */
export function waitingStream(appUrl: string, teamId: string, options: SseOptions): SseClient {
  return new SseClient(`${appUrl}/api/teams/${teamId}/waiting/stream`, options);
}
