import { NextResponse } from 'next/server';
import { newPractitioner } from '@/lib/practitioners/schemas';
import { readBody, staffRoute } from '@/server/http/handler';
import { addPractitioner } from '@/server/practitioners/manage';

export const dynamic = 'force-dynamic';

/** Managers add someone to the clinic's practitioner roster. */
export const POST = staffRoute<{ teamId: string }>('roster-add', async ({ request, params, audit }) => {
  const row = await addPractitioner(audit, params.teamId, await readBody(request, newPractitioner));
  return NextResponse.json({ practitioner: { id: row.id, name: row.displayName } }, { status: 201 });
});
