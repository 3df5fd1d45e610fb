/**
 * A webhook from Coviu, reshaped. Coviu sends ids only and delivers at most once
 * (API-NOTES §2.6), so an event is a hint to re-read, never the state itself.
 */
type CallEventType =
  | 'waitingarea:join'
  | 'waitingarea:answer'
  | 'waitingarea:leave'
  | 'waitingarea:end-call'
  | 'call:updated'
  | 'call:end'
  | 'call:transfer';

type ParticipantEventType = 'participant:join' | 'participant:leave' | 'participant:on-hold';

/** `session:delete` (schema) and `session:cancel` (example) both arrive as `session:cancel`. */
type SessionEventType = 'session:create' | 'session:update' | 'session:cancel';

export type CoviuEvent =
  | {
      kind: 'call';
      type: CallEventType;
      createdAt: string;
      teamId: string | null;
      callId: string | null;
      waitingQueueId: string | null;
      destinationTeamId: string | null;
      destinationWaitingQueueId: string | null;
    }
  | {
      kind: 'participant';
      type: ParticipantEventType;
      createdAt: string;
      teamId: string;
      participantId: string;
      sessionId: string | null;
      waitingQueueId: string | null;
    }
  | { kind: 'session'; type: SessionEventType; createdAt: string; teamId: string; sessionId: string }
  | {
      kind: 'collection';
      type: 'datacollectionitem:saved';
      createdAt: string;
      teamId: string;
      collectionId: string;
      submissionId: string;
      dataType: string;
    };
