interface Scheduled {
  at: number;
  seq: number;
  run: (at: number) => void;
}

/**
 * A discrete-event queue on the sandbox clock. Each event runs with its own scheduled time, so a
 * simulated day produces the same timestamps whether it runs live or in one clock jump.
 */
export class Scheduler {
  private queue: Scheduled[] = [];
  private seq = 0;

  schedule(at: number, run: (at: number) => void): void {
    const item = { at, seq: this.seq++, run };
    let lo = 0;
    let hi = this.queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.queue[mid]!;
      if (m.at < at || (m.at === at && m.seq < item.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.queue.splice(lo, 0, item);
  }

  /** Runs everything due by `now`, including events that due events schedule. */
  runDue(now: number): number {
    let ran = 0;
    while (this.queue.length && this.queue[0]!.at <= now) {
      const item = this.queue.shift()!;
      item.run(item.at);
      ran++;
    }
    return ran;
  }

  clear(): void {
    this.queue = [];
  }

  get size(): number {
    return this.queue.length;
  }
}
