import type { Hono } from 'hono';
import { z } from 'zod';
import type { SandboxContext } from '../context';
import { faultConfig } from '../faults';
import { fail, iso, readJsonObject } from '../http';
import { ActionError, CALL_ACTIONS, type CallAction } from '../sim/call-actions';
import { callJson } from './waiting';

const newCall = z.object({
  teamId: z.string(),
  waitingQueueId: z.string(),
  details: z.union([z.string(), z.record(z.string(), z.unknown())]).default({}),
  joinedAt: z.string().optional(),
  callType: z.enum(['video', 'phone']).default('video'),
  /** Let the simulated practitioners serve this caller too (default: only the control API moves it). */
  managed: z.boolean().default(false),
});

const clockChange = z
  .object({
    advanceMs: z.number().min(0).optional(),
    advanceSeconds: z.number().min(0).optional(),
    timeScale: z.number().min(0).max(3600).optional(),
  })
  .strict();

const webhookConfig = z
  .object({
    url: z.url().nullable(),
    auth: z
      .union([
        z.object({ type: z.literal('bearer'), token: z.string().min(1) }),
        z.object({ type: z.literal('basic'), username: z.string().min(1), password: z.string() }),
      ])
      .nullable()
      .default(null),
  })
  .strict();

const rules = z
  .object({
    participantDeleteAfter: z.enum(['finished', 'started']),
    endTimeFilter: z.enum(['end', 'start']),
    maxParticipants: z.number().int().min(1).nullable(),
    sessionCancelEvent: z.enum(['session:cancel', 'session:delete']),
  })
  .partial()
  .strict();

