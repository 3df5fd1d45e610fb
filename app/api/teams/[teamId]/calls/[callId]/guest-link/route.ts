import { NextResponse } from 'next/server';
import { staffRoute } from '@/server/http/handler';
import { sendGuestLink } from '@/server/waiting/send-guest-link';

export const dynamic = 'force-dynamic';

/** Texts a room admission's guest link to the caller's mobile (from their Coviu entry form). */
export const POST = staffRoute<{ teamId: string; callId: string }>(
  'caller-guest-link',
  async ({ params, staff, audit }) =>
    NextResponse.json({ delivery: await sendGuestLink(audit, staff, params.teamId, params.callId) }),
);
