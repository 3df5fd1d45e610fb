import 'server-only';
import type { BillableRule } from '@/lib/sessions/billable';
import { env } from '../env';

/** The clinic's billable-minutes rule (README "Billable minutes"); per-team settings may override it. */
export async function billableRule(teamId: string): Promise<BillableRule> {
  void teamId;
  const e = env();
  return { basis: e.BILLABLE_BASIS, unitMinutes: e.BILLABLE_UNIT_MINUTES, rounding: e.BILLABLE_ROUNDING };
}
