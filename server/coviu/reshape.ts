import 'server-only';
import type { Collection, Submission, SubmissionDetail } from '@/lib/sessions/collection';
import { cleanDeep } from '@/lib/core/text';
import { parsePatientDetails } from '@/lib/waiting/patient-details';
import type { Participant, Session, SessionSummary } from '@/lib/sessions/types';
import { deriveCallStatus, type WaitingCall } from '@/lib/waiting/call';
import type { WireCollection, WireSubmission, WireSubmissionDetail } from './wire/collections';
import type { WireBandwidth, WireParticipant, WireSession, WireSessionSummary } from './wire/sessions';
import type { WireCall } from './wire/waiting';

/** `details` is JSON inside a string: its own escapes (`\u0000`) pass the wire's cleaning, so clean once parsed. */
function cleanDetails(raw: WireCall['details']): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return cleanDeep(JSON.parse(raw));
  } catch {
    return raw;
  }
}

export function toParticipant(w: WireParticipant): Participant {
  return {
    id: w.participant_id,
    sessionId: w.session_id,
    displayName: w.display_name,
    role: w.role,
    entryUrl: w.entry_url,
    picture: w.picture,
    state: w.state,
    phone: w.phone,
    coviuUserId: w.coviu_user_id,
    deletedAt: w.deleted_at,
  };
}

export function toSession(w: WireSession): Session {
  return {
    id: w.session_id,
    name: w.session_name,
    teamId: w.team_id,
    startTime: w.start_time,
    endTime: w.end_time,
    actualStartTime: w.actual_start_time,
    actualEndTime: w.actual_end_time,
    canceledAt: w.canceled_time,
    picture: w.picture,
    featureFlags: w.feature_flags,
    participants: w.participants.map(toParticipant),
  };
}

function toBandwidth(w: WireBandwidth | null) {
  if (!w) return null;
  return {
    minSent: w.min_sent_bandwidth ?? null,
    maxSent: w.max_sent_bandwidth ?? null,
    avgSent: w.avg_sent_bandwidth ?? null,
    minReceive: w.min_receive_bandwidth ?? null,
    maxReceive: w.max_receive_bandwidth ?? null,
    avgReceive: w.avg_receive_bandwidth ?? null,
  };
}

export function toSessionSummary(w: WireSessionSummary): SessionSummary {
  return {
    startTime: w.start_time,
    endTime: w.end_time,
    actualStartTime: w.actual_start_time,
    actualEndTime: w.actual_end_time,
    participants: w.participants.map((p) => ({
      participantId: p.participant_id,
      role: p.role,
      entryTime: p.entry_time,
      exitTime: p.exit_time?.left_at ?? null,
      leftReason: p.exit_time?.left_reason ?? null,
      bandwidth: toBandwidth(p.bandwidth),
    })),
  };
}

export function toWaitingCall(w: WireCall): WaitingCall {
  const call = {
    id: w.callId,
    teamId: w.teamId,
    queueId: w.waitingQueueId,
    peerId: w.peerId,
    callType: w.callType,
    sessionId: w.sessionId,
    joinedAt: w.joinedAt,
    lastActivityAt: w.lastActivityAt,
    answeredAt: w.answeredAt,
    startedAt: w.startedAt,
    onHoldAt: w.onHoldAt,
    leftQueueAt: w.leftQueueAt,
    transferredAt: w.transferredAt,
    finishedAt: w.finishedAt,
    transferredTo: w.transferredTo,
    transferredToTeam: w.transferredToTeam,
    previousCallId: w.previousCallId,
    patient: parsePatientDetails(cleanDetails(w.details)),
  };
  return { ...call, status: deriveCallStatus(call) };
}

export function toCollection(w: WireCollection): Collection {
  return {
    id: w.id,
    collectionId: w.collection_id,
    teamId: w.team_id,
    reference: w.collection_reference,
    name: w.name,
    readSetting: w.read_setting,
    deleteSetting: w.delete_setting,
    createdAt: w.created_at,
    updatedAt: w.updated_at,
  };
}

export function toSubmission(w: WireSubmission): Submission {
  return {
    id: w.item_submission_id,
    collectionId: w.secure_collection_id,
    sessionId: w.session_id,
    submittingUserId: w.submitting_user_id,
    location: w.collection_location,
    createdAt: w.created_at,
    updatedAt: w.updated_at,
    lockedAt: w.locked_at,
    actionStatus: w.action_status,
  };
}

export function toSubmissionDetail(w: WireSubmissionDetail): SubmissionDetail {
  return {
    ...toSubmission(w),
    files: w.files.map((f) => ({
      id: f.id,
      size: f.size,
      metadata: f.metadata,
      createdAt: f.created_at,
      updatedAt: f.updated_at,
    })),
  };
}
