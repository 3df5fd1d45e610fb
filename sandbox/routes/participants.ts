import type { Context, Hono } from 'hono';
import type { SandboxContext } from '../context';
import { fail, readJsonObject } from '../http';
import type { SimParticipant, SimSession } from '../store';
import { participantJson } from './session-json';
import { findSession, finished } from './sessions';

function findParticipant(ctx: SandboxContext, c: Context): { p: SimParticipant; s: SimSession } | Response {
  const p = ctx.store.participants.get(c.req.param('participant_id')!);
  if (!p) return fail(c, 404, 'No participant with that id.');
  const s = findSession(ctx, c, p.sessionId);
  if (s instanceof Response) return s;
  return { p, s };
}

const ROLES = ['HOST', 'GUEST', 'PARTICIPANT'];

export function participantRoutes(app: Hono, ctx: SandboxContext) {
  app.get('/v1/participants/:participant_id', (c) => {
    const found = findParticipant(ctx, c);
    if (found instanceof Response) return found;
    return c.json(participantJson(ctx, found.p));
  });

  app.put('/v1/participants/:participant_id', async (c) => {
    const found = findParticipant(ctx, c);
    if (found instanceof Response) return found;
    const { p } = found;
    if (p.deletedAt !== null) return fail(c, 400, 'This participant has been removed and can no longer be changed.');
    const body = await readJsonObject(c);
    if (!body) return fail(c, 400, 'The request body must be a JSON object.');
    if (body.role !== undefined && !ROLES.includes(String(body.role).toUpperCase())) {
      return fail(c, 400, 'role must be host, guest or participant');
    }
    for (const key of ['display_name', 'picture', 'state']) {
      if (body[key] !== undefined && typeof body[key] !== 'string') return fail(c, 400, `${key} must be a string`);
    }
    if (typeof body.display_name === 'string') p.displayName = body.display_name;
    if (typeof body.picture === 'string') p.picture = body.picture;
    if (typeof body.state === 'string') p.state = body.state;
    if (body.role !== undefined) p.role = String(body.role).toUpperCase() as SimParticipant['role'];
    return c.json(participantJson(ctx, p));
  });

  app.delete('/v1/participants/:participant_id', (c) => {
    const found = findParticipant(ctx, c);
    if (found instanceof Response) return found;
    const { p, s } = found;
    const now = ctx.clock.now();
    if (p.deletedAt !== null) return fail(c, 400, 'This participant has already been removed.');
    if (finished(ctx, s, now))
      return fail(c, 400, 'The session has finished, so participants can no longer be removed.');
    if (ctx.options.rules.participantDeleteAfter === 'started' && now >= s.startTime) {
      return fail(c, 400, 'The session has already started, so participants can no longer be removed.');
    }
    p.deletedAt = now;
    return c.json({ ok: true });
  });
}
