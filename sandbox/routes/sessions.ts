import type { Context, Hono } from 'hono';
import type { SandboxContext } from '../context';
import { fail, flag, parseTime, readJsonObject } from '../http';
import { hasStarted, isFinished, planTimeline } from '../sim/attendance';
import { insertSession } from '../sim/bookings';
import type { SimSession } from '../store';
import { newParticipant, parseParticipantInput, type ParticipantInput, sessionJson, summaryJson } from './session-json';

const MAX_PAGE_SIZE = 200;

/**
 * Looks a session up for a by-id call. A cancelled one answers 401, as Coviu's live tests observed
 * ("you just can't see it any more", API-NOTES §2.1).
 */
export function findSession(ctx: SandboxContext, c: Context, id: string): SimSession | Response {
  const s = ctx.store.sessions.get(id);
  if (!s || s.teamId !== ctx.clientTeamId) return fail(c, 404, 'No session with that id.');
  if (s.canceledAt !== null) return fail(c, 401, 'This session was cancelled and is no longer visible.');
  return s;
}

export function finished(ctx: SandboxContext, s: SimSession, now: number): boolean {
  return isFinished(s, planTimeline(s, ctx.options.seed), now);
}

function listSessions(ctx: SandboxContext, c: Context) {
  const q = c.req.query();
  const page = q.page === undefined ? 0 : Number(q.page);
  if (!Number.isInteger(page) || page < 0) return fail(c, 400, 'page must be a whole number from 0');
  const requested = q.page_size === undefined ? MAX_PAGE_SIZE : Number(q.page_size);
  if (!Number.isInteger(requested) || requested < 1)
    return fail(c, 400, 'page_size must be a whole number from 1 to 200');
  const pageSize = Math.min(requested, MAX_PAGE_SIZE);
  const startFilter = q.start_time === undefined ? null : parseTime(q.start_time);
  const endFilter = q.end_time === undefined ? null : parseTime(q.end_time);
  if (q.start_time !== undefined && startFilter === null)
    return fail(c, 400, 'start_time must be an ISO 8601 date-time');
  if (q.end_time !== undefined && endFilter === null) return fail(c, 400, 'end_time must be an ISO 8601 date-time');
  if (q.order !== undefined && q.order !== 'forward' && q.order !== 'reverse')
    return fail(c, 400, 'order must be forward or reverse');

  const byEnd = ctx.options.rules.endTimeFilter === 'end';
  let sessions = [...ctx.store.sessions.values()].filter(
    (s) =>
      s.teamId === ctx.clientTeamId &&
      (flag(q.include_canceled) || s.canceledAt === null) &&
      (startFilter === null || s.startTime >= startFilter) &&
      (endFilter === null || (byEnd ? s.endTime : s.startTime) <= endFilter) &&
      (q.state === undefined || s.participants.some((p) => p.deletedAt === null && p.state === q.state)),
  );
  // Creation order unless filtered by time, then by start time (API-NOTES §2.1).
  const timeFiltered = startFilter !== null || endFilter !== null;
  sessions.sort((a, b) => (timeFiltered ? a.startTime - b.startTime || a.seq - b.seq : a.seq - b.seq));
  if (q.order === 'reverse') sessions.reverse();
  const total = sessions.length;
  sessions = sessions.slice(page * pageSize, (page + 1) * pageSize);
  const now = ctx.clock.now();
  return c.json({
    content: sessions.map((s) => sessionJson(ctx, s, now, flag(q.deleted_participants))),
    page,
    page_size: pageSize,
    more: (page + 1) * pageSize < total,
  });
}

async function createSession(ctx: SandboxContext, c: Context) {
  const body = await readJsonObject(c);
  if (!body) return fail(c, 400, 'The request body must be a JSON object.');
  const now = ctx.clock.now();
  const start = parseTime(body.start_time);
  const end = parseTime(body.end_time);
  if (start === null) return fail(c, 400, 'start_time is required and must be an ISO 8601 date-time');
  if (end === null) return fail(c, 400, 'end_time is required and must be an ISO 8601 date-time');
  if (start <= now) return fail(c, 400, 'start_time must be in the future');
  if (end <= start) return fail(c, 400, 'end_time must be after start_time');
  if (body.session_name !== undefined && typeof body.session_name !== 'string')
    return fail(c, 400, 'session_name must be a string');
  const flags = body.feature_flags ?? [];
  if (!Array.isArray(flags) || flags.some((f) => typeof f !== 'string'))
    return fail(c, 400, 'feature_flags must be a list of strings');
  const rawParticipants = body.participants ?? [];
  if (!Array.isArray(rawParticipants)) return fail(c, 400, 'participants must be a list');
  const inputs: ParticipantInput[] = [];
  for (const [i, raw] of rawParticipants.entries()) {
    const parsed = parseParticipantInput(raw, i);
    if (typeof parsed === 'string') return fail(c, 400, parsed);
    inputs.push(parsed);
  }
  const max = ctx.options.rules.maxParticipants;
  if (max !== null && inputs.length > max) return fail(c, 400, `A session may have at most ${max} participants.`);

  const session = insertSession(
    ctx,
    {
      name: (body.session_name as string | undefined) ?? null,
      picture: typeof body.picture === 'string' ? body.picture : null,
      startTime: start,
      endTime: end,
      featureFlags: flags as string[],
    },
    inputs,
    now,
  );
  ctx.webhooks.emit('session:create', { teamId: session.teamId, sessionId: session.sessionId }, now);
  return c.json(sessionJson(ctx, session, now, false));
}

