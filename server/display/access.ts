import 'server-only';
import { cookies } from 'next/headers';
import { canSeeTeam, currentStaff } from '../auth/session';
import type { NameStyle } from '@/lib/display/types';
import { verifyDisplayToken } from './tokens';

export const DISPLAY_COOKIE = 'wb_display';

type DisplayViewer = { kind: 'staff'; showNames: NameStyle } | { kind: 'token'; tokenId: string; showNames: NameStyle };

/**
 * Who may watch a clinic's wall display: its staff (signed in as usual) or a TV holding a display
 * link of that clinic. 'forbidden' is a signed-in person of another clinic.
 */
export async function displayViewer(teamId: string): Promise<DisplayViewer | 'forbidden' | null> {
  const staff = await currentStaff();
  // A temporary password opens nothing but choosing a new one (the display's routes are public).
  if (staff?.mustChangePassword) return null;
  if (staff) return canSeeTeam(staff, teamId) ? { kind: 'staff', showNames: 'initials' } : 'forbidden';
  const grant = await verifyDisplayToken((await cookies()).get(DISPLAY_COOKIE)?.value);
  if (grant && grant.teamId === teamId) return { kind: 'token', tokenId: grant.tokenId, showNames: grant.showNames };
  return null;
}
