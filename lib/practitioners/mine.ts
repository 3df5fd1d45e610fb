import type { DashboardCaller } from '../waiting/types';

type Ref = { id: string; userId?: string | null } | null | undefined;

const linkedTo = (p: Ref, userId: string) => !!p && p.userId === userId;

/** Whether a caller is admitted to the roster entry linked to this staff account. */
export function isAdmittedTo(caller: DashboardCaller, userId: string): boolean {
  return linkedTo(caller.triage.admission?.practitioner, userId);
}

/** Admitted or reassigned to this staff account's roster entry (the practitioner's "mine"). */
export function isForPractitioner(caller: DashboardCaller, userId: string): boolean {
  return isAdmittedTo(caller, userId) || linkedTo(caller.triage.reassignedPractitioner, userId);
}
