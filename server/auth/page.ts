import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { canSeeTeam, currentStaff, type Staff } from './session';

/** For server components: the signed-in staff member, or off to sign-in. Once per request. */
export const requireStaff = cache(async (): Promise<Staff> => {
  const staff = await currentStaff();
  if (!staff) redirect('/signin?reason=expired');
  return staff;
});

/** For pages under a [teamId]: the person must belong to that clinic (admins see every clinic), or 403. */
export async function requireTeamMember(teamId: string): Promise<Staff> {
  const staff = await requireStaff();
  if (!canSeeTeam(staff, teamId)) forbidden();
  return staff;
}
