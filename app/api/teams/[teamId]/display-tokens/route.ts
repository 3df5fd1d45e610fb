import { NextResponse } from 'next/server';
import { z } from 'zod';
import { text } from '@/lib/core/text';
import { readBody, route, staffRoute } from '@/server/http/handler';
import { createDisplayToken, listDisplayTokens } from '@/server/display/tokens';
import { publicUrl } from '@/server/env';

export const dynamic = 'force-dynamic';

const newDisplay = z.object({
  label: text()
    .trim()
    .min(1, { message: 'Name the display, e.g. “Waiting room TV”.' })
    .max(80, { message: 'Keep the name under 80 characters.' }),
  showNames: z.enum(['initials', 'full'], { message: 'Show initials or full names.' }).default('initials'),
});

export const GET = route<{ teamId: string }>('display-tokens', async ({ params }) =>
  NextResponse.json({ displays: await listDisplayTokens(params.teamId) }),
);

/** A new display link; its secret is in this answer only. */
export const POST = staffRoute<{ teamId: string }>(
  'display-token-create',
  async ({ request, params, staff, audit }) => {
    const input = await readBody(request, newDisplay);
    const { token, id } = await createDisplayToken(audit, staff.id, params.teamId, input);
    return NextResponse.json({ id, link: publicUrl(`/display/connect/${token}`) }, { status: 201 });
  },
);
