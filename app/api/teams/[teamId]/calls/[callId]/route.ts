import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { viewCallerDetails } from '@/server/waiting/caller-details';

export const dynamic = 'force-dynamic';

/** A caller's full details (patient data): every view is audited before it is answered. */
export const GET = route<{ teamId: string; callId: string }>('caller-detail', async ({ params, audit }) =>
  NextResponse.json({ call: await viewCallerDetails(audit, params.teamId, params.callId) }),
);
