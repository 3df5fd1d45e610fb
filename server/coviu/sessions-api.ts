import 'server-only';
import { z } from 'zod';
import type {
  NewParticipant,
  NewSession,
  Participant,
  ParticipantChanges,
  Session,
  SessionChanges,
  SessionPage,
  SessionSummary,
} from '@/lib/sessions/types';
import { toParticipant, toSession, toSessionSummary } from './reshape';
import type { Transport } from './transport';
import { ok } from './wire/common';
import { participant, session, sessionPage, sessionSummary } from './wire/sessions';

interface SessionListQuery {
  page?: number;
  pageSize?: number;
  startTime?: Date;
  endTime?: Date;
  order?: 'forward' | 'reverse';
  includeCanceled?: boolean;
  deletedParticipants?: boolean;
  state?: string;
}

const MAX_PAGE_SIZE = 200;
/** A guard against a server that always says `more: true`. */
const MAX_PAGES = 500;

function participantBody(p: NewParticipant) {
  return { display_name: p.displayName, role: p.role, picture: p.picture, state: p.state, phone: p.phone };
}

function listQuery(q: SessionListQuery) {
  return {
    page: q.page,
    page_size: q.pageSize,
    start_time: q.startTime?.toISOString(),
    end_time: q.endTime?.toISOString(),
    order: q.order,
    include_canceled: q.includeCanceled,
    deleted_participants: q.deletedParticipants,
    state: q.state,
  };
}

export function sessionsApi(t: Transport) {
  return {
    async list(query: SessionListQuery = {}, signal?: AbortSignal): Promise<SessionPage> {
      const page = await t.json(
        { operation: 'listSessions', method: 'GET', path: '/v1/sessions', query: listQuery(query), signal },
        sessionPage,
      );
      return { sessions: page.content.map(toSession), page: page.page, pageSize: page.page_size, more: page.more };
    },

    /** Walks `page` until `more` is false (API-NOTES §6). */
    async listAll(query: Omit<SessionListQuery, 'page'> = {}, signal?: AbortSignal): Promise<Session[]> {
      const all: Session[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await this.list({ pageSize: MAX_PAGE_SIZE, ...query, page }, signal);
        all.push(...result.sessions);
        if (!result.more) break;
      }
      return all;
    },

    async get(sessionId: string, opts: { deletedParticipants?: boolean } = {}, signal?: AbortSignal): Promise<Session> {
      const wire = await t.json(
        {
          operation: 'getSession',
          method: 'GET',
          path: '/v1/sessions/{session_id}',
          params: { session_id: sessionId },
          query: { deleted_participants: opts.deletedParticipants },
          signal,
        },
        session,
      );
      return toSession(wire);
    },

    /**
     * Never retried (no idempotency keys at Coviu). After a timeout or `upstream_unavailable`,
     * look the session up with `list({ startTime })` before creating it again.
     */
    async create(input: NewSession, signal?: AbortSignal): Promise<Session> {
      const wire = await t.json(
        {
          operation: 'createSession',
          method: 'POST',
          path: '/v1/sessions',
          body: {
            session_name: input.name,
            start_time: input.startTime.toISOString(),
            end_time: input.endTime.toISOString(),
            picture: input.picture,
            participants: input.participants?.map(participantBody),
            feature_flags: input.featureFlags,
          },
          signal,
        },
        session,
      );
      return toSession(wire);
    },

    async update(sessionId: string, changes: SessionChanges, signal?: AbortSignal): Promise<Session> {
      const wire = await t.json(
        {
          operation: 'updateSession',
          method: 'PUT',
          path: '/v1/sessions/{session_id}',
          params: { session_id: sessionId },
          body: {
            session_name: changes.name,
            start_time: changes.startTime?.toISOString(),
            end_time: changes.endTime?.toISOString(),
            picture: changes.picture,
          },
          signal,
        },
        session,
      );
      return toSession(wire);
    },

    async cancel(sessionId: string, signal?: AbortSignal): Promise<void> {
      await t.json(
        {
          operation: 'cancelSession',
          method: 'DELETE',
          path: '/v1/sessions/{session_id}',
          params: { session_id: sessionId },
          signal,
        },
        ok,
      );
    },

    async summary(sessionId: string, signal?: AbortSignal): Promise<SessionSummary> {
      const wire = await t.json(
        {
          operation: 'getSessionSummary',
          method: 'GET',
          path: '/v1/sessions/{session_id}/summary',
          params: { session_id: sessionId },
          signal,
        },
        sessionSummary,
      );
      return toSessionSummary(wire);
    },
  };
}

export function participantsApi(t: Transport) {
  return {
    async list(
      sessionId: string,
      opts: { deletedParticipants?: boolean } = {},
      signal?: AbortSignal,
    ): Promise<Participant[]> {
      const wire = await t.json(
        {
          operation: 'listParticipants',
          method: 'GET',
          path: '/v1/sessions/{session_id}/participants',
          params: { session_id: sessionId },
          query: { deleted_participants: opts.deletedParticipants },
          signal,
        },
        z.array(participant),
      );
      return wire.map(toParticipant);
    },

    /** Never retried; after a timeout, `list` the session's participants before adding again. */
    async add(sessionId: string, input: NewParticipant, signal?: AbortSignal): Promise<Participant> {
      const wire = await t.json(
        {
          operation: 'addParticipant',
          method: 'POST',
          path: '/v1/sessions/{session_id}/participants',
          params: { session_id: sessionId },
          body: participantBody(input),
          signal,
        },
        participant,
      );
      return toParticipant(wire);
    },

    async get(participantId: string, signal?: AbortSignal): Promise<Participant> {
      const wire = await t.json(
        {
          operation: 'getParticipant',
          method: 'GET',
          path: '/v1/participants/{participant_id}',
          params: { participant_id: participantId },
          signal,
        },
        participant,
      );
      return toParticipant(wire);
    },

    async update(participantId: string, changes: ParticipantChanges, signal?: AbortSignal): Promise<Participant> {
      const wire = await t.json(
        {
          operation: 'updateParticipant',
          method: 'PUT',
          path: '/v1/participants/{participant_id}',
          params: { participant_id: participantId },
          body: {
            display_name: changes.displayName,
            role: changes.role,
            picture: changes.picture,
            state: changes.state,
          },
          signal,
        },
        participant,
      );
      return toParticipant(wire);
    },

    async remove(participantId: string, signal?: AbortSignal): Promise<void> {
      await t.json(
        {
          operation: 'cancelParticipant',
          method: 'DELETE',
          path: '/v1/participants/{participant_id}',
          params: { participant_id: participantId },
          signal,
        },
        ok,
      );
    },
  };
}
