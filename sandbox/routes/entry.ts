import type { Hono } from 'hono';
import type { SandboxContext } from '../context';

function page(title: string, text: string, status: number) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto"><h1>${title}</h1><p>${text}</p>
<p><small>Coviu sandbox: a stand-in for a Coviu video room.</small></p></body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Where entry links lead: open only inside the booked window (API-NOTES §4 #2), single use if flagged. */
export function entryRoutes(app: Hono, ctx: SandboxContext) {
  const used = new Set<string>();
  app.get('/session/:participantId', (c) => {
    const p = ctx.store.participants.get(c.req.param('participantId'));
    const s = p ? ctx.store.sessions.get(p.sessionId) : undefined;
    if (!p || !s || p.deletedAt !== null || s.canceledAt !== null) {
      return page('This link is not valid', 'The session was cancelled or you were removed from it.', 404);
    }
    const now = ctx.clock.now();
    if (now < s.startTime)
      return page('Not open yet', `This room opens at ${new Date(s.startTime).toISOString()}.`, 403);
    if (now > s.endTime) return page('This session has ended', 'The booked time for this room is over.', 410);
    if (s.featureFlags.includes('session;enforce-participant-uniqueness')) {
      if (used.has(p.participantId)) return page('Link already used', 'This entry link can only be used once.', 410);
      used.add(p.participantId);
    }
    const where = p.role === 'HOST' ? 'You are in the room.' : 'You are in the waiting room; the host will let you in.';
    return page(s.name ?? 'Video consultation', `${where} (${p.role.toLowerCase()})`, 200);
  });
}
