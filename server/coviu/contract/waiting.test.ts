import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';
import type { CoviuError } from '../errors';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ cleanupAfterMs: 30_000 });
});
afterAll(() => t.sandbox.close());

interface ControlCall {
  callId: string;
}

async function addCaller(
  queueIndex = 0,
  details: unknown = { name: 'Jane Citizen', phone: '0400 000 001' },
  joinedAt?: string,
) {
  const queue = t.team.queues[queueIndex]!;
  const { status, body } = await t.control<ControlCall>('POST', '/_sandbox/calls', {
    teamId: t.team.id,
    waitingQueueId: queue.id,
    details,
    joinedAt,
  });
  expect(status).toBe(201);
  return body.callId;
}

const act = (callId: string, action: string, body?: unknown) =>
  t.control('POST', `/_sandbox/calls/${callId}/${action}`, body);

describe('waiting area against the sandbox', () => {
  it('lists a new caller with Coviu timestamps and parsed patient details', async () => {
    const joinedAt = new Date(t.now() - 7 * MINUTE).toISOString();
    const id = await addCaller(0, { name: 'Jane Citizen', phone: '0400 000 001' }, joinedAt);
    const calls = await t.coviu.waiting.calls(t.team.id);
    const call = calls.find((c) => c.id === id)!;
    expect(call.status).toBe('waiting');
    expect(call.joinedAt).toBe(joinedAt);
    expect(call.queueId).toBe(t.team.queues[0]!.id);
    expect(call.patient).toMatchObject({ name: 'Jane Citizen', phone: '0400 000 001' });
  });

  it('filters by queue and reads a single call', async () => {
    const inSecond = await addCaller(1);
    const queueCalls = await t.coviu.waiting.queueCalls(t.team.id, t.team.queues[1]!.id);
    expect(queueCalls.map((c) => c.id)).toContain(inSecond);
    expect(queueCalls.every((c) => c.queueId === t.team.queues[1]!.id)).toBe(true);
    expect((await t.coviu.waiting.call(t.team.id, inSecond)).id).toBe(inSecond);
  });

  it('follows a caller through answer, hold, resume and end', async () => {
    const id = await addCaller();
    const status = async () => (await t.coviu.waiting.call(t.team.id, id)).status;
    await act(id, 'answer');
    expect(await status()).toBe('being-seen');
    await act(id, 'hold');
    expect(await status()).toBe('on-hold');
    await act(id, 'resume');
    expect(await status()).toBe('being-seen');
    await act(id, 'end');
    const ended = await t.coviu.waiting.call(t.team.id, id);
    expect(ended.status).toBe('ended');
    expect(ended.finishedAt).not.toBeNull();
    const again = await act(id, 'answer');
    expect(again.status).toBe(409);
  });

  it('records a hang-up before answer as leaving, and cleans ended calls out of the list later', async () => {
    const id = await addCaller();
    await act(id, 'leave');
    const left = await t.coviu.waiting.call(t.team.id, id);
    expect([left.status, left.answeredAt === null, left.leftQueueAt !== null]).toEqual(['left', true, true]);
    expect((await t.coviu.waiting.calls(t.team.id)).some((c) => c.id === id)).toBe(true);
    await t.advance(31_000);
    expect((await t.coviu.waiting.calls(t.team.id)).some((c) => c.id === id)).toBe(false);
    expect((await t.coviu.waiting.call(t.team.id, id)).status).toBe('left');
  });

  it('transfers into another queue as a new call that points back at the old one', async () => {
    const id = await addCaller(0);
    const target = t.team.queues[2]!.id;
    const { body } = await act(id, 'transfer', { waitingQueueId: target });
    const next = await t.coviu.waiting.call(t.team.id, (body as ControlCall).callId);
    expect(next.previousCallId).toBe(id);
    expect(next.queueId).toBe(target);
    expect(next.patient.name).toBe('Jane Citizen');
    const old = await t.coviu.waiting.call(t.team.id, id);
    expect([old.status, old.transferredTo]).toEqual(['transferred', target]);
  });

  it('answers 404 for an unknown team or call', async () => {
    const unknownTeam = (await t.coviu.waiting
      .calls('00000000-0000-4000-8000-000000000000')
      .catch((e) => e)) as CoviuError;
    expect(unknownTeam.code).toBe('not_found');
    const unknownCall = (await t.coviu.waiting
      .call(t.team.id, '00000000-0000-4000-8000-000000000000')
      .catch((e) => e)) as CoviuError;
    expect(unknownCall.code).toBe('not_found');
  });

  it('tolerates details that are not JSON', async () => {
    const id = await addCaller(0, 'free text, not json');
    const call = await t.coviu.waiting.call(t.team.id, id);
    expect(call.patient.name).toBeNull();
  });
});
