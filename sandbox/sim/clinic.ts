import type { SandboxContext } from '../context';
import type { SimCall, SimPractitioner, SimQueue, SimTeam } from '../store';
import { isTerminal, isWaiting } from './call-actions';

const MINUTE = 60_000;

/** Arrivals relative to the busiest hour, by the clinic's local hour (telehealth has a thin night). */
const DAY_PROFILE = [
  0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.25, 0.4, 0.8, 1, 1, 0.9, 0.7, 0.75, 0.95, 0.9, 0.8, 0.6, 0.45, 0.35, 0.3, 0.25, 0.2,
  0.2,
];

const hourFormats = new Map<string, Intl.DateTimeFormat>();
function localHour(at: number, timezone: string): number {
  let format = hourFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-AU', { timeZone: timezone, hour: 'numeric', hourCycle: 'h23' });
    hourFormats.set(timezone, format);
  }
  return Number(format.format(new Date(at))) % 24;
}

export function arrivalFactor(at: number, timezone: string): number {
  return DAY_PROFILE[localHour(at, timezone)] ?? 0.1;
}

/**
 * A clinic's day as discrete events: callers arrive (a Poisson process shaped by the hour), wait
 * until a free practitioner answers or their patience runs out, are seen, sometimes held or
 * transferred, and end. Only callers it created itself (`managed`) are served by its practitioners.
 */
export class ClinicSimulation {
  private generation = 0;

  constructor(private readonly ctx: SandboxContext) {}

  start(from: number): void {
    const generation = ++this.generation;
    for (const team of this.ctx.store.teams) {
      for (const queue of team.queues) this.scheduleArrival(team, queue, from, generation);
    }
  }

  stop(): void {
    this.generation++;
    for (const team of this.ctx.store.teams)
      for (const q of team.queues) for (const p of q.practitioners) p.callId = null;
  }

  private live(generation: number): boolean {
    return generation === this.generation;
  }

  private scheduleArrival(team: SimTeam, queue: SimQueue, after: number, generation: number): void {
    const peakPerMs = (queue.arrivalsPerHour * this.ctx.options.arrivalRate) / (60 * MINUTE);
    if (!(peakPerMs > 0)) return;
    const { sim } = this.ctx;
    let at = after;
    // Thinning: candidate arrivals at the peak rate, kept in proportion to the hour's rate.
    for (let i = 0; i < 10_000; i++) {
      at += sim.exponential(1 / peakPerMs);
      if (sim.next() < arrivalFactor(at, team.timezone)) {
        this.ctx.scheduler.schedule(at, (t) => this.live(generation) && this.arrive(team, queue, t, generation));
        return;
      }
    }
  }

  private arrive(team: SimTeam, queue: SimQueue, at: number, generation: number): void {
    const { sim } = this.ctx;
    const call = this.ctx.calls.create({
      teamId: team.id,
      waitingQueueId: queue.id,
      details: JSON.stringify(this.ctx.patients.next()),
      joinedAt: at,
      managed: true,
      callType: sim.chance(0.15) ? 'phone' : 'video',
    });
    this.schedulePatience(call, at, generation);
    this.dispatch(team, queue, at, generation);
    this.scheduleArrival(team, queue, at, generation);
  }

  private schedulePatience(call: SimCall, at: number, generation: number): void {
    const patience = Math.max(MINUTE, this.ctx.sim.exponential(16 * MINUTE));
    this.ctx.scheduler.schedule(at + patience, (t) => {
      if (this.live(generation) && isWaiting(call)) this.ctx.calls.apply(call, 'leave', t);
    });
  }

  /** Free practitioners take the longest-waiting managed callers of their queue. */
  private dispatch(team: SimTeam, queue: SimQueue, at: number, generation: number): void {
    const reserved = new Set(queue.practitioners.map((p) => p.callId).filter(Boolean));
    const waiting = [...this.ctx.store.calls.values()]
      .filter((c) => c.managed && c.waitingQueueId === queue.id && isWaiting(c) && !reserved.has(c.callId))
      .sort((a, b) => a.joinedAt - b.joinedAt);
    for (const practitioner of queue.practitioners) {
      if (practitioner.callId) continue;
      const call = waiting.shift();
      if (!call) return;
      practitioner.callId = call.callId;
      const pickup = this.ctx.sim.between(0.3, 1.5) * MINUTE;
      this.ctx.scheduler.schedule(
        at + pickup,
        (t) => this.live(generation) && this.answer(team, queue, practitioner, call, t, generation),
      );
    }
  }

  private release(team: SimTeam, queue: SimQueue, practitioner: SimPractitioner, at: number, generation: number): void {
    practitioner.callId = null;
    this.dispatch(team, queue, at, generation);
  }

  private answer(
    team: SimTeam,
    queue: SimQueue,
    p: SimPractitioner,
    call: SimCall,
    at: number,
    generation: number,
  ): void {
    if (p.callId !== call.callId || !isWaiting(call)) return this.release(team, queue, p, at, generation);
    this.ctx.calls.apply(call, 'answer', at);
    const { sim, scheduler } = this.ctx;
    const consult = Math.min(40, Math.max(3, sim.exponential(9) + 2)) * MINUTE;
    const stillMine = () => this.live(generation) && p.callId === call.callId && !isTerminal(call);
    const siblings = team.queues.filter((q) => q.id !== queue.id);
    const roll = sim.next();
    if (roll < 0.07 && siblings.length) {
      const destination = sim.pick(siblings);
      scheduler.schedule(at + consult * 0.4, (t) => {
        if (!this.live(generation) || p.callId !== call.callId) return;
        if (isTerminal(call)) return this.release(team, queue, p, t, generation);
        const next = this.ctx.calls.apply(call, 'transfer', t, { waitingQueueId: destination.id });
        this.schedulePatience(next, t, generation);
        this.release(team, queue, p, t, generation);
        this.dispatch(team, destination, t, generation);
      });
      return;
    }
    let hold = 0;
    if (roll < 0.17) {
      hold = sim.between(1, 3) * MINUTE;
      const holdAt = at + consult * 0.3;
      scheduler.schedule(holdAt, (t) => stillMine() && this.ctx.calls.apply(call, 'hold', t));
      scheduler.schedule(
        holdAt + hold,
        (t) => stillMine() && call.onHoldAt !== null && this.ctx.calls.apply(call, 'resume', t),
      );
    }
    scheduler.schedule(at + consult + hold, (t) => {
      // Someone may have ended the call through the control API; the practitioner is free either way.
      if (!this.live(generation) || p.callId !== call.callId) return;
      if (!isTerminal(call)) this.ctx.calls.apply(call, 'end', t);
      this.release(team, queue, p, t, generation);
    });
  }
}
