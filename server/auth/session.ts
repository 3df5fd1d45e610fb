import 'server-only';
import { eq } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { db } from '../db';
import { teamMemberships, teams, users } from '../db/schema';
import { env } from '../env';
import { getGlobalSettings } from '../settings/store';
import { IDLE_GRACE_MS } from './activity';
import { sessionEnded } from './ended-sessions';
import { authOptions } from './options';
import type { Role } from '@/lib/staff/roles';

export interface Staff {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamIds: string[];
  preferences: Record<string, unknown>;
  /** Signed in with a temporary password: may only choose a new one (server/http/handler.ts). */
  mustChangePassword?: boolean;
}

/**
 * The signed-in member of staff, re-checked against the database on every request: a disabled
 * account, a changed password or role, an idle session or one past its lifetime is signed out.
 */
export async function currentStaff(): Promise<Staff | null> {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const e = env();
  const now = Date.now();
  if (now - session.signedInAt > e.SESSION_MAX_HOURS * 3_600_000) return null;
  const { idleTimeoutMinutes } = await getGlobalSettings();
  if (now - session.lastActiveAt > idleTimeoutMinutes * 60_000 + IDLE_GRACE_MS) return null;
  if (await sessionEnded(session.user.id, session.signedInAt)) return null;
  const staff = await activeStaff(session.user.id);
  if (!staff || staff.sessionVersion !== session.sessionVersion) return null;
  const { sessionVersion: _, ...rest } = staff;
  // From how this person signed in (a temporary password), not from the account: someone added
  // without a password who signs in through single sign-on never had to choose one.
  return { ...rest, mustChangePassword: Boolean(session.mustChangePassword) };
}

/** The person as they are now (role, clinics), or null when the account is gone or disabled. */
export async function activeStaff(userId: string): Promise<(Staff & { sessionVersion: number }) | null> {
  const database = await db();
  const [row] = await database.select().from(users).where(eq(users.id, userId));
  if (!row || row.disabledAt) return null;
  const teamIds =
    row.role === 'admin'
      ? (await database.select({ id: teams.id }).from(teams)).map((t) => t.id)
      : (
          await database
            .select({ id: teamMemberships.teamId })
            .from(teamMemberships)
            .where(eq(teamMemberships.userId, row.id))
        ).map((t) => t.id);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    teamIds,
    preferences: row.preferences,
    sessionVersion: row.sessionVersion,
  };
}

export function canSeeTeam(staff: Staff, teamId: string | undefined): boolean {
  return Boolean(teamId) && (staff.role === 'admin' || staff.teamIds.includes(teamId!));
}
