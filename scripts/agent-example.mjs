#!/usr/bin/env node
// `npm run agent-example`: the README's two worked examples of agent access, run by the official
// MCP SDK client (no language model) against the built app and the Coviu sandbox on free ports
// with a fresh data folder, printed as the transcript an assistant would see. Needs a build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { request } from 'playwright';
import { root, say } from './lib.mjs';
import { signIn, startStack } from './stack.mjs';

if (!existsSync(join(root, '.next', 'BUILD_ID'))) {
  say('No build of the app: run `npx next build --webpack` (or `npm run build`) first.');
  process.exit(1);
}

/** Long lists and strings cut short, so a transcript reads like one. */
function brief(value, depth = 0) {
  if (Array.isArray(value)) {
    const shown = value.slice(0, 2).map((v) => brief(v, depth + 1));
    return value.length > 2 ? [...shown, `… ${value.length - 2} more`] : shown;
  }
  if (value && typeof value === 'object') {
    if (depth > 3) return '{…}';
    // Empty fields say nothing a reader needs here, unless they are all there is (permissions: null is "allowed").
    const kept = Object.entries(value).filter(([, v]) => v !== null && v !== false);
    const shown = kept.length ? kept : Object.entries(value);
    return Object.fromEntries(shown.map(([k, v]) => [k, brief(v, depth + 1)]));
  }
  return typeof value === 'string' && value.length > 90 ? `${value.slice(0, 87)}…` : value;
}

/** Ids shortened for reading ("62c16611…"); the calls themselves send them whole. */
const readable = (text) => text.replace(/\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '$1…');

async function tokenFor(appUrl, email, body) {
  const context = await request.newContext();
  await signIn({ request: context }, appUrl, email);
  const response = await context.post(`${appUrl}/api/me/agent-tokens`, { data: body, headers: { origin: appUrl } });
  if (response.status() !== 201) throw new Error(`no token: ${response.status()} ${await response.text()}`);
  const { token } = await response.json();
  await context.dispose();
  return token;
}

async function session(appUrl, token) {
  const client = new Client({ name: 'waitboard-agent-example', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL('/api/mcp', appUrl), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    }),
  );
  return {
    client,
    async call(name, args = {}) {
      console.log(readable(`\n→ ${name} ${JSON.stringify(args)}`));
      const result = await client.callTool({ name, arguments: args });
      if (result.isError) console.log(`← error: ${result.content.map((c) => c.text).join(' ')}`);
      else console.log(readable(`← ${JSON.stringify(brief(result.structuredContent))}`));
      const links = result.content.filter((c) => c.type === 'resource_link');
      for (const link of links) console.log(`← link: ${link.name} ${link.uri}`);
      return result.structuredContent ?? {};
    },
  };
}

const stack = await startStack();
try {
  const [team] = await stack.control('GET', '/_sandbox/teams');
  const queue = team.waitingQueues[0].waitingQueueId;
  const minutesAgo = (m) => new Date(Date.now() - m * 60_000).toISOString();
  for (const [name, phone, m] of [
    ['Sarah Jenkins', '0412 345 678', 14],
    ['Tom Nguyen', '0413 222 111', 6],
    ['Aisha Khan', '0414 999 000', 2],
  ])
    await stack.control('POST', '/_sandbox/calls', {
      teamId: team.teamId,
      waitingQueueId: queue,
      details: { name, phone },
      joinedAt: minutesAgo(m),
    });
  await stack.control('POST', '/_sandbox/sessions', {
    name: 'Morning review (ran long)',
    startTime: minutesAgo(180),
    endTime: minutesAgo(150),
    participants: [
      { display_name: 'Dr Pat Practitioner', role: 'host' },
      { display_name: 'J. Guest', role: 'guest' },
    ],
  });

  console.log('# Triage and provisioning (a receptionist’s token: read, triage, sessions, sessions:cancel)');
  const reception = await session(
    stack.appUrl,
    await tokenFor(stack.appUrl, 'reception@example.com', {
      name: 'Front desk assistant',
      scopes: ['triage', 'sessions', 'sessions:cancel'],
    }),
  );
  const { clinics } = await reception.call('list_clinics');
  const clinic = clinics.find((c) => c.teamId === team.teamId);
  const { callers } = await reception.call('list_waiting_callers', { teamId: clinic.teamId });
  await reception.call('claim_caller', {
    teamId: clinic.teamId,
    callId: callers[0].callId,
    idempotencyKey: 'example-claim-1',
  });
  const host = clinic.practitioners.find((p) => p.availability === 'available') ?? clinic.practitioners[0];
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: clinic.timezone });
  const booked = await reception.call('book_session', {
    teamId: clinic.teamId,
    name: 'Follow-up consultation',
    when: { kind: 'scheduled', date: tomorrow, time: '10:00' },
    durationMinutes: 45,
    hostIds: [host.practitionerId],
    guests: [{ name: 'Sarah Jenkins', phone: '0412 345 678' }],
    idempotencyKey: 'example-book-1',
  });
  const guest = booked.session.participants.find((p) => p.role === 'GUEST');
  await reception.call('send_entry_link', {
    teamId: clinic.teamId,
    sessionId: booked.session.sessionId,
    participantId: guest.participantId,
    channel: 'sms',
    idempotencyKey: 'example-link-1',
  });
  console.log('\n## "Actually, cancel that follow-up." A destructive tool asks first.');
  const cancel = { teamId: clinic.teamId, sessionId: booked.session.sessionId };
  const asked = await reception.call('cancel_session', cancel);
  await reception.call('cancel_session', { ...cancel, confirmation: asked.confirmation });
  await reception.client.close();

  console.log('\n# End-of-day audit (a practice manager’s token: read, reports, sessions)');
  const manager = await session(
    stack.appUrl,
    await tokenFor(stack.appUrl, 'manager@example.com', {
      name: 'End-of-day assistant',
      scopes: ['reports', 'sessions'],
    }),
  );
  const today = new Date().toLocaleDateString('en-CA', { timeZone: clinic.timezone });
  const review = await manager.call('day_review', { teamId: clinic.teamId, date: today });
  const flagged = review.rows.filter((row) => row.overrunMinutes > 0 || row.missingSummary || row.noShow);
  for (const row of flagged.slice(0, 2)) {
    await manager.call('get_session_summary', { teamId: clinic.teamId, sessionId: row.sessionId });
    await manager.call('list_recordings', { teamId: clinic.teamId, sessionId: row.sessionId });
  }
  console.log('\n## "Add Dr Chen to that session so she can see it." Refused by the session rules, before Coviu.');
  await manager.call('add_participant', {
    teamId: clinic.teamId,
    sessionId: flagged[0]?.sessionId ?? review.rows[0].sessionId,
    participant: { role: 'GUEST', guest: { name: 'Dr Chen' } },
  });
  await manager.client.close();
} finally {
  stack.stop();
}
