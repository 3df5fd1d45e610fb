import { describe, expect, it } from 'vitest';
import { SandboxContext } from '../context';
import { DEFAULT_OPTIONS } from '../options';
import { callJson } from '../routes/waiting';
import { isValidMedicare } from './patients';

const HOUR = 3_600_000;
/**
 * Arrivals are thinned by the clinic's local hour, so two runs started a few ms apart can differ
 * when a candidate arrival lands on an hour boundary: every run starts at the same instant.
 */
const START = Date.UTC(2026, 10, 16, 19, 30);

function simulatedDay(seed: number) {
  const ctx = new SandboxContext({ ...DEFAULT_OPTIONS, seed, timeScale: 0, simulate: true, startAt: START });
  ctx.clock.advance(12 * HOUR);
  ctx.sync();
  return ctx;
}

/** The lifecycle relative to the first arrival. */
function shape(ctx: SandboxContext) {
  const start = Math.min(...[...ctx.store.calls.values()].map((c) => c.joinedAt));
  return [...ctx.store.calls.values()].map((c) => ({
    id: c.callId,
    queue: c.waitingQueueId,
    details: c.details,
    joined: c.joinedAt - start,
    answered: c.answeredAt === null ? null : c.answeredAt - start,
    left: c.leftQueueAt === null ? null : c.leftQueueAt - start,
    previous: c.previousCallId,
  }));
}

describe('the clinic simulation', () => {
  it('is repeatable from its seed and differs between seeds', () => {
    const a = shape(simulatedDay(7));
    expect(a.length).toBeGreaterThan(50);
    expect(shape(simulatedDay(7))).toEqual(a);
    expect(shape(simulatedDay(8))).not.toEqual(a);
  });

  it('keeps every lifecycle consistent: ordered timestamps, one ending each, transfers linked', () => {
    const ctx = simulatedDay(11);
    const calls = [...ctx.store.calls.values()];
    let answered = 0;
    let abandoned = 0;
    let transferred = 0;
    for (const c of calls) {
      const endings = [c.leftQueueAt, c.transferredAt, c.finishedAt].filter((x) => x !== null);
      expect(endings.length).toBeLessThanOrEqual(1);
      if (c.answeredAt !== null) {
        answered++;
        expect(c.answeredAt).toBeGreaterThanOrEqual(c.joinedAt);
        expect(c.leftQueueAt).toBeNull();
      }
      if (c.leftQueueAt !== null) {
        abandoned++;
        expect(c.answeredAt).toBeNull();
      }
      if (c.transferredAt !== null) {
        transferred++;
        const next = calls.find((n) => n.previousCallId === c.callId);
        expect(next?.waitingQueueId).toBe(c.transferredTo);
        expect(next?.joinedAt).toBe(c.transferredAt);
      }
      for (const end of endings) expect(end!).toBeGreaterThanOrEqual(c.joinedAt);
      expect(c.cleanedAt === null || c.cleanedAt >= Math.max(...(endings as number[]))).toBe(true);
    }
    // A busy clinic day has all of these; the seed makes the exact numbers repeatable.
    expect(answered).toBeGreaterThan(abandoned);
    expect(abandoned).toBeGreaterThan(0);
    expect(transferred).toBeGreaterThan(0);
  });

  it('gives callers plausible fake details with valid Medicare numbers', () => {
    const ctx = simulatedDay(3);
    const details = [...ctx.store.calls.values()]
      .slice(0, 20)
      .map((c) => JSON.parse(c.details) as Record<string, string>);
    for (const d of details) {
      expect(d.name).toMatch(/\S+ \S+/);
      expect(d.phone).toMatch(/^04\d{2} \d{3} \d{3}$/);
      expect(isValidMedicare(d.medicare!)).toBe(true);
    }
    expect(callJson([...ctx.store.calls.values()][0]!).details).toBeTypeOf('string');
  });

  it('serves only its own callers: control-API callers stay waiting', () => {
    const ctx = new SandboxContext({ ...DEFAULT_OPTIONS, timeScale: 0, simulate: true });
    const team = ctx.store.teams[0]!;
    const manual = ctx.calls.create({
      teamId: team.id,
      waitingQueueId: team.queues[0]!.id,
      details: '{}',
      joinedAt: ctx.clock.now(),
      managed: false,
    });
    ctx.clock.advance(3 * HOUR);
    ctx.sync();
    expect(manual.answeredAt).toBeNull();
    expect(manual.leftQueueAt).toBeNull();
  });
});
