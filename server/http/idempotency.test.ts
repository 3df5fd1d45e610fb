import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDatabases } from '@/test/helpers/databases';
import { audited } from '../audit';
import { setDatabaseForTests } from '../db';
import type { Database } from '../db/client';
import { idempotencyKeys, users } from '../db/schema';
import { currentKey } from '../idempotency-scope';
import { once, requestHash } from './idempotency';

const ctx = { ip: null, userAgent: 'vitest', actor: { id: null, email: 'test' } };

for (const target of await testDatabases()) {
  describe(`Idempotency-Key after a crash, on ${target.name}`, () => {
    let database: Database;
    let userId: string;

    beforeAll(async () => {
      database = await target.open();
      setDatabaseForTests(database);
      const [user] = await database.db
        .insert(users)
        .values({ email: 'r@example.com', name: 'Riley', role: 'receptionist' })
        .returning();
      userId = user!.id;
    }, 60_000);
    afterAll(() => database.close());

    const request = (key: string, body = '{"type":"claim"}') => ({
      key,
      userId,
      hash: requestHash('POST', '/api/teams/t/calls/c/actions', body),
    });
    // An action as a route runs one: audited, answering with a patient's name.
    const action =
      (name = 'Pat Patient') =>
      async () => {
        await audited(ctx, { action: 'caller.note', resourceType: 'caller', resourceId: 'c' }, async () => undefined);
        return Response.json({ caller: { name } });
      };
    const replay = async (auditId: number | null) => Response.json({ replayed: auditId });
    const row = async (key: string) =>
      (await database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key)))[0];

    it('runs at once a key left pending by a process that died, instead of waiting 15 s for it', async () => {
      const req = request('key-of-a-dead-process');
      await database.db
        .insert(idempotencyKeys)
        .values({ key: req.key, userId, requestHash: req.hash, status: 0, owner: 'boot-of-a-dead-process' });
      const started = Date.now();
      const response = await once(req, action(), replay);
      expect(response.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect((await row(req.key))?.status).toBe(1);
    });

    it('marks the key in the action’s transaction: a failure after it replays the action, never reruns it', async () => {
      const req = request('key-applied-then-failed');
      let runs = 0;
      const failing = async () => {
        runs++;
        await action()();
        return Response.json({ error: { code: 'internal', message: 'Something went wrong' } }, { status: 500 });
      };
      expect((await once(req, failing, replay)).status).toBe(500);
      const retry = await once(req, failing, replay);
      expect(runs).toBe(1);
      expect(retry.headers.get('idempotent-replay')).toBe('true');
      expect(((await retry.json()) as { replayed: number }).replayed).toEqual(expect.any(Number));
    });

    it('after a failure that applied nothing, or "still being handled", runs the retry as resumed', async () => {
      for (const [key, answer] of [
        ['key-after-a-timeout', Response.json({ error: { code: 'timeout', message: 'late' } }, { status: 504 })],
        ['key-still-handled', Response.json({ error: { code: 'in_progress', message: 'wait' } }, { status: 409 })],
      ] as const) {
        const req = request(key);
        const seen: (boolean | undefined)[] = [];
        const work = (response: Response) => async () => {
          seen.push(currentKey()?.resumed);
          return response;
        };
        expect((await once(req, work(answer), replay)).status).toBe(answer.status);
        expect(await row(req.key)).toMatchObject({ status: 0, owner: null });
        const started = Date.now();
        expect((await once(req, work(Response.json({ ok: true })), replay)).status).toBe(200);
        expect(Date.now() - started).toBeLessThan(2_000);
        expect(seen).toEqual([false, true]);
      }
    });

    it('keeps no answer body, so no patient data, only the audit entry to rebuild it from', async () => {
      const req = request('key-with-patient-data');
      await once(req, action('Pat Patient'), replay);
      expect(JSON.stringify(await row(req.key))).not.toContain('Pat Patient');
      expect((await row(req.key))?.result).toEqual({ auditId: expect.any(Number) });
    });

    it('refuses the same key with another body (422), and replays it with the same body', async () => {
      const req = request('key-used-twice');
      await once(req, action(), replay);
      const other = await once(request('key-used-twice', '{"type":"release"}'), action(), replay);
      expect(other.status).toBe(422);
      expect(((await other.json()) as { error: { code: string } }).error.code).toBe('idempotency_key_reused');
      expect((await once(req, action(), replay)).headers.get('idempotent-replay')).toBe('true');
    });
  });
}
