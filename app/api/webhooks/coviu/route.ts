import { NextResponse } from 'next/server';
import type { CoviuEvent } from '@/lib/webhooks/coviu-event';
import { parseWebhookBody } from '@/server/coviu/wire/webhooks';
import { errorResponse, route } from '@/server/http/handler';
import { log } from '@/server/log';
import { listTeams } from '@/server/staff/teams';
import { hub } from '@/server/waiting/hub';
import { checkWebhookAuth, RecentDeliveries } from '@/server/waiting/webhook-auth';

export const dynamic = 'force-dynamic';

const holder = globalThis as unknown as { waitboardDeliveries?: RecentDeliveries };
const deliveries = (holder.waitboardDeliveries ??= new RecentDeliveries());

function teamsOf(event: CoviuEvent): string[] {
  const ids = [event.teamId];
  if (event.kind === 'call') ids.push(event.destinationTeamId);
  return ids.filter((id): id is string => Boolean(id));
}

/**
 * Coviu's webhooks only say "look again": each one triggers an immediate poll of its team, and a
 * lost one is repaired by the next regular poll. Answers at once; never waits for the poll.
 */
export const POST = route('coviu-webhook', async ({ request }) => {
  const auth = checkWebhookAuth(request.headers.get('authorization'));
  if (auth === 'not-configured') {
    return errorResponse(401, 'webhook_not_configured', 'Set COVIU_WEBHOOK_TOKEN (or a username and password) to accept Coviu webhooks.');
  }
  if (auth === 'refused') return errorResponse(401, 'unauthorized', 'The webhook credentials are missing or wrong.');
  const parsed = parseWebhookBody(await request.text());
  if (!parsed.ok) return errorResponse(400, 'bad_webhook', parsed.reason);
  const { event } = parsed;
  const key = JSON.stringify(event);
  if (!deliveries.firstTime(key)) return NextResponse.json({ ok: true, duplicate: true });
  const watched = new Set((await listTeams()).map((t) => t.id));
  for (const teamId of teamsOf(event)) {
    if (watched.has(teamId)) void hub().poller(teamId).refresh();
  }
  log.debug('coviu webhook', { type: event.type });
  return NextResponse.json({ ok: true });
});
