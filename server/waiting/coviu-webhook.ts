import 'server-only';
import type { CoviuEvent } from '@/lib/webhooks/coviu-event';
import { log } from '../log';
import { listTeams } from '../staff/teams';
import { hub } from './hub';
import { RecentDeliveries } from './webhook-auth';

const holder = globalThis as unknown as { waitboardDeliveries?: RecentDeliveries };
const deliveries = (holder.waitboardDeliveries ??= new RecentDeliveries());

function teamsOf(event: CoviuEvent): string[] {
  const ids = [event.teamId];
  if (event.kind === 'call') ids.push(event.destinationTeamId);
  return ids.filter((id): id is string => Boolean(id));
}

/**
 * Coviu's webhooks only say "look again": each one starts an immediate poll of the teams we watch
 * that it names, and never waits for it (a lost one is repaired by the next regular poll).
 * Returns false for a delivery already acted on.
 */
export async function noteCoviuEvent(event: CoviuEvent): Promise<boolean> {
  if (!deliveries.firstTime(JSON.stringify(event))) return false;
  const watched = new Set((await listTeams()).map((t) => t.id));
  for (const teamId of teamsOf(event)) {
    if (watched.has(teamId)) void hub().poller(teamId).refresh();
  }
  log.debug('coviu webhook', { type: event.type });
  return true;
}
