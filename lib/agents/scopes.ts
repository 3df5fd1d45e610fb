import { z } from 'zod';
import type { Role } from '@/lib/staff/roles';

/** What an agent token may do, beyond its owner's role and clinics (which it never exceeds). */
export const AGENT_SCOPES = ['read', 'triage', 'sessions', 'sessions:cancel', 'reports', 'patient-details'] as const;
export type AgentScope = (typeof AGENT_SCOPES)[number];

export const SCOPE_LABEL: Record<AgentScope, { title: string; detail: string }> = {
  read: { title: 'Read', detail: 'See queues, waiting callers, sessions and recordings (as links).' },
  triage: { title: 'Triage', detail: 'Claim, release, admit and reassign callers; set priority; add notes.' },
  sessions: { title: 'Sessions', detail: 'Book sessions, add participants, reschedule, send entry links.' },
  'sessions:cancel': {
    title: 'Cancel sessions',
    detail: 'Cancel sessions and remove participants, each confirmed with a second call.',
  },
  reports: { title: 'Reports', detail: 'Queue reports and the end-of-day review (practice managers only).' },
  'patient-details': {
    title: 'Patient details',
    detail: 'Callers’ full names, phone and Medicare numbers. Without it, names come as initials.',
  },
};

/** Reports are a manager's view: a token cannot be given what its owner's screens do not show. */
export function scopeAllowedFor(scope: AgentScope, role: Role): boolean {
  return scope !== 'reports' || role === 'manager' || role === 'admin';
}

export const MAX_TOKEN_DAYS = 90;
export const DEFAULT_TOKEN_DAYS = 30;

export const agentTokenInput = z.object({
  name: z
    .string({ message: 'Give the token a name, such as the assistant that will use it.' })
    .trim()
    .min(1, 'Give the token a name, such as the assistant that will use it.')
    .max(60, 'Keep the name under 60 characters.'),
  scopes: z
    .array(z.enum(AGENT_SCOPES, { message: `Scopes are ${AGENT_SCOPES.join(', ')}.` }))
    .max(AGENT_SCOPES.length)
    .default(['read']),
  teamIds: z.array(z.string().min(1).max(100)).max(200).optional(),
  days: z
    .number({ message: 'Days must be a whole number from 1 to 90.' })
    .int('Days must be a whole number from 1 to 90.')
    .min(1, 'Days must be a whole number from 1 to 90.')
    .max(MAX_TOKEN_DAYS, `A token lasts at most ${MAX_TOKEN_DAYS} days.`)
    .default(DEFAULT_TOKEN_DAYS),
});
export type AgentTokenInput = z.input<typeof agentTokenInput>;

/** A token as its owner (or an administrator) sees it: never the secret. */
export interface AgentTokenView {
  id: string;
  name: string;
  prefix: string;
  scopes: AgentScope[];
  /** null: every clinic the owner belongs to. */
  teamIds: string[] | null;
  owner: { id: string; name: string; email: string };
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
