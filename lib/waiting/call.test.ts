import { describe, expect, it } from 'vitest';
import { deriveCallStatus } from './call';

const none = {
  answeredAt: null,
  startedAt: null,
  onHoldAt: null,
  leftQueueAt: null,
  transferredAt: null,
  finishedAt: null,
};
const t = '2026-11-21T09:00:00Z';

describe('deriveCallStatus', () => {
  it.each([
    [{}, 'waiting'],
    [{ answeredAt: t }, 'being-seen'],
    [{ startedAt: t }, 'being-seen'],
    [{ answeredAt: t, onHoldAt: t }, 'on-hold'],
    [{ onHoldAt: t }, 'on-hold'],
    [{ leftQueueAt: t }, 'left'],
    [{ finishedAt: t }, 'left'],
    [{ answeredAt: t, finishedAt: t }, 'ended'],
    [{ answeredAt: t, leftQueueAt: t }, 'being-seen'],
    [{ answeredAt: t, onHoldAt: t, transferredAt: t }, 'transferred'],
  ] as const)('%j is %s', (stamps, expected) => {
    expect(deriveCallStatus({ ...none, ...stamps })).toBe(expected);
  });
});
