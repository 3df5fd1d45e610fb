import { NextResponse } from 'next/server';
import { z } from 'zod';
import { THEME_CHOICES } from '@/lib/staff/theme';
import { consoleFiltersSchema } from '@/lib/waiting/console-filters';
import { canSeeTeam } from '@/server/auth/session';
import { HttpError } from '@/server/errors';
import { readBody, staffRoute } from '@/server/http/handler';
import { recordLastClinic, recordLook } from '@/server/staff/preferences';
import { setPreferences } from '@/server/staff/users';

export const dynamic = 'force-dynamic';

const preferences = z
  .object({
    privacyMode: z.boolean(),
    theme: z.enum(THEME_CHOICES),
    consoleFilters: consoleFiltersSchema,
    /** Teams whose list is on screen now: the server stamps its own time (see recordLook). */
    looking: z
      .array(z.string().min(1).max(200), { error: 'looking must be a list of team ids.' })
      .min(1, 'looking must name at least one team.')
      .max(100, 'looking names at most 100 teams.'),
    /** The clinic last chosen on a page with a clinic picker (recorded as bookkeeping, see recordLastClinic). */
    lastClinic: z.string({ error: 'lastClinic must be a team id.' }).min(1).max(200),
  })
  .partial()
  .strict();

/** A person's own display choices (privacy mode, theme, console filters), when they last looked and their last clinic, across computers. */
export const PATCH = staffRoute('preferences', async ({ request, staff, audit }) => {
  const { looking, lastClinic, ...changes } = await readBody(request, preferences);
  const notMine = looking?.find((teamId) => !canSeeTeam(staff, teamId));
  if (notMine !== undefined)
    throw new HttpError(403, 'not_your_team', 'You can only record looking at the lists of your own teams.');
  if (lastClinic !== undefined && !canSeeTeam(staff, lastClinic))
    throw new HttpError(403, 'not_your_team', 'You can only choose a clinic you are a member of.');
  if (Object.keys(changes).length) await setPreferences(audit, staff.id, changes);
  if (looking) await recordLook(staff.id, [...new Set(looking)], new Date());
  if (lastClinic !== undefined) await recordLastClinic(staff.id, lastClinic);
  return NextResponse.json({
    preferences: { ...staff.preferences, ...changes, ...(lastClinic === undefined ? {} : { lastClinic }) },
  });
});
