import { expect, test } from '@playwright/test';
import { sandbox } from './sandbox-control';

const TOKEN = 'e2e-webhook-token-0123456789';

test('the Coviu webhook receiver checks credentials, refuses malformed bodies and ignores duplicates', async ({
  request,
}) => {
  const [team] = await sandbox.teams();
  const event = {
    type: 'waitingarea:join',
    createdAt: Math.floor(Date.now() / 1000),
    payload: {
      teamId: team!.teamId,
      callId: crypto.randomUUID(),
      waitingQueueId: team!.waitingQueues[0]!.waitingQueueId,
    },
  };
  const post = (body: string, authorization?: string, contentType = 'application/json') =>
    request.post('/api/webhooks/coviu', {
      data: Buffer.from(body),
      headers: { 'content-type': contentType, ...(authorization ? { authorization } : {}) },
    });

  expect((await post(JSON.stringify(event))).status()).toBe(401);
  expect((await post(JSON.stringify(event), 'Bearer wrong-token-0123456789')).status()).toBe(401);
  const malformed = await post('{"type": ', `Bearer ${TOKEN}`);
  expect([malformed.status(), (await malformed.json()).error.code]).toEqual([400, 'bad_webhook']);
  const unknown = await post(JSON.stringify({ type: 'nonsense', createdAt: 1, payload: {} }), `Bearer ${TOKEN}`);
  expect(unknown.status()).toBe(400);

  // Coviu's own sample sends JSON labelled as a form: it is read as JSON all the same.
  const first = await post(JSON.stringify(event), `Bearer ${TOKEN}`, 'application/x-www-form-urlencoded');
  expect([first.status(), await first.json()]).toEqual([200, { ok: true }]);
  const again = await post(JSON.stringify(event), `Bearer ${TOKEN}`);
  expect([again.status(), await again.json()]).toEqual([200, { ok: true, duplicate: true }]);
  const cancel = await post(
    JSON.stringify({
      type: 'session:delete',
      createdAt: 1722508800,
      payload: { teamId: team!.teamId, sessionId: crypto.randomUUID() },
    }),
    `Bearer ${TOKEN}`,
  );
  expect(cancel.status()).toBe(200);
});
