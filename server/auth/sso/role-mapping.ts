import 'server-only';
import { z } from 'zod';
import { ROLES, type Role } from '@/lib/staff/roles';
import { coviuTeamId } from '@/lib/staff/schemas';

// Pure: which Waitboard role and clinics a provider's role claim (Entra app roles, groups) gives.

/** What one claim value gives: a role, and the clinics (team ids) it is for. */
export interface MappedAccess {
  role: Role;
  teamIds: string[];
}

/** OIDC_ROLE_CLAIM and OIDC_ROLE_MAP, read together. */
export interface RoleMapping {
  claim: string;
  map: Record<string, MappedAccess>;
}

const entry = z.strictObject({
  role: z.enum(ROLES, { error: 'give a role: receptionist, practitioner, manager or admin' }),
  // An administrator needs no clinic, so an entry may name none.
  teams: z.array(coviuTeamId).default([]),
});

/** OIDC_ROLE_MAP's shape: `{"<claim value>": {"role": "…", "teams": ["<team id>", …]}, …}`. */
export const roleMapSchema = z
  .string()
  .transform((json, ctx) => {
    try {
      return JSON.parse(json) as unknown;
    } catch {
      // JSON.parse's own message quotes the input; this one does not.
      ctx.addIssue({
        code: 'custom',
        message: 'give a JSON object, e.g. {"Waitboard.Reception":{"role":"receptionist","teams":["<team id>"]}}',
      });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .record(z.string().min(1), entry, { error: 'give a JSON object mapping claim values to {role, teams}' })
      .refine((map) => Object.keys(map).length > 0, 'map at least one claim value'),
  )
  .transform((map) =>
    Object.fromEntries(
      Object.entries(map).map(([value, e]): [string, MappedAccess] => [
        value,
        { role: e.role, teamIds: [...new Set(e.teams)] },
      ]),
    ),
  );

/** The claim's values: providers send one string or an array of them (Entra: `roles`, `groups`). */
export function claimValues(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * The access the person's claim gives, or null when no value of it is mapped. Several matching
 * values: the highest role wins (a manager who is also in the reception group is a manager), and
 * the clinics are all of theirs, so no clinic is taken away for being named by a lower role's entry.
 */
export function mappedAccess(claims: Record<string, unknown>, mapping: RoleMapping): MappedAccess | null {
  const matches = claimValues(claims, mapping.claim)
    .filter((value) => Object.hasOwn(mapping.map, value))
    .map((value) => mapping.map[value]!);
  if (!matches.length) return null;
  const role = matches.map((m) => m.role).reduce((a, b) => (ROLES.indexOf(b) > ROLES.indexOf(a) ? b : a));
  const teamIds = [...new Set(matches.flatMap((m) => m.teamIds))].sort();
  return { role, teamIds };
}

/** Whether an account's role and clinics already are what the mapping gives. */
export function sameAccess(current: MappedAccess, mapped: MappedAccess): boolean {
  const a = [...current.teamIds].sort();
  return (
    current.role === mapped.role && a.length === mapped.teamIds.length && a.every((t, i) => t === mapped.teamIds[i])
  );
}
