import { eq } from 'drizzle-orm';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_TRIAGE, type DashboardCaller } from '@/lib/waiting/types';
import { testCaller } from '@/test/helpers/callers';
import { testDatabases } from '@/test/helpers/databases';
import { startWebhookListener } from '@/test/helpers/webhook-listener';
import type { Staff } from '../auth/session';
import { setDatabaseForTests } from '../db';
import { type Database, openDatabase } from '../db/client';
import { escalations, teams, teamSettings, users } from '../db/schema';
import { forgetTeamSettings } from '../settings/store';
import { escalateOn } from './escalation';
import { applyTriageAction } from './triage-actions';

const ctx = { ip: '203.0.113.10', userAgent: 'vitest', actor: { id: null, email: 'test' } };
const JOINED = Date.parse('2026-11-21T09:00:00.000Z');
const REPEAT_MIN = 10;
/** Past every caller's 10-minute limit, and past the 5-minute join limit of an admission at JOINED. */
const T0 = JOINED + 60 * 60_000;
const queues = new Map([['q', 'Front desk']]);

function inTeam(teamId: string, caller: DashboardCaller): DashboardCaller {
  return { ...caller, teamId };
}

/** Admitted at JOINED by route and nobody has joined: the not-joined escalation. */
function admitted(teamId: string, id: string): DashboardCaller {
  const admission = {
    mode: 'route' as const,
    practitioner: { id: 'p', name: 'Dr P' },
    admittedAt: new Date(JOINED).toISOString(),
    admittedBy: 'someone',
    hostUrl: null,
    guestUrl: null,
    joinedAt: null,
  };
  // Waiting since T0: at first only the admission is in trouble.
  return {
    ...inTeam(teamId, testCaller(id)),
    joinedAt: new Date(T0).toISOString(),
    triage: { ...EMPTY_TRIAGE, admission },
  };
}

