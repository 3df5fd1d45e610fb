import 'server-only';
import type { DashboardSettings } from '@/lib/settings/schema';
import type { StreamMessage, StreamStatus } from '@/lib/waiting/stream';
import type { DashboardCaller, WaitingChange, WaitingSnapshot } from '@/lib/waiting/types';
import { isCoviuError } from '../coviu/errors';
import { log } from '../log';
import { ChangeLog } from './change-log';
import { diffCallers } from './diff';
import { type Listener, Subscribers } from './subscribers';
import { pollDelay, type PollerDeps, type PollerStart, type TeamPollSettings } from './poller-deps';

export type { Listener, PollerDeps, StreamMessage };

/**
 * One polling loop per team, however many people watch: fast while anyone watches or an alert is
 * armed, slow otherwise, backing off on errors as Coviu asks. Keeps the last good snapshot (with
 * when it was fetched), turns each poll into change events, and hands them to every subscriber.
 */
export class TeamPoller {
  private callers: Map<string, DashboardCaller>;
  private fetchedAt: string | null;
  private error: string | null = null;
  private readonly changes: ChangeLog;
  private readonly listeners = new Subscribers();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inflight: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retryAfterMs = 0;
  private stopped = false;
  private controller = new AbortController();
  private active: number;
  private idle: number;
  private settings: DashboardSettings | null;
  polls = 0;

  constructor(
    readonly teamId: string,
    private readonly deps: PollerDeps,
    /** What the team's previous owner last published (server/cluster): diffs and numbering go on from it. */
    start?: PollerStart,
  ) {
    this.active = deps.activeIntervalMs;
    this.idle = deps.idleIntervalMs;
    this.changes = new ChangeLog(500, start?.seq ?? 0);
    this.callers = new Map((start?.callers ?? []).map((c) => [c.callId, c]));
    this.fetchedAt = start?.fetchedAt ?? null;
    this.settings = start?.settings ?? null;
  }

