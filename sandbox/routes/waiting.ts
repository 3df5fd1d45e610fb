import type { Hono } from 'hono';
import type { SandboxContext } from '../context';
import { compact, fail, iso } from '../http';
import type { SimCall } from '../store';

/** Waiting-area calls are camelCase (API-NOTES §3.4); `details` is a JSON string. */
export function callJson(call: SimCall) {
  return compact({
    callId: call.callId,
    teamId: call.teamId,
    peerId: call.peerId,
    socketId: call.socketId,
    waitingQueueId: call.waitingQueueId,
    callType: call.callType,
    details: call.details,
    joinedAt: iso(call.joinedAt),
    lastActivityAt: iso(call.lastActivityAt),
    answeredAt: iso(call.answeredAt),
    startedAt: iso(call.startedAt),
    onHoldAt: iso(call.onHoldAt),
    leftQueueAt: iso(call.leftQueueAt),
    transferredAt: iso(call.transferredAt),
    finishedAt: iso(call.finishedAt),
    emptiedAt: iso(call.emptiedAt),
    cleanedAt: iso(call.cleanedAt),
    transferredTo: call.transferredTo,
    transferredToTeam: call.transferredToTeam,
    previousCallId: call.previousCallId,
  });
}

/**
 * The list holds callers waiting, being seen or on hold, and ended ones until Coviu cleans them up
 * (`cleanedAt`), which is how a poller sees how a call ended. That the list includes the latter is
 * INFERRED (API-NOTES §3.4 leaves it open).
 */
function listed(ctx: SandboxContext, teamId: string, queueId?: string) {
  return [...ctx.store.calls.values()]
    .filter((c) => c.teamId === teamId && c.cleanedAt === null && (!queueId || c.waitingQueueId === queueId))
    .sort((a, b) => a.joinedAt - b.joinedAt)
    .map(callJson);
}

export function waitingRoutes(app: Hono, ctx: SandboxContext) {
  app.get('/v1/waiting/:teamId', (c) => {
    const team = ctx.teamOf(c.req.param('teamId'));
    if (!team) return fail(c, 404, 'No team with that id.');
    return c.json(listed(ctx, team.id));
  });

  app.get('/v1/waiting/:teamId/queue/:waitingQueueId', (c) => {
    const team = ctx.teamOf(c.req.param('teamId'));
    if (!team) return fail(c, 404, 'No team with that id.');
    const queue = team.queues.find((q) => q.id === c.req.param('waitingQueueId'));
    if (!queue) return fail(c, 404, 'No waiting queue with that id in this team.');
    return c.json(listed(ctx, team.id, queue.id));
  });

  app.get('/v1/waiting/:teamId/calls/:callId', (c) => {
    const call = ctx.store.calls.get(c.req.param('callId'));
    if (!call || call.teamId !== c.req.param('teamId')) return fail(c, 404, 'No call with that id in this team.');
    return c.json(callJson(call));
  });
}
