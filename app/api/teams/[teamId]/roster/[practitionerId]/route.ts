import { NextResponse } from 'next/server';
import { practitionerChanges } from '@/lib/practitioners/schemas';
import { readBody, staffRoute } from '@/server/http/handler';
import { changePractitioner } from '@/server/practitioners/manage';

export const dynamic = 'force-dynamic';

/** Managers rename an entry, link or unlink a staff account, or (de)activate it. */
export const PATCH = staffRoute<{ teamId: string; practitionerId: string }>(
  'roster-change',
  async ({ request, params, audit }) => {
    const changes = await readBody(request, practitionerChanges);
    const row = await changePractitioner(audit, params.teamId, params.practitionerId, changes);
    return NextResponse.json({ practitioner: { id: row.id, name: row.displayName, active: row.active } });
  },
);
