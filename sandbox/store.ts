/** The sandbox's in-memory world. Times are epoch ms on the sandbox clock. */

export interface SimQueue {
  id: string;
  name: string;
  /** Mean arrivals per hour at the busiest time of day. */
  arrivalsPerHour: number;
  practitioners: SimPractitioner[];
}

export interface SimPractitioner {
  id: string;
  name: string;
  /** The call they are answering or seeing; null when free. */
  callId: string | null;
}

export interface SimTeam {
  id: string;
  name: string;
  timezone: string;
  queues: SimQueue[];
  recordingsCollectionId: string;
  formsCollectionId: string;
}

export interface SimCall {
  callId: string;
  teamId: string;
  waitingQueueId: string;
  peerId: string;
  socketId: string;
  callType: 'video' | 'phone';
  details: string;
  joinedAt: number;
  lastActivityAt: number;
  answeredAt: number | null;
  startedAt: number | null;
  onHoldAt: number | null;
  leftQueueAt: number | null;
  transferredAt: number | null;
  finishedAt: number | null;
  emptiedAt: number | null;
  cleanedAt: number | null;
  transferredTo: string | null;
  transferredToTeam: string | null;
  previousCallId: string | null;
  /** Simulated callers are served by simulated practitioners; callers made by the control API are not. */
  managed: boolean;
}

export interface SimParticipant {
  participantId: string;
  sessionId: string;
  clientId: string;
  displayName: string;
  role: 'HOST' | 'GUEST' | 'PARTICIPANT';
  picture: string | null;
  state: string | null;
  phone: string | null;
  userHint: string | null;
  createdAt: number;
  deletedAt: number | null;
}

export interface SimSession {
  sessionId: string;
  teamId: string;
  clientId: string;
  name: string | null;
  picture: string | null;
  startTime: number;
  endTime: number;
  featureFlags: string[];
  createdAt: number;
  seq: number;
  canceledAt: number | null;
  participants: SimParticipant[];
  /** Bookkeeping for webhooks and recordings, so each is emitted once. */
  emitted: Set<string>;
  settled: boolean;
}

export interface SimFile {
  id: string;
  fixture: 'video' | 'audio';
  createdAt: number;
  metadata: Record<string, unknown>;
}

export interface SimSubmission {
  submissionId: string;
  collectionId: string;
  teamId: string;
  sessionId: string | null;
  submittingUserId: string;
  location: string;
  createdAt: number;
  lockedAt: number | null;
  files: SimFile[];
}

export interface SimCollection {
  id: string;
  collectionId: string;
  teamId: string;
  reference: string;
  name: string;
  readSetting: 'restricted' | 'exclusive' | 'team';
  deleteSetting: 'restricted' | 'exclusive' | 'team';
  createdAt: number;
}

export interface Store {
  teams: SimTeam[];
  calls: Map<string, SimCall>;
  sessions: Map<string, SimSession>;
  participants: Map<string, SimParticipant>;
  collections: SimCollection[];
  submissions: Map<string, SimSubmission>;
  sessionSeq: number;
}

export function emptyStore(): Store {
  return {
    teams: [],
    calls: new Map(),
    sessions: new Map(),
    participants: new Map(),
    collections: [],
    submissions: new Map(),
    sessionSeq: 0,
  };
}
