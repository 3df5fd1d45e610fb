import 'server-only';
import type { StreamMessage } from '@/lib/waiting/stream';
import type { Db } from '../db';
import { type FeedUpdate, prune, publish } from './feed-store';

/** Every this many publishes, old changes are pruned. */
const PRUNE_EVERY = 100;

/**
 * The owner's side of a team's feed: what its poller would have broadcast (a poll's changes,
 * status, settings and estimate, all raised in one turn) is stored as one update, in order.
 * The first failure (fenced out by a newer owner, or the database gone) ends it: the owner gives
 * the team up, and whoever takes it next starts again from what was stored.
 */
export class Publisher {
  private pending: FeedUpdate = { changes: [] };
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();
  private count = 0;
  private dead = false;

  constructor(
    private readonly db: Db,
    private readonly teamId: string,
    private readonly epoch: number,
    private readonly failed: (error: unknown) => void,
  ) {}

  readonly accept = (message: StreamMessage): void => {
    if (this.dead) return;
    const p = this.pending;
    if (message.type === 'change') p.changes.push(message.change);
    else if (message.type === 'status')
      p.status = { fetchedAt: message.fetchedAt, error: message.error, intervalMs: message.intervalMs };
    else if (message.type === 'settings') p.settings = message.settings;
    else if (message.type === 'estimate') p.waitBasis = message.basis;
    else return;
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  };

  /** Resolves when everything accepted so far is stored (or has failed). */
  settled(): Promise<void> {
    return this.chain;
  }

  private flush(): void {
    this.scheduled = false;
    const update = this.pending;
    this.pending = { changes: [] };
    this.chain = this.chain
      .then(async () => {
        if (this.dead) return;
        await publish(this.db, this.teamId, this.epoch, update);
        const last = update.changes.at(-1)?.seq;
        if (last !== undefined && ++this.count % PRUNE_EVERY === 0) await prune(this.db, this.teamId, last);
      })
      .catch((error: unknown) => {
        if (this.dead) return;
        this.dead = true;
        this.failed(error);
      });
  }
}
