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
};

export function actionLabel(action: string): string {
  return AUDIT_ACTIONS[action] ?? action;
}
