import { NextResponse } from 'next/server';
import { globalSettingsInput } from '@/lib/settings/schema';
import { readBody, route, staffRoute } from '@/server/http/handler';
import { getGlobalSettings, saveGlobalSettings } from '@/server/settings/store';

export const dynamic = 'force-dynamic';

/** Settings for every clinic on this Waitboard (the idle sign-out time). */
export const GET = route('global-settings', async () => NextResponse.json({ settings: await getGlobalSettings() }));

export const PUT = staffRoute('global-settings-save', async ({ request, staff, audit }) => {
  const input = await readBody(request, globalSettingsInput);
  return NextResponse.json({ settings: await saveGlobalSettings(audit, staff.id, input) });
});
