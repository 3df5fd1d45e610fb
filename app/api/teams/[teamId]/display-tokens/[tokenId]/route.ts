import { NextResponse } from 'next/server';
import { z } from 'zod';
import { HttpError } from '@/server/errors';
import { route } from '@/server/http/handler';
import { revokeDisplayToken } from '@/server/display/tokens';

export const dynamic = 'force-dynamic';

/** Revokes a display link: the TV's stream ends at its next heartbeat and the link opens nothing. */
export const DELETE = route<{ teamId: string; tokenId: string }>('display-token-revoke', async ({ params, audit }) => {
  if (!z.uuid().safeParse(params.tokenId).success)
    throw new HttpError(404, 'display_not_found', 'No such display link.');
  await revokeDisplayToken(audit, params.teamId, params.tokenId);
  return NextResponse.json({ ok: true });
});