async function updateSession(ctx: SandboxContext, c: Context) {
  const found = findSession(ctx, c, c.req.param('session_id')!);
  if (found instanceof Response) return found;
  const s = found;
  const body = await readJsonObject(c);
  if (!body) return fail(c, 400, 'The request body must be a JSON object.');
  const now = ctx.clock.now();
  if (finished(ctx, s, now)) return fail(c, 400, 'The session has finished and can no longer be changed.');
  const start = body.start_time === undefined ? s.startTime : parseTime(body.start_time);
  const end = body.end_time === undefined ? s.endTime : parseTime(body.end_time);
  if (start === null) return fail(c, 400, 'start_time must be an ISO 8601 date-time');
  if (end === null) return fail(c, 400, 'end_time must be an ISO 8601 date-time');
  if (start !== s.startTime) {
    if (hasStarted(s, now))
      return fail(c, 400, 'The session has already started, so its start time cannot be changed.');
    if (start <= now) return fail(c, 400, 'start_time must be in the future');
  }
  if (end <= start) return fail(c, 400, 'end_time must be after start_time');
  if (end !== s.endTime && end <= now) return fail(c, 400, 'end_time must be in the future');
  if (body.session_name !== undefined && typeof body.session_name !== 'string')
    return fail(c, 400, 'session_name must be a string');
  s.startTime = start;
  s.endTime = end;
  if (typeof body.session_name === 'string') s.name = body.session_name;
  if (typeof body.picture === 'string') s.picture = body.picture;
  ctx.webhooks.emit('session:update', { teamId: s.teamId, sessionId: s.sessionId }, now);
  return c.json(sessionJson(ctx, s, now, false));
}

export function sessionRoutes(app: Hono, ctx: SandboxContext) {
  app.get('/v1/sessions', (c) => listSessions(ctx, c));
  app.post('/v1/sessions', (c) => createSession(ctx, c));

  app.get('/v1/sessions/:session_id', (c) => {
    const s = findSession(ctx, c, c.req.param('session_id'));
    if (s instanceof Response) return s;
    return c.json(sessionJson(ctx, s, ctx.clock.now(), flag(c.req.query('deleted_participants'))));
  });

  app.put('/v1/sessions/:session_id', (c) => updateSession(ctx, c));

  app.delete('/v1/sessions/:session_id', (c) => {
    const s = findSession(ctx, c, c.req.param('session_id'));
    if (s instanceof Response) return s;
    const now = ctx.clock.now();
    if (finished(ctx, s, now)) return fail(c, 400, 'The session has finished and can no longer be cancelled.');
    if (hasStarted(s, now)) return fail(c, 400, 'The session has already started and can no longer be cancelled.');
    s.canceledAt = now;
    ctx.webhooks.emit(ctx.options.rules.sessionCancelEvent, { teamId: s.teamId, sessionId: s.sessionId }, now);
    return c.json({ ok: true });
  });

  app.get('/v1/sessions/:session_id/summary', (c) => {
    const s = findSession(ctx, c, c.req.param('session_id'));
    if (s instanceof Response) return s;
    return c.json(summaryJson(ctx, s, ctx.clock.now()));
  });

  app.get('/v1/sessions/:session_id/participants', (c) => {
    const s = findSession(ctx, c, c.req.param('session_id'));
    if (s instanceof Response) return s;
    return c.json(sessionJson(ctx, s, ctx.clock.now(), flag(c.req.query('deleted_participants'))).participants ?? []);
  });

  app.post('/v1/sessions/:session_id/participants', async (c) => {
    const s = findSession(ctx, c, c.req.param('session_id'));
    if (s instanceof Response) return s;
    const now = ctx.clock.now();
    if (finished(ctx, s, now)) return fail(c, 400, 'The session has finished, so participants can no longer be added.');
    const body = await readJsonObject(c);
    const input = parseParticipantInput(body);
    if (typeof input === 'string') return fail(c, 400, input);
    const max = ctx.options.rules.maxParticipants;
    const current = s.participants.filter((p) => p.deletedAt === null).length;
    if (max !== null && current >= max) return fail(c, 400, `A session may have at most ${max} participants.`);
    const participant = newParticipant(ctx, s.sessionId, input, now);
    s.participants.push(participant);
    return c.json(
      sessionJson(ctx, s, now, true).participants!.find((p) => p.participant_id === participant.participantId),
    );
  });
}
