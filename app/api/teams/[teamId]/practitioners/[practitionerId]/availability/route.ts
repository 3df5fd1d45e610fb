import { NextResponse } from 'next/server';
import { availabilityInput } from '@/lib/practitioners/schemas';
import { readBody, staffRoute } from '@/server/http/handler';
import { setAvailability } from '@/server/practitioners/manage';

export const dynamic = 'force-dynamic';

/** Sets a practitioner's availability: their own, or anyone's for reception and managers. */
export const POST = staffRoute<{ teamId: string; practitionerId: string }>(
  'practitioner-availability',
  async ({ request, params, staff, audit }) => {
    const { availability } = await readBody(request, availabilityInput);
    return NextResponse.json(await setAvailability(audit, staff, params.teamId, params.practitionerId, availability));
  },
);
