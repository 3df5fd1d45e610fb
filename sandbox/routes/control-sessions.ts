import type { Hono } from 'hono';
import { z } from 'zod';
import type { SandboxContext } from '../context';
import { fail, iso, readJsonObject } from '../http';
import { planTimeline } from '../sim/attendance';
import { insertSession } from '../sim/bookings';
import { parseParticipantInput, type ParticipantInput, sessionJson } from './session-json';

const arranged = z.object({
  name: z.string().nullable().default(null),
  startTime: z.iso.datetime({ offset: true }),
  endTime: z.iso.datetime({ offset: true }),
  participants: z.array(z.unknown()).min(1),
  featureFlags: z.array(z.string()).default([]),
});

/**
 * Control API for sessions: arrange one as if it had been booked a day before its start (so it may
 * lie in the past and already have happened), and read the attendance plan the sandbox follows,
 * which tests compare with what Waitboard shows.
 */
export function controlSessionRoutes(app: Hono, ctx: SandboxContext) {
  app.post('/_sandbox/sessions', async (c) => {
    const parsed = arranged.safeParse(await readJsonObject(c));
    if (!parsed.success)
      return fail(c, 400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const body = parsed.data;
    const start = Date.parse(body.startTime);
    const end = Date.parse(body.endTime);
    if (end <= start) return fail(c, 400, 'endTime must be after startTime');
    const inputs: ParticipantInput[] = [];
    for (const [i, raw] of body.participants.entries()) {
      const input = parseParticipantInput(raw, i);
      if (typeof input === 'string') return fail(c, 400, input);
      inputs.push(input);
    }
    const now = ctx.clock.now();
    const session = insertSession(
      ctx,
      { name: body.name, picture: null, startTime: start, endTime: end, featureFlags: body.featureFlags },
      inputs,
      Math.min(now, start - 86_400_000),
    );
    ctx.sync();
    return c.json(sessionJson(ctx, session, now, false), 201);
  });

  app.get('/_sandbox/sessions/:id/timeline', (c) => {
    const session = ctx.store.sessions.get(c.req.param('id'));
    if (!session) return fail(c, 404, 'No session with that id.');
    const t = planTimeline(session, ctx.options.seed);
    return c.json({
      actualStart: iso(t.actualStart),
      actualEnd: iso(t.actualEnd),
      attendance: t.attendance.map((a) => ({
        participantId: a.participantId,
        role: a.role,
        entry: iso(a.entry),
        exit: iso(a.exit),
        leftReason: a.leftReason,
      })),
    });
  });
}
