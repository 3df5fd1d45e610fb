import { NextResponse } from 'next/server';
import { queueChanges } from '@/lib/staff/schemas';
import { readBody, route } from '@/server/http/handler';
import { updateQueue } from '@/server/staff/teams';

export const dynamic = 'force-dynamic';

export const PATCH = route<{ teamId: string; queueId: string }>(
  'admin-queue-update',
  async ({ request, params, audit }) =>
    NextResponse.json({
      team: await updateQueue(audit, params.teamId, params.queueId, await readBody(request, queueChanges)),
    }),
);
