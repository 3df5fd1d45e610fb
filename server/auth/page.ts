import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { currentStaff, type Staff } from './session';

/** For server components: the signed-in staff member, or off to sign-in. Once per request. */
export const requireStaff = cache(async (): Promise<Staff> => {
  const staff = await currentStaff();
  if (!staff) redirect('/signin?reason=expired');
  return staff;
});
