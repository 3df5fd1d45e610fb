export type ParticipantRole = 'HOST' | 'GUEST' | 'PARTICIPANT';

export interface Participant {
  id: string;
  sessionId: string | null;
  displayName: string | null;
  role: ParticipantRole;
  entryUrl: string | null;
  picture: string | null;
  /** Opaque to Coviu: a value for the integrator's own use (API-NOTES §3.2). */
  state: string | null;
  phone: string | null;
  coviuUserId: string | null;
  deletedAt: string | null;
}

export interface Session {
  id: string;
  name: string | null;
  teamId: string | null;
  startTime: string;
  endTime: string;
  /** Not in Coviu's schema but described in its prose (API-NOTES §2.1); null when absent. */
  actualStartTime: string | null;
  actualEndTime: string | null;
  canceledAt: string | null;
  picture: string | null;
  featureFlags: string[];
  participants: Participant[];
}

export interface SessionPage {
  sessions: Session[];
  page: number;
  pageSize: number;
  more: boolean;
}

export interface NewParticipant {
  displayName: string;
  role: ParticipantRole;
  picture?: string;
  state?: string;
  phone?: string;
}

export interface NewSession {
  name?: string;
  startTime: Date;
  endTime: Date;
  picture?: string;
  participants?: NewParticipant[];
  featureFlags?: string[];
}

export interface SessionChanges {
  name?: string;
  startTime?: Date;
  endTime?: Date;
  picture?: string;
}

export interface ParticipantChanges {
  displayName?: string;
  role?: ParticipantRole;
  picture?: string;
  state?: string;
}

export interface Bandwidth {
  minSent: number | null;
  maxSent: number | null;
  avgSent: number | null;
  minReceive: number | null;
  maxReceive: number | null;
  avgReceive: number | null;
}

export interface ParticipantAttendance {
  participantId: string;
  role: ParticipantRole;
  /** Earliest entry into the call itself; waiting-room time is not counted by Coviu. */
  entryTime: string | null;
  exitTime: string | null;
  leftReason: string | null;
  bandwidth: Bandwidth | null;
}

export interface SessionSummary {
  startTime: string;
  endTime: string;
  actualStartTime: string | null;
  actualEndTime: string | null;
  participants: ParticipantAttendance[];
}
