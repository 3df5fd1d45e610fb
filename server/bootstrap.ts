import 'server-only';
import { z } from 'zod';
import type { Team } from '@/lib/core/team';
import { hashPassword } from './auth/passwords';
import { database, db } from './db';
import { teamMemberships, teams, users } from './db/schema';
import { env, upstream } from './env';
import { log } from './log';
import { configuredNotifiers } from './notify/configure';
import { notifySettings } from './notify/env';
import { installNotifier } from './sessions/notifier';
import { seedRosters } from './practitioners/seed';
import { importTeams } from './staff/teams';
import { hub } from './waiting/hub';
import { resumePendingRooms } from './waiting/admit-room';
import { scheduleRollups } from './reports/schedule';

export const DEMO_PASSWORD = 'waitboard-demo';

/** Demo accounts for the sandbox; `teams` picks which simulated clinics each belongs to. */
const DEMO_ACCOUNTS = [
  {
    email: 'reception@example.com',
    name: 'Riley Reception',
    role: 'receptionist',
    teams: (all: string[]) => all.slice(0, 2),
  },
  {
    email: 'practitioner@example.com',
    name: 'Dr Pat Practitioner',
    role: 'practitioner',
    teams: (all: string[]) => all.slice(0, 1),
  },
  { email: 'manager@example.com', name: 'Morgan Manager', role: 'manager', teams: (all: string[]) => all },
  { email: 'admin@example.com', name: 'Alex Admin', role: 'admin', teams: (all: string[]) => all },
] as const;

const sandboxTeams = z.array(
  z.object({
    teamId: z.string(),
    name: z.string(),
    timezone: z.string(),
    waitingQueues: z.array(
      z.object({ waitingQueueId: z.string(), name: z.string(), practitioners: z.array(z.string()).default([]) }),
    ),
  }),
);

/** The simulated clinics, with the names of the practitioners who serve their queues. */
async function fetchSandboxTeams(baseUrl: string): Promise<(Team & { simulated: string[] })[]> {
  const response = await fetch(`${baseUrl}/_sandbox/teams`, { signal: AbortSignal.timeout(3_000) });
  return sandboxTeams.parse(await response.json()).map((t) => ({
    id: t.teamId,
    name: t.name,
    timezone: t.timezone,
    queues: t.waitingQueues.map((q) => ({ id: q.waitingQueueId, name: q.name })),
    simulated: t.waitingQueues.flatMap((q) => q.practitioners),
  }));
}

/** Demo accounts are created once; someone who changed their password or teams keeps the change. */
async function seedDemoAccounts(teamIds: string[]): Promise<void> {
  const database = await db();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const [created] = await database
      .insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash })
      .onConflictDoNothing()
      .returning();
    if (!created) continue;
    const ids = account.teams(teamIds);
    if (ids.length)
      await database.insert(teamMemberships).values(ids.map((teamId) => ({ userId: created.id, teamId })));
  }
}

const state = globalThis as unknown as { waitboardReady?: Promise<void>; waitboardIsReady?: boolean };

/**
 * Runs once per server start (instrumentation.ts): migrations, then against the sandbox its teams
 * and the demo accounts; against Coviu the teams named in COVIU_TEAM_IDS. No default accounts then:
 * `npm run user -- add` creates the first administrator.
 */
export function bootstrap(): Promise<void> {
  state.waitboardReady ??= (async () => {
    // How entry links are sent: by SMTP and by an SMS provider's HTTP API where their variables are
    // set, else recorded only (README "Sending entry links").
    const notifiers = configuredNotifiers(notifySettings(env()));
    installNotifier(notifiers);
    // Not `email:`: the log redacts that key (it usually holds an address).
    log.info('entry links', { smsBy: notifiers.sms.name, emailBy: notifiers.email.name });
    await database();
    const u = upstream();
    if (u.kind === 'coviu') {
      await importTeams(
        u.teamIds.map((id) => ({ id, name: `Coviu team ${id.slice(0, 8)}`, timezone: 'Australia/Sydney', queues: [] })),
        'configured',
      );
      await seedRosters(u.teamIds.map((id) => ({ id })));
    } else {
      // The sandbox may still be starting; wait for it rather than start without teams.
      for (let attempt = 0; ; attempt++) {
        try {
          const found = await fetchSandboxTeams(u.baseUrl);
          await importTeams(found, 'configured');
          const ordered = (await (await db()).select({ id: teams.id }).from(teams)).map((t) => t.id);
          const sandboxOrder = found.map((t) => t.id).filter((id) => ordered.includes(id));
          await seedDemoAccounts(sandboxOrder);
          // Each clinic's roster: its staff practitioners (the demo one included) and the simulated ones.
          await seedRosters(found.filter((t) => ordered.includes(t.id)));
          break;
        } catch (error) {
          if (attempt >= 120) throw error;
          if (attempt % 10 === 0) log.info('waiting for the Coviu sandbox', { baseUrl: u.baseUrl });
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    }
    // Every team is polled from the start, watched or not, so the call history (reports) is complete.
    hub().startAll((await (await db()).select({ id: teams.id }).from(teams)).map((t) => t.id));
    scheduleRollups();
    // Rooms a crashed process was making are finished now, not when someone clicks again.
    void resumePendingRooms(async (row) => {
      const poller = hub().poller(row.teamId);
      await poller.refresh().catch(() => undefined);
      return poller.snapshot().callers.find((c) => c.rootCallId === row.rootCallId)?.name ?? null;
    }).catch(() => undefined);
    state.waitboardIsReady = true;
    log.info('waitboard ready', { upstream: u.kind });
    // Each instance would otherwise sign sessions with a secret of its own (in its DATA_DIR), and a
    // browser sent to another instance would be signed out.
    if (env().DATABASE_URL && !env().NEXTAUTH_SECRET)
      log.warn('NEXTAUTH_SECRET is not set: set the same one on every instance of a cluster', {});
  })().catch((error: unknown) => {
    state.waitboardReady = undefined;
    log.error('waitboard start-up failed', {
      name: (error as Error)?.name,
      message: (error as Error)?.message?.slice(0, 200),
    });
    throw error;
  });
  return state.waitboardReady;
}

export function isReady(): boolean {
  return state.waitboardIsReady === true;
}
