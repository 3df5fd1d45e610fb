import { NextResponse } from 'next/server';
import { z } from 'zod';
import { THEME_CHOICES } from '@/lib/staff/theme';
import { readBody, staffRoute } from '@/server/http/handler';
import { setPreferences } from '@/server/staff/users';

export const dynamic = 'force-dynamic';

const preferences = z
  .object({ privacyMode: z.boolean(), theme: z.enum(THEME_CHOICES) })
  .partial()
  .strict();

/** A person's own display choices (privacy mode, theme), remembered across computers. */
export const PATCH = staffRoute('preferences', async ({ request, staff, audit }) => {
  const changes = await readBody(request, preferences);
  await setPreferences(audit, staff.id, changes);
  return NextResponse.json({ preferences: { ...staff.preferences, ...changes } });
});