  /** Which owner's numbering this is: event ids are `epoch.seq`. */
  get epoch(): number {
    return this.deps.epoch ?? 0;
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  private touchedAt = 0;
  private fetchedUnderMs = 0;

  /** A JSON read (the browser's fallback when its stream fails) counts as watching for a while. */
  touch(): void {
    const wasIdle = this.intervalMs !== this.active;
    this.touchedAt = this.now();
    if (wasIdle) this.watchingStarted();
  }

  /**
   * Someone started watching: data older than the watched cadence is read again now, not after up
   * to a slow interval, so nobody opens the dashboard on a "may be out of date" banner.
   */
  private watchingStarted(): void {
    const age = this.dataAgeMs;
    if (age === null || age > this.active) this.schedule(0);
    else this.schedule(Math.min(this.active, this.untilNext()));
  }

  /**
   * The cadence that data of this age was read under: until the poll that watching started has
   * answered, the data is as fresh as the slow cadence promised, and the browser must not call it
   * stale against the fast one.
   */
  private get promisedIntervalMs(): number {
    return Math.max(this.intervalMs, this.fetchedUnderMs);
  }

  get intervalMs(): number {
    const touched = this.now() - this.touchedAt < 2 * this.active;
    const busy =
      touched || this.listeners.size > 0 || Boolean(this.deps.armed?.(this.teamId, [...this.callers.values()]));
    return busy ? this.active : this.idle;
  }

  get watchers(): number {
    return this.listeners.size;
  }

  get dataAgeMs(): number | null {
    return this.fetchedAt ? this.now() - Date.parse(this.fetchedAt) : null;
  }

  start(): void {
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    this.controller.abort();
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
  }

  snapshot(): WaitingSnapshot {
    const { fetchedAt, error, intervalMs, serverTime } = this.status();
    const waitBasis = this.deps.waitBasis?.latest(this.teamId) ?? null;
    const callers = [...this.callers.values()];
    return {
      teamId: this.teamId,
      fetchedAt,
      serverTime,
      intervalMs,
      error,
      seq: this.changes.seq,
      settings: this.settings,
      callers,
      waitBasis,
    };
  }

  /** A manager changed the clinic's settings: every open screen gets them now, and the cadence follows. */
  async settingsChanged(): Promise<void> {
    if (this.deps.settings) this.applySettings(await this.deps.settings(this.teamId));
  }

  private applySettings(next: TeamPollSettings): void {
    const faster = next.activeIntervalMs < this.active;
    this.active = next.activeIntervalMs;
    this.idle = next.idleIntervalMs;
    if (JSON.stringify(next.dashboard) !== JSON.stringify(this.settings)) {
      this.settings = next.dashboard;
      this.broadcast({ type: 'settings', settings: next.dashboard });
    }
    if (faster && this.fetchedAt && !this.inflight) this.schedule(Math.min(this.intervalMs, this.untilNext()));
  }

  private status(): StreamStatus {
    return {
      fetchedAt: this.fetchedAt,
      error: this.error,
      intervalMs: this.promisedIntervalMs,
      serverTime: new Date(this.now()).toISOString(),
    };
  }

  /** The changes after `epoch.seq`, or null if they are not kept or were another owner's (send a snapshot). */
  changesSince(epoch: number, seq: number): WaitingChange[] | null {
    return epoch === this.epoch ? this.changes.since(seq) : null;
  }

  subscribe(listener: Listener): () => void {
    const wasIdle = this.listeners.size === 0;
    const remove = this.listeners.add(listener);
    if (wasIdle) this.watchingStarted();
    return remove;
  }

  /** Poll now (a webhook said something changed). Concurrent requests share one poll. */
  refresh(): Promise<void> {
    if (!this.inflight) return this.poll();
    this.again = true;
    return this.inflight;
  }

  /** After a staff action: re-merge triage and tell everyone, without asking Coviu again. */
  async triageChanged(): Promise<void> {
    this.apply(await this.deps.reload(this.teamId, [...this.callers.values()]));
  }

  private nextAt = 0;
  private untilNext(): number {
    return Math.max(0, this.nextAt - this.now());
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAt = this.now() + delayMs;
    this.timer = setTimeout(() => void this.refresh(), delayMs);
    this.timer.unref?.();
  }

  private async poll(): Promise<void> {
    this.inflight = (async () => {
      do {
        this.again = false;
        this.polls++;
        try {
          // Settings that cannot be read now keep their last values; they must not stop the poll.
          if (this.deps.settings)
            await this.deps.settings(this.teamId).then(
              (next) => this.applySettings(next),
              () => undefined,
            );
          const callers = await this.deps.load(this.teamId, this.controller.signal);
          this.fetchedAt = new Date(this.now()).toISOString();
          this.fetchedUnderMs = this.intervalMs;
          this.error = null;
          this.failures = 0;
          this.retryAfterMs = 0;
          this.apply(callers);
          await this.deps.waitBasis?.refresh(this.teamId, (basis) => this.broadcast({ type: 'estimate', basis }));
        } catch (error) {
          if (this.stopped) return;
          this.failures++;
          this.retryAfterMs = isCoviuError(error) ? (error.retryAfterMs ?? 0) : 0;
          this.error = isCoviuError(error) ? error.message : 'Waitboard could not read the waiting area.';
          log.warn('waiting poll failed', {
            team: this.teamId,
            code: isCoviuError(error) ? error.code : 'internal',
            failures: this.failures,
          });
          this.broadcast({ type: 'status', ...this.status() });
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.inflight = null;
      this.schedule(this.delay());
    });
    return this.inflight;
  }

  private delay(): number {
    return pollDelay(this.intervalMs, this.failures, this.retryAfterMs);
  }

  private apply(next: DashboardCaller[]): void {
    const diff = diffCallers(this.callers, next);
    this.callers = new Map(next.map((c) => [c.callId, c]));
    for (const { kind, caller } of diff) this.broadcast({ type: 'change', change: this.changes.append(kind, caller) });
    this.broadcast({ type: 'status', ...this.status() });
  }

  private broadcast(message: StreamMessage): void {
    this.deps.sink?.(message);
    this.listeners.broadcast(message);
  }
}
