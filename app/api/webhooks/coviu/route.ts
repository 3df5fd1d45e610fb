import { NextResponse } from 'next/server';
import { parseWebhookBody } from '@/server/coviu/wire/webhooks';
import { errorResponse } from '@/server/errors';
import { route } from '@/server/http/handler';
import { readLimitedText } from '@/server/http/request-limits';
import { noteCoviuEvent } from '@/server/waiting/coviu-webhook';
import { checkWebhookAuth } from '@/server/waiting/webhook-auth';

export const dynamic = 'force-dynamic';

/** Coviu's webhooks: authenticated, parsed, and turned into an immediate poll. Answers at once. */
export const POST = route('coviu-webhook', async ({ request }) => {
  const auth = checkWebhookAuth(request.headers.get('authorization'));
  if (auth === 'not-configured') {
    return errorResponse(
      401,
      'webhook_not_configured',
      'Set COVIU_WEBHOOK_TOKEN (or a username and password) to accept Coviu webhooks.',
    );
  }
  if (auth === 'refused') return errorResponse(401, 'unauthorized', 'The webhook credentials are missing or wrong.');
  const parsed = parseWebhookBody(await readLimitedText(request));
  if (!parsed.ok) return errorResponse(400, 'bad_webhook', parsed.reason);
  if (!(await noteCoviuEvent(parsed.event))) return NextResponse.json({ ok: true, duplicate: true });
  return NextResponse.json({ ok: true });
});
