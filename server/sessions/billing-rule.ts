import 'server-only';
import type { BillableRule } from '@/lib/sessions/billable';
import { getTeamSettings } from '../settings/store';

/** The clinic's billable-minutes rule (README "Billable minutes"), as its manager set it. */
export async function billableRule(teamId: string): Promise<BillableRule> {
  return (await getTeamSettings(teamId)).billable;
}
