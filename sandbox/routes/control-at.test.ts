import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';

type Call = { callId: string; answeredAt?: string; finishedAt?: string };

describe('backdated call actions (arranging history)', () => {
  let t: TestSandbox;
  beforeAll(async () => {
    t = await startTestSandbox();
  });
  afterAll(() => t.sandbox.close());

  const newCall = async (minutesAgo: number) =>
    (
      await t.control<Call>('POST', '/_sandbox/calls', {
        teamId: t.team.id,
        waitingQueueId: t.team.queues[0]!.id,
        details: {},
        joinedAt: t.at(-minutesAgo * MINUTE).toISOString(),
      })
    ).body;

  it('answers at a given past time, so a consult can have begun minutes ago', async () => {
    const c = await newCall(20);
    const at = t.at(-9 * MINUTE).toISOString();
    const answered = await t.control<Call>('POST', `/_sandbox/calls/${c.callId}/answer`, { at });
    expect(answered.status).toBe(200);
    expect(answered.body.answeredAt).toBe(at);
    const ended = await t.control<Call>('POST', `/_sandbox/calls/${c.callId}/end`);
    expect(Date.parse(ended.body.finishedAt!) - Date.parse(at)).toBe(9 * MINUTE);
  });

  it('keeps a call ended in the past listed for the cleanup time from now, so a poller sees how it ended', async () => {
    const c = await newCall(3 * 24 * 60);
    const answerAt = t.at(-(3 * 24 * 60 - 4) * MINUTE).toISOString();
    const endAt = t.at(-(3 * 24 * 60 - 16) * MINUTE).toISOString();
    await t.control('POST', `/_sandbox/calls/${c.callId}/answer`, { at: answerAt });
    await t.control('POST', `/_sandbox/calls/${c.callId}/end`, { at: endAt });
    await t.advance(10_000);
    const listed = (await t.coviu.waiting.calls(t.team.id)).find((x) => x.id === c.callId);
    expect(listed?.status).toBe('ended');
    expect(listed?.finishedAt).toBe(endAt);
    await t.advance(30_000);
    expect((await t.coviu.waiting.calls(t.team.id)).some((x) => x.id === c.callId)).toBe(false);
  });

  it('refuses a time before the call last changed, or in the future, with a message', async () => {
    const c = await newCall(5);
    for (const at of [t.at(-6 * MINUTE).toISOString(), t.at(MINUTE).toISOString(), 'yesterday']) {
      const r = await t.control<{ error: { message: string } }>('POST', `/_sandbox/calls/${c.callId}/answer`, { at });
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain('at must be an ISO 8601 time');
    }
  });
});
