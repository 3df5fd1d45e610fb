/** Every action the audit log records, with the words staff see. Later features add theirs here. */
export const AUDIT_ACTIONS: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sign_in_refused': 'Sign-in refused (locked)',
  'auth.sign_out': 'Signed out',
  'auth.sso_link': 'Linked to a single sign-on account',
  'auth.sso_unlink': 'Unlinked from single sign-on',
  'caller.view': "Viewed a caller's details",
  'caller.claim': 'Claimed a caller',
  'caller.release': 'Released a caller',
  'caller.priority': "Changed a caller's priority",
  'caller.note': 'Wrote a note on a caller',
  'caller.reassign': 'Reassigned a caller',
  'caller.admit': 'Admitted a caller',
  'caller.acknowledge': 'Acknowledged an escalation',
  'caller.undo': 'Undid an action on a caller',
  'caller.room': 'Opened a video room for a caller',
  'caller.admit_failed': 'Could not open a video room for a caller',
  'practitioner.create': 'Added a practitioner to the roster',
  'practitioner.update': 'Changed a practitioner on the roster',
  'practitioner.availability': 'Set a practitioner’s availability',
  'user.create': 'Added a staff account',
  'user.update': 'Changed a staff account',
  'user.preferences': 'Changed their display preferences',
  'user.password_reset': 'Gave a staff account a temporary password',
  'user.password_change': 'Chose their own password',
  'user.password_change_failed': 'Typed a wrong current password when changing it',
  'team.create': 'Added a team',
  'team.update': 'Changed a team',
  'queue.create': 'Added a waiting queue',
  'queue.update': 'Changed a waiting queue',
  'audit.export': 'Exported the audit log',
  'display.create': 'Made a wall display link',
  'display.revoke': 'Revoked a wall display link',
  'report.export': 'Exported a queue report',
  'settings.team': 'Changed a clinic’s settings',
  'settings.global': 'Changed the idle sign-out time',
  'session.book': 'Booked a session',
  'session.reschedule': 'Rescheduled a session',
  'session.cancel': 'Cancelled a session',
  'session.participant_add': 'Added someone to a session',
  'session.participant_remove': 'Removed someone from a session',
  'session.link_send': 'Sent an entry link',
  'session.recording_play': 'Played a session recording',
  'session.recording_download': 'Downloaded a session recording',
  'session.review_export': 'Exported the day’s session review',
  'agent.call': 'Agent tool call',
  'agent_token.create': 'Made an agent token',
  'agent_token.revoke': 'Revoked an agent token',
};

/** The log's areas, for grouping the action filter: the part of an action before its dot. */
export const ACTION_AREAS: Record<string, string> = {
  auth: 'Signing in',
  caller: 'Callers',
  session: 'Sessions',
  practitioner: 'Practitioners',
  user: 'Staff accounts',
  team: 'Clinics and queues',
  queue: 'Clinics and queues',
  settings: 'Settings and displays',
  display: 'Settings and displays',
  report: 'Exports',
  audit: 'Exports',
  agent: 'Agent access',
  agent_token: 'Agent access',
};

/** Every action under its area, in the order the areas are listed above. */
export function actionsByArea(): { area: string; actions: { id: string; label: string }[] }[] {
  const areas = new Map<string, { id: string; label: string }[]>();
  for (const area of Object.values(ACTION_AREAS)) areas.set(area, []);
  for (const [id, label] of Object.entries(AUDIT_ACTIONS)) {
    const area = ACTION_AREAS[id.split('.')[0]!] ?? 'Other';
    areas.set(area, [...(areas.get(area) ?? []), { id, label }]);
  }
  return [...areas].filter(([, actions]) => actions.length).map(([area, actions]) => ({ area, actions }));
}

export function actionLabel(action: string): string {
  return AUDIT_ACTIONS[action] ?? action;
}

const OUTCOME: Record<string, string> = {
  ok: 'ok',
  refused: 'refused',
  rate_limited: 'refused: too many calls',
  confirmation_requested: 'asked for confirmation',
  declined: 'declined by the person',
};

/** Why a call was refused, in words, for the refusals agents meet most; others show their code. */
const REFUSAL: Record<string, string> = {
  forbidden_team: 'not one of its clinics',
  tool_not_allowed: 'outside its scopes',
  bad_request: 'arguments not accepted',
  not_allowed_now: 'the session’s rules',
  caller_not_found: 'caller no longer waiting',
  confirmation_invalid: 'confirmation not valid',
  idempotency_key_reused: 'key reused for another request',
  forbidden: 'role not allowed',
};

/** An agent's tool call as the log reads it, from the entry's changes: "list_waiting_callers — ok". */
export function agentCallSummary(changes: unknown): string {
  const c = (changes ?? {}) as { tool?: unknown; outcome?: unknown; code?: unknown };
  const tool = typeof c.tool === 'string' ? c.tool : 'A tool';
  const outcome = typeof c.outcome === 'string' ? (OUTCOME[c.outcome] ?? c.outcome) : 'no outcome recorded';
  const code = typeof c.code === 'string' && c.code !== c.outcome ? ` (${REFUSAL[c.code] ?? c.code})` : '';
  return `${tool} — ${outcome}${code}`;
}