describe.each(await testDatabases())('escalations posted once on $name', ({ name, open }) => {
  let a: Database;
  /** Another instance: its own pool on the same PostgreSQL database (on PGlite there is one process). */
  let b: Database;
  let hook: Awaited<ReturnType<typeof startWebhookListener>>;
  let staff: Staff;

  async function newTeam(id: string): Promise<void> {
    await a.db.insert(teams).values({ id, name: `Clinic ${id}`, timezone: 'Australia/Sydney' });
    await a.db.insert(teamSettings).values({
      teamId: id,
      values: { escalationWebhookUrl: hook.url, escalationRepeatMinutes: REPEAT_MIN, admitJoinLimitMinutes: 5 },
    });
    forgetTeamSettings(id);
  }
  const sends = async (teamId: string) =>
    Object.fromEntries(
      (await a.db.select().from(escalations).where(eq(escalations.teamId, teamId))).map((r) => [
        r.key,
        { sends: r.sends, open: !r.acknowledgedAt },
      ]),
    );

  beforeAll(async () => {
    hook = await startWebhookListener();
    a = await open();
    const url = name === 'postgres' ? (a.db as unknown as { $client: Pool }).$client.options.connectionString : null;
    b = url ? await openDatabase({ url }) : a;
    // The app's own modules (acknowledgements, settings) run on the second instance.
    setDatabaseForTests(b);
    const [user] = await a.db
      .insert(users)
      .values({ email: 'rec@example.com', name: 'Rec', role: 'receptionist' })
      .returning();
    staff = { id: user!.id, email: user!.email, name: user!.name, role: 'receptionist', teamIds: [], preferences: {} };
  }, 60_000);
  afterAll(async () => {
    if (b !== a) await b.close();
    await a.close();
    await hook.close();
  });

  it('two runners over the same callers post each event once, first posts and repeats alike', async () => {
    const team = 'team-race';
    await newTeam(team);
    const callers = [...['c1', 'c2', 'c3'].map((id) => inTeam(team, testCaller(id))), admitted(team, 'c4')];
    const both = (now: number) =>
      Promise.all([
        escalateOn(a, team, 'Clinic', queues, callers, { now }),
        escalateOn(b, team, 'Clinic', queues, callers, { now }),
        escalateOn(a, team, 'Clinic', queues, callers, { now: now + 1_000 }),
      ]);
    const before = hook.received.length;
    await both(T0);
    const first = hook.received.slice(before);
    expect(first).toHaveLength(4);
    expect(first.filter((p) => p.text.includes('admitted to Dr P'))).toHaveLength(1);
    expect(Object.values(await sends(team))).toEqual(Array(4).fill({ sends: 1, open: true }));

    // Not due yet: nothing. Due: each once more.
    await both(T0 + (REPEAT_MIN / 2) * 60_000);
    expect(hook.received.length - before).toBe(4);
    await both(T0 + REPEAT_MIN * 60_000);
    // Each repeated once, and c4 (waiting since T0) is now past its wait limit too: a new event, posted once.
    expect(hook.received.length - before).toBe(9);
    expect(await sends(team)).toEqual({
      ...Object.fromEntries(
        ['over-limit:c1', 'over-limit:c2', 'over-limit:c3'].map((k) => [k, { sends: 2, open: true }]),
      ),
      'not-joined:c4:2026-11-21T09:00:00.000Z': { sends: 2, open: true },
      'over-limit:c4': { sends: 1, open: true },
    });
  });

  it('stops repeating what was acknowledged on another instance, and closes what is over', async () => {
    const team = 'team-ack';
    await newTeam(team);
    const [c1, c2] = ['d1', 'd2'].map((id) => inTeam(team, testCaller(id)));
    await escalateOn(a, team, 'Clinic', queues, [c1!, c2!], { now: T0 });
    const escalated = {
      ...c1!,
      triage: { ...EMPTY_TRIAGE, escalation: { kind: 'over-limit' as const, since: '', sends: 1 } },
    };
    await applyTriageAction(ctx, staff, escalated, { type: 'acknowledge' });
    const before = hook.received.length;
    await escalateOn(a, team, 'Clinic', queues, [c1!, c2!], { now: T0 + REPEAT_MIN * 60_000 });
    expect(hook.received.length - before).toBe(1);
    expect(await sends(team)).toEqual({
      'over-limit:d1': { sends: 1, open: false },
      'over-limit:d2': { sends: 2, open: true },
    });
    // d2 is being seen now: closed, and no more posts.
    await escalateOn(a, team, 'Clinic', queues, [c1!], { now: T0 + 2 * REPEAT_MIN * 60_000 });
    await escalateOn(a, team, 'Clinic', queues, [], { now: T0 + 3 * REPEAT_MIN * 60_000 });
    expect(hook.received.length - before).toBe(1);
    expect((await sends(team))['over-limit:d2']).toEqual({ sends: 2, open: false });
  });

  it('answers an acknowledgement made on another instance only after the post going out has landed', async () => {
    const team = 'team-inflight';
    await newTeam(team);
    const caller = inTeam(team, testCaller('e1'));
    const before = hook.received.length;
    hook.hold();
    const run = escalateOn(a, team, 'Clinic', queues, [caller], { now: T0 });
    await expect.poll(() => hook.received.length - before).toBe(1);
    let answeredAt = 0;
    const escalated = {
      ...caller,
      triage: { ...EMPTY_TRIAGE, escalation: { kind: 'over-limit' as const, since: '', sends: 1 } },
    };
    const ack = applyTriageAction(ctx, staff, escalated, { type: 'acknowledge' }).then(() => (answeredAt = Date.now()));
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(answeredAt).toBe(0);
    } finally {
      hook.release();
    }
    await Promise.all([run, ack]);
    expect(answeredAt).toBeGreaterThanOrEqual(hook.received.at(-1)!.answeredAt!);
    await escalateOn(b, team, 'Clinic', queues, [caller], { now: T0 + REPEAT_MIN * 60_000 });
    expect(hook.received.length - before).toBe(1);
  });

  it('neither posts nor closes when the fence says this runner no longer owns the team', async () => {
    const team = 'team-fenced';
    await newTeam(team);
    const { sql } = await import('drizzle-orm');
    const [c1, c2] = ['f1', 'f2'].map((id) => inTeam(team, testCaller(id)));
    await escalateOn(a, team, 'Clinic', queues, [c1!], { now: T0 });
    const before = hook.received.length;
    // A stale runner that read only c2: it would post c2 and close c1's escalation.
    await escalateOn(b, team, 'Clinic', queues, [c2!], { now: T0 + REPEAT_MIN * 60_000, fence: sql`false` });
    expect(hook.received.length).toBe(before);
    expect(await sends(team)).toEqual({ 'over-limit:f1': { sends: 1, open: true } });
    await escalateOn(a, team, 'Clinic', queues, [c1!, c2!], { now: T0 + REPEAT_MIN * 60_000, fence: sql`true` });
    expect(hook.received.length - before).toBe(2);
  });
});
