import 'server-only';
import { db } from '../db';
import { teams } from '../db/schema';
import { log } from '../log';
import { rollUp } from './rollup';

const HOURLY = 3_600_000;

async function rollAll(): Promise<void> {
  const database = await db();
  for (const { id } of await database.select({ id: teams.id }).from(teams)) {
    await rollUp(database, id).catch((error: unknown) =>
      log.warn('report roll-up failed', { team: id, name: (error as Error)?.name }),
    );
  }
}

/** Rolls each clinic's settled days into the report tables now and every hour (a day at a time). */
export function scheduleRollups(): void {
  void rollAll();
  setInterval(() => void rollAll(), HOURLY).unref();
}

/** After a clinic's timezone changed: its local days moved, so roll them up again now. */
export async function rollUpTeam(teamId: string): Promise<void> {
  await rollUp(await db(), teamId);
}
