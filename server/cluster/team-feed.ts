import 'server-only';
import type { StreamMessage } from '@/lib/waiting/stream';
import type { DashboardCaller, WaitingChange, WaitingSnapshot } from '@/lib/waiting/types';
import type { Db } from '../db';
import { ChangeLog } from '../waiting/change-log';
import { type Listener, Subscribers } from '../waiting/subscribers';
import { type FeedHead, readCallers, readChanges, readHead } from './feed-store';

/** Changes kept in memory for browsers resuming here; the table keeps more. */
const KEEP = 500;

/**
 * One team's live waiting area on this instance, as its owner (any instance) published it: read
 * once from the tables, then caught up on each NOTIFY, and handed to this instance's streams.
 * When the changes it missed are gone from the table (or LISTEN reconnected), it reads afresh
 * and sends every stream a snapshot.
 */
export class TeamFeed {
  private callers = new Map<string, DashboardCaller>();
  private changes = new ChangeLog(KEEP);
  private head: FeedHead | null = null;
  private readonly listeners = new Subscribers();
  private running: Promise<void> | null = null;
  private again = false;
  private full = true;
  private loaded = false;
  /** When a failed poll was last heard of, for a request waiting on a poll it asked for. */
  private erredAt = 0;
  /** When a publish was last read. */
  private heardAt = 0;
  /** Resolves once the first read is done; routes wait for it before reading the snapshot. */
  readonly ready: Promise<void>;

  constructor(
    readonly teamId: string,
    private readonly db: () => Promise<Db>,
    private readonly now: () => number = Date.now,
  ) {
    // A failed first read leaves `full` set: the next NOTIFY or request reads again.
    this.ready = this.update().catch(() => undefined);
  }

  get epoch(): number {
    return this.head?.epoch ?? 0;
  }

  get seq(): number {
    return this.changes.seq;
  }

  get watchers(): number {
    return this.listeners.size;
  }

  get fetchedAt(): string | null {
    return this.head?.status?.fetchedAt ?? null;
  }

  get intervalMs(): number | null {
    return this.head?.status?.intervalMs ?? null;
  }

  erredSince(at: number): boolean {
    return this.erredAt >= at;
  }

  heardSince(at: number): boolean {
    return this.heardAt >= at;
  }

  subscribe(listener: Listener): () => void {
    return this.listeners.add(listener);
  }

  snapshot(): WaitingSnapshot {
    const status = this.head?.status;
    return {
      teamId: this.teamId,
      fetchedAt: status?.fetchedAt ?? null,
      serverTime: new Date(this.now()).toISOString(),
      intervalMs: status?.intervalMs ?? 0,
      error: status?.error ?? null,
      seq: this.changes.seq,
      settings: this.head?.settings ?? null,
      callers: [...this.callers.values()],
      waitBasis: this.head?.waitBasis ?? null,
    };
  }

  /** Changes are numbered across owners, so any owner's id resumes here while its changes are kept. */
  changesSince(seq: number): WaitingChange[] | null {
    return this.changes.since(seq);
  }

  /** The owner published (a NOTIFY): read what is new. Calls while reading are folded into one more read. */
  catchUp(): Promise<void> {
    return this.update();
  }

  /** Signals may have been lost: read everything again. */
  resync(): Promise<void> {
    this.full = true;
    return this.update();
  }

  private update(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        const db = await this.db();
        if (this.full || !this.head) await this.load(db);
        else await this.follow(db);
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Everything afresh, in one consistent read; open streams are sent the new snapshot. */
  private async load(db: Db): Promise<void> {
    const { head, callers, recent } = await db.transaction(
      async (tx) => {
        const head = await readHead(tx as unknown as Db, this.teamId);
        const seq = head?.seq ?? 0;
        const recent = await readChanges(tx as unknown as Db, this.teamId, Math.max(0, seq - KEEP));
        return { head, callers: await readCallers(tx as unknown as Db, this.teamId), recent };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    // Only an unbroken run of changes up to the latest can be replayed to a resuming browser.
    let from = recent.length;
    while (from > 0 && (from === recent.length || recent[from - 1]!.seq === recent[from]!.seq - 1)) from--;
    const kept = recent.slice(from);
    this.changes = new ChangeLog(KEEP, (kept[0]?.seq ?? (head?.seq ?? 0) + 1) - 1);
    for (const c of kept) this.changes.record(c);
    this.callers = new Map(callers.map((c) => [c.callId, c]));
    this.head = head;
    this.full = false;
    // The first read is what streams start from; a later one replaces what they have.
    if (this.loaded) this.broadcast({ type: 'snapshot', snapshot: this.snapshot() });
    this.loaded = true;
  }

  /** The changes after ours, then the head (status, settings, estimate), sent on to every stream. */
  private async follow(db: Db): Promise<void> {
    const missed = await readChanges(db, this.teamId, this.changes.seq);
    if (missed.length && missed[0]!.seq !== this.changes.seq + 1) {
      // Pruned before we read them: a snapshot is the only honest answer.
      this.full = true;
      return this.load(db);
    }
    for (const change of missed) {
      if (change.kind === 'removed') this.callers.delete(change.caller.callId);
      else this.callers.set(change.caller.callId, change.caller);
      this.changes.record(change);
      this.broadcast({ type: 'change', change });
    }
    const before = this.head;
    this.head = (await readHead(db, this.teamId)) ?? before;
    if (this.head?.status?.error) this.erredAt = this.now();
    this.heardAt = this.now();
    const now = this.head;
    if (!now) return;
    if (JSON.stringify(now.settings) !== JSON.stringify(before?.settings ?? null) && now.settings)
      this.broadcast({ type: 'settings', settings: now.settings });
    if (JSON.stringify(now.waitBasis) !== JSON.stringify(before?.waitBasis ?? null) && now.waitBasis)
      this.broadcast({ type: 'estimate', basis: now.waitBasis });
    if (now.status) this.broadcast({ type: 'status', ...now.status, serverTime: new Date(this.now()).toISOString() });
  }

  private broadcast(message: StreamMessage): void {
    this.listeners.broadcast(message);
  }

  stop(): void {
    this.listeners.clear();
  }
}
