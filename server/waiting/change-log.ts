import 'server-only';
import type { ChangeKind, DashboardCaller, WaitingChange } from '@/lib/waiting/types';

/**
 * A team's numbered changes, the last few hundred kept, so a browser that reconnects with
 * Last-Event-ID gets only what it missed; beyond that it gets a snapshot.
 */
export class ChangeLog {
  private recent: WaitingChange[] = [];
  private last = 0;

  constructor(
    private readonly keep = 500,
    /** Where numbering continues from: a new owner carries on from the last published change. */
    start = 0,
  ) {
    this.last = start;
  }

  /** The sequence number of the latest change (0 before any). */
  get seq(): number {
    return this.last;
  }

  append(kind: ChangeKind, caller: DashboardCaller): WaitingChange {
    const change: WaitingChange = { seq: ++this.last, kind, caller };
    this.recent.push(change);
    if (this.recent.length > this.keep) this.recent.shift();
    return change;
  }

  /** A change numbered by the team's owner on another instance, applied here in order. */
  record(change: WaitingChange): void {
    this.recent.push(change);
    this.last = change.seq;
    if (this.recent.length > this.keep) this.recent.shift();
  }

  /** The changes after `seq`, or null if they are no longer kept (send a snapshot instead). */
  since(seq: number): WaitingChange[] | null {
    if (seq === this.last) return [];
    const first = this.recent[0];
    if (!first || seq < first.seq - 1 || seq > this.last) return null;
    return this.recent.filter((c) => c.seq > seq);
  }
}
