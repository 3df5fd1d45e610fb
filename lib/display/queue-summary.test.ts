import { describe, expect, it } from 'vitest';
import { binOf } from '../reports/bins';
import { estimateWait } from '../waiting/expected-wait';
import { type DashboardCaller, EMPTY_TRIAGE } from '../waiting/types';
import { buildWaitBasis } from '../waiting/wait-basis';
import { expectedWords, queueSummaries } from './queue-summary';

const NOW = Date.parse('2026-11-20T23:00:00.000Z');
const queues = [
  { id: 'physio', name: 'Physio' },
  { id: 'gp', name: 'GP' },
];
const basis = buildWaitBasis({
  teamId: 't',
  timezone: 'Australia/Sydney',
  now: NOW,
  hours: [{ queueId: 'physio', localDate: '2026-11-20', hour: 10, answered: 40, abandoned: 0 }],
  consults: [{ queueId: 'physio', bin: binOf(9 * 60), count: 40, lengthSum: 40 * 9 * 60 }],
  practitioners: 2,
});

const caller = (
  callId: string,
  queueId: string,
  status: DashboardCaller['status'],
  moved?: string,
): DashboardCaller => ({
  callId,
  rootCallId: callId,
  teamId: 't',
  queueId,
  status,
  callType: 'video',
  name: 'A. B.',
  joinedAt: '2026-11-20T22:50:00.000Z',
  arrivedAt: '2026-11-20T22:50:00.000Z',
  answeredAt: null,
  onHoldAt: null,
  endedAt: null,
  triage: { ...EMPTY_TRIAGE, reassignedQueueId: moved ?? null },
});

describe("the wall display's queue summary", () => {
  const callers = [
    caller('w1', 'physio', 'waiting'),
    caller('w2', 'physio', 'waiting'),
    caller('h1', 'physio', 'on-hold'),
    caller('s1', 'physio', 'being-seen'),
    caller('m1', 'gp', 'waiting', 'physio'),
    caller('g1', 'gp', 'left'),
  ];

  it('counts the waiting and on-hold callers of each queue (a reassigned caller counts where they were moved)', () => {
    const [physio, gp] = queueSummaries(queues, callers, basis, NOW);
    expect(physio).toMatchObject({ id: 'physio', name: 'Physio', waiting: 4 });
    expect(gp).toMatchObject({ id: 'gp', name: 'GP', waiting: 0 });
  });

  it('gives the expected wait of someone joining now: behind the waiting, with the busy practitioners', () => {
    const [physio] = queueSummaries(queues, callers, basis, NOW);
    expect(physio!.estimate).toEqual(estimateWait(basis, { queueId: 'physio', ahead: 3, busy: 2 }, NOW));
    expect(expectedWords(physio!.estimate)).toMatch(/^expected \d+–\d+ min$/);
  });

  it('says plainly when there is no estimate', () => {
    expect(queueSummaries(queues, callers, null, NOW)[0]!.estimate).toBeNull();
    expect(expectedWords(null)).toBe('expected wait not known yet');
    const thin = buildWaitBasis({ ...basis, now: NOW, hours: [], consults: [], practitioners: 2 });
    expect(expectedWords(queueSummaries(queues, [], thin, NOW)[0]!.estimate)).toBe('no estimate yet');
    const nobody = { ...basis, practitioners: 0 };
    expect(expectedWords(queueSummaries(queues, [], nobody, NOW)[0]!.estimate)).toBe('no practitioner working now');
  });
});
