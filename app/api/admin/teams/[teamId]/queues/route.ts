import { NextResponse } from 'next/server';
import { newQueue } from '@/lib/staff/schemas';
import { readBody, route } from '@/server/http/handler';
import { addQueue } from '@/server/staff/teams';

export const dynamic = 'force-dynamic';

export const POST = route<{ teamId: string }>('admin-queue-create', async ({ request, params, audit }) =>
  NextResponse.json({ team: await addQueue(audit, params.teamId, await readBody(request, newQueue)) }, { status: 201 }),
);
