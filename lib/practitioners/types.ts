// A clinic's practitioner roster as screens see it (DESIGN "People and estimates").

export const AVAILABILITY_STATES = ['available', 'in_consult', 'away', 'off'] as const;
export type Availability = (typeof AVAILABILITY_STATES)[number];

/** Words for each state: colour is never the only signal. */
export const AVAILABILITY_LABEL: Record<Availability, string> = {
  available: 'Available',
  in_consult: 'In a consult',
  away: 'Away',
  off: 'Off',
};

/** What Waitboard knows a practitioner is doing now, whatever was set by hand. */
export interface DerivedConsult {
  kind: 'room' | 'admission' | 'session';
  /** Short words for it, initials only: "room with J. S.", "session until 10:30". */
  label: string;
}

export interface RosterPractitioner {
  id: string;
  name: string;
  /** How Coviu's queues and sessions name them, if it differs. */
  coviuName: string | null;
  /** The linked staff account, if any. */
  userId: string | null;
  userName: string | null;
  active: boolean;
  /** What counts now: derived "in a consult" wins over the state set by hand. */
  availability: Availability;
  /** The state set by hand, who set it and when. */
  manual: { state: Availability; setBy: string | null; setAt: string | null };
  derived: DerivedConsult | null;
}

/** What `GET /api/teams/{teamId}/practitioners` answers. */
export interface RosterResponse {
  teamId: string;
  teamName: string;
  practitioners: RosterPractitioner[];
}
