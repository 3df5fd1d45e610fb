import { NextResponse } from 'next/server';
import { teamSettingsInput } from '@/lib/settings/schema';
import { readBody, route } from '@/server/http/handler';
import { getTeamSettings, saveTeamSettings } from '@/server/settings/store';
import { rollUpTeam } from '@/server/reports/schedule';
import { hub } from '@/server/waiting/hub';

export const dynamic = 'force-dynamic';

export const GET = route<{ teamId: string }>('team-settings', async ({ params }) => NextResponse.json({ settings: await getTeamSettings(params.teamId) }));

/** Validated, audited, and pushed at once to every open dashboard of the clinic. */
export const PUT = route<{ teamId: string }>('team-settings-save', async ({ request, params, staff, audit }) => {
  const input = await readBody(request, teamSettingsInput);
  const before = await getTeamSettings(params.teamId);
  const settings = await saveTeamSettings(audit, staff!.id, params.teamId, input);
  await hub().poller(params.teamId).settingsChanged();
  // Report roll-ups are kept by local day: a new timezone moves every day, so they are redone.
  if (before.timezone !== settings.timezone) void rollUpTeam(params.teamId).catch(() => undefined);
  return NextResponse.json({ settings });
});
