/** Every action the audit log records, with the words staff see. Later features add theirs here. */
export const AUDIT_ACTIONS: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sign_in_refused': 'Sign-in refused (locked)',
  'auth.sign_out': 'Signed out',
  'caller.view': "Viewed a caller's details",
  'caller.claim': 'Claimed a caller',
  'caller.release': 'Released a caller',
  'caller.priority': "Changed a caller's priority",
  'caller.note': 'Wrote a note on a caller',
  'caller.reassign': 'Reassigned a caller',
  'caller.admit': 'Admitted a caller',
  'caller.acknowledge': 'Acknowledged an escalation',
  'caller.undo': 'Undid an action on a caller',
  'user.create': 'Added a staff account',
  'user.update': 'Changed a staff account',
  'user.preferences': 'Changed their display preferences',
  'team.create': 'Added a team',
  'team.update': 'Changed a team',
  'queue.create': 'Added a waiting queue',
  'queue.update': 'Changed a waiting queue',
  'audit.export': 'Exported the audit log',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTIONS[action] ?? action;
}
