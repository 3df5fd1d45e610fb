export interface WaitingQueue {
  id: string;
  name: string;
}

export interface Team {
  id: string;
  name: string;
  /** IANA zone of the clinic, e.g. Australia/Sydney. */
  timezone: string;
  queues: WaitingQueue[];
}

// Screens take only the parts of a team they use, so every shape below is cut from `Team`:
// a change to the domain type reaches them all.

/** A team named in a list or a picker (staff accounts, the audit filter). */
export type TeamRef = Pick<Team, 'id' | 'name'>;
/** A team whose calendar matters (sessions, the day's review): its clock, not its queues. */
export type ZonedTeam = Pick<Team, 'id' | 'name' | 'timezone'>;
/** A team with its queues (settings, the wall display). */
export type QueuedTeam = Pick<Team, 'id' | 'name' | 'queues'>;

/** A practitioner with a staff account in the team: someone a caller can be admitted to, or a host. */
interface TeamPractitioner {
  id: string;
  name: string;
}
/** The dashboard's team: queues to reassign to, practitioners to admit to, and its clock. */
export type DashboardTeam = QueuedTeam & Pick<Team, 'timezone'> & { practitioners: TeamPractitioner[] };
/** A team as booking and the session page see it: its clock and who can host. */
export type SessionTeam = ZonedTeam & { practitioners: TeamPractitioner[] };

/** A queue as administrators manage it: set up by hand or found in Coviu's calls, and archivable. */
interface ManagedQueue extends WaitingQueue {
  source: 'configured' | 'discovered';
  archived: boolean;
}
/** A team as `server/staff/teams.ts` returns it and the admin screen edits it. */
export interface ManagedTeam extends Team {
  queues: ManagedQueue[];
}
