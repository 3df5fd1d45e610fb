import { NextResponse } from 'next/server';
import { teamSettingsInput, teamSettingsPatch } from '@/lib/settings/schema';
import { readBody, route, staffRoute } from '@/server/http/handler';
import { getTeamSettings } from '@/server/settings/store';
import { updateTeamSettings } from '@/server/settings/update-team-settings';

export const dynamic = 'force-dynamic';

export const GET = route<{ teamId: string }>('team-settings', async ({ params }) =>
  NextResponse.json({ settings: await getTeamSettings(params.teamId) }),
);

/** Validated, audited, and pushed at once to every open dashboard of the clinic. */
export const PUT = staffRoute<{ teamId: string }>('team-settings-save', async ({ request, params, staff, audit }) => {
  const input = await readBody(request, teamSettingsInput);
  return NextResponse.json({ settings: await updateTeamSettings(audit, staff.id, params.teamId, input) });
});

/** One section of the settings page: only the fields sent change; the others stay as they are now. */
export const PATCH = staffRoute<{ teamId: string }>(
  'team-settings-patch',
  async ({ request, params, staff, audit }) => {
    const input = await readBody(request, teamSettingsPatch);
    return NextResponse.json({ settings: await updateTeamSettings(audit, staff.id, params.teamId, input) });
  },
);