function problem(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

function clockJson(ctx: SandboxContext) {
  const now = ctx.clock.now();
  return { now: iso(now), nowMs: now, timeScale: ctx.clock.timeScale };
}

/** Test and demo controls Coviu does not have. Everything here lives under /_sandbox and says so. */
export function controlRoutes(app: Hono, ctx: SandboxContext) {
  app.get('/_sandbox', (c) =>
    c.json({
      note: 'Sandbox-only control API. Coviu has none of these endpoints.',
      endpoints: [
        'GET /_sandbox/teams',
        'GET /_sandbox/calls?teamId=',
        'POST /_sandbox/calls',
        `POST /_sandbox/calls/{callId}/{${CALL_ACTIONS.join('|')}}`,
        'GET|POST /_sandbox/clock',
        'GET|PUT /_sandbox/faults',
        'POST /_sandbox/reset',
        'GET /_sandbox/stats',
        'POST /_sandbox/stats/reset',
        'GET|PUT /_sandbox/webhooks',
        'PUT /_sandbox/simulation',
        'GET|PUT /_sandbox/rules',
        'POST /_sandbox/sessions',
        'GET /_sandbox/sessions/{id}/timeline',
      ],
    }),
  );

  app.get('/_sandbox/teams', (c) =>
    c.json(
      ctx.store.teams.map((t) => ({
        teamId: t.id,
        name: t.name,
        timezone: t.timezone,
        waitingQueues: t.queues.map((q) => ({
          waitingQueueId: q.id,
          name: q.name,
          practitioners: q.practitioners.map((p) => p.name),
        })),
        collections: ctx.store.collections
          .filter((x) => x.teamId === t.id)
          .map((x) => ({ collectionId: x.collectionId, name: x.name })),
      })),
    ),
  );

  // The sandbox's own record of every call, including cleaned-up ones; report tests compare against it.
  app.get('/_sandbox/calls', (c) => {
    const teamId = c.req.query('teamId');
    return c.json([...ctx.store.calls.values()].filter((x) => !teamId || x.teamId === teamId).map(callJson));
  });

  app.post('/_sandbox/calls', async (c) => {
    const parsed = newCall.safeParse(await readJsonObject(c));
    if (!parsed.success) return fail(c, 400, problem(parsed.error));
    const input = parsed.data;
    const team = ctx.teamOf(input.teamId);
    if (!team) return fail(c, 404, 'No team with that id (see GET /_sandbox/teams).');
    if (!team.queues.some((q) => q.id === input.waitingQueueId))
      return fail(c, 404, 'No waiting queue with that id in this team.');
    const now = ctx.clock.now();
    const joinedAt = input.joinedAt === undefined ? now : Date.parse(input.joinedAt);
    if (Number.isNaN(joinedAt) || joinedAt > now)
      return fail(c, 400, 'joinedAt must be an ISO 8601 time, not in the future.');
    const call = ctx.calls.create({
      teamId: team.id,
      waitingQueueId: input.waitingQueueId,
      details: typeof input.details === 'string' ? input.details : JSON.stringify(input.details),
      joinedAt,
      managed: input.managed,
      callType: input.callType,
    });
    return c.json(callJson(call), 201);
  });

  app.post('/_sandbox/calls/:callId/:action', async (c) => {
    const action = c.req.param('action') as CallAction;
    if (!CALL_ACTIONS.includes(action)) return fail(c, 404, `Unknown action; use one of ${CALL_ACTIONS.join(', ')}.`);
    const call = ctx.store.calls.get(c.req.param('callId'));
    if (!call) return fail(c, 404, 'No call with that id.');
    const body = (await readJsonObject(c)) ?? {};
    // `at` backdates the action, to arrange history (a consult that began minutes ago), never
    // before the call's last change nor in the future, so its lifecycle stays in order.
    const now = ctx.clock.now();
    const at = typeof body.at === 'string' ? Date.parse(body.at) : now;
    if (Number.isNaN(at) || at > now || at < call.lastActivityAt)
      return fail(c, 400, "at must be an ISO 8601 time between the call's last change and now.");
    try {
      const result = ctx.calls.arrange(call, action, at, {
        teamId: typeof body.teamId === 'string' ? body.teamId : undefined,
        waitingQueueId: typeof body.waitingQueueId === 'string' ? body.waitingQueueId : undefined,
      });
      return c.json(callJson(result));
    } catch (error) {
      if (error instanceof ActionError) return fail(c, error.status, error.message);
      throw error;
    }
  });

  app.get('/_sandbox/clock', (c) => c.json(clockJson(ctx)));
  app.post('/_sandbox/clock', async (c) => {
    const parsed = clockChange.safeParse(await readJsonObject(c));
    if (!parsed.success) return fail(c, 400, problem(parsed.error));
    const { advanceMs = 0, advanceSeconds = 0, timeScale } = parsed.data;
    if (timeScale !== undefined) ctx.clock.setTimeScale(timeScale);
    ctx.clock.advance(advanceMs + advanceSeconds * 1000);
    ctx.sync();
    return c.json(clockJson(ctx));
  });

  app.get('/_sandbox/faults', (c) => c.json({ ...ctx.faults.config, injected: ctx.faults.injected }));
  app.put('/_sandbox/faults', async (c) => {
    const body = await readJsonObject(c);
    if (body?.revokeTokens === true) {
      ctx.tokens.revokeAll();
      delete body.revokeTokens;
    }
    const parsed = faultConfig.safeParse(body ?? {});
    if (!parsed.success) return fail(c, 400, problem(parsed.error));
    ctx.faults.set(parsed.data);
    return c.json(ctx.faults.config);
  });

  app.post('/_sandbox/reset', async (c) => {
    const body = (await readJsonObject(c)) ?? {};
    if (typeof body.simulate === 'boolean') ctx.options = { ...ctx.options, simulate: body.simulate };
    ctx.reset(typeof body.seed === 'number' ? body.seed : ctx.options.seed);
    return c.json({ ok: true, seed: ctx.options.seed, simulate: ctx.options.simulate, ...clockJson(ctx) });
  });

  app.get('/_sandbox/stats', (c) =>
    c.json({
      requests: ctx.stats.requests,
      statuses: ctx.stats.statuses,
      waitingPaths: ctx.stats.waitingPaths,
      tokensIssued: ctx.tokens.issued,
      faultsInjected: ctx.faults.injected,
      webhooks: {
        delivered: ctx.webhooks.delivered,
        failed: ctx.webhooks.failed,
        recent: ctx.webhooks.recent.slice(-50),
      },
    }),
  );
  // `?since=<epoch ms>&path=<prefix>`: the requests that arrived after `since` under that path.
  app.get('/_sandbox/requests', (c) => {
    const since = Number(c.req.query('since') ?? 0) || 0;
    const prefix = c.req.query('path') ?? '/';
    return c.json({
      now: Date.now(),
      requests: ctx.stats.log.filter((r) => r.at > since && r.path.startsWith(prefix)),
    });
  });
  app.post('/_sandbox/stats/reset', (c) => {
    ctx.stats.reset();
    return c.json({ ok: true });
  });

  app.get('/_sandbox/webhooks', (c) =>
    c.json({ url: ctx.webhooks.url, auth: ctx.webhooks.auth ? { type: ctx.webhooks.auth.type } : null }),
  );
  app.put('/_sandbox/webhooks', async (c) => {
    const parsed = webhookConfig.safeParse(await readJsonObject(c));
    if (!parsed.success) return fail(c, 400, problem(parsed.error));
    ctx.webhooks.url = parsed.data.url;
    ctx.webhooks.auth = parsed.data.auth;
    return c.json({ url: ctx.webhooks.url, auth: ctx.webhooks.auth ? { type: ctx.webhooks.auth.type } : null });
  });

  app.put('/_sandbox/simulation', async (c) => {
    const body = await readJsonObject(c);
    if (typeof body?.enabled !== 'boolean') return fail(c, 400, 'Send {"enabled": true|false}.');
    if (body.arrivalRate !== undefined) {
      if (typeof body.arrivalRate !== 'number' || body.arrivalRate < 0)
        return fail(c, 400, 'arrivalRate must be a number from 0.');
      ctx.options = { ...ctx.options, arrivalRate: body.arrivalRate };
    }
    ctx.setSimulation(body.enabled);
    return c.json({ enabled: ctx.options.simulate, arrivalRate: ctx.options.arrivalRate });
  });

  app.get('/_sandbox/rules', (c) => c.json(ctx.options.rules));
  app.put('/_sandbox/rules', async (c) => {
    const parsed = rules.safeParse(await readJsonObject(c));
    if (!parsed.success) return fail(c, 400, problem(parsed.error));
    ctx.options = { ...ctx.options, rules: { ...ctx.options.rules, ...parsed.data } };
    return c.json(ctx.options.rules);
  });
}
