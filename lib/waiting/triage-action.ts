import { z } from 'zod';
import { text } from '../core/text';
import type { DashboardCaller } from './types';

/** What staff may do to a caller in our triage layer (DESIGN: "Our own triage layer"). */
export const triageAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('claim') }),
  z.object({ type: z.literal('release') }),
  z.object({
    type: z.literal('priority'),
    priority: z.union([z.literal(0), z.literal(1), z.literal(2)], {
      message: 'Priority is 0 (normal), 1 (high) or 2 (urgent).',
    }),
  }),
  z.object({
    type: z.literal('note'),
    note: text().trim().max(500, { message: 'Keep the note under 500 characters.' }),
  }),
  z.object({
    type: z.literal('reassign'),
    queueId: text().min(1).nullable().optional(),
    practitionerId: z.uuid({ message: 'Choose a practitioner from the list.' }).nullable().optional(),
  }),
  z.object({
    type: z.literal('admit'),
    practitionerId: z.uuid({ message: 'Choose a practitioner from the list.' }),
    mode: z.enum(['route', 'room']).optional(),
  }),
  z.object({ type: z.literal('acknowledge') }),
  z.object({ type: z.literal('undo'), auditId: z.number().int().positive() }),
]);
export type TriageAction = z.infer<typeof triageAction>;

/** What `POST …/calls/{callId}/actions` answers: the caller as every screen now sees them, and the undo handle. */
export interface CallerActionResponse {
  caller: DashboardCaller;
  auditId: number;
  /** Until when `{ type: 'undo', auditId }` is accepted; null when the action was itself an undo. */
  undoUntil: string | null;
}
