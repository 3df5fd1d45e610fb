// Hostile inputs for the API fuzz (e2e/zz-input-fuzz.spec.ts): what a careless client, a paste
// from anywhere or an attacker may send. Bounded and deterministic, so a failure repeats.

/** Stands for a number JSON.stringify cannot write (1e999 parses to Infinity). */
export const HUGE = '__fuzz_1e999__';
export const ONE_MB = 'x'.repeat(1024 * 1024);

/** Replacements for any one value of a valid body: wrong types, bad text, impossible dates. */
export const VALUES: unknown[] = [
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  1e308,
  HUGE,
  -1,
  0,
  1.5,
  true,
  null,
  [],
  {},
  '',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '9999-99-99',
  'x'.repeat(3000),
];

/** Bodies that are not what a JSON route expects at all. */
export const RAW_BODIES = ['{', '{"a":', 'null', '[]', '"text"', '1e308', '1e999', 'true', '\u0000', '{"a":1}{', ''];

/** Values for a path parameter, as they appear in the URL (already percent-encoded). */
export const PARAM_VALUES = [
  '%00',
  'a%00b',
  '%ED%A0%80', // a lone surrogate, as UTF-8 bytes
  '%C3%28', // not UTF-8 at all
  '%E2%80%AE',
  'x'.repeat(3000),
  '0000-01-01',
  '-1',
  '1e308',
  '%20',
  '..%2F..',
];

/** Values for every query parameter a GET route reads. */
export const QUERY_KEYS = [
  'from',
  'to',
  'date',
  'until',
  'queue',
  'section',
  'limit',
  'beforeId',
  'actorId',
  'action',
  'teamId',
  'lastEventId',
];
export const QUERY_VALUES = ['0000-01-01', '9999-12-31', '2026-02-30', '%00', '%ED%A0%80', '1e308', 'x'.repeat(3000)];

export interface Ids {
  teamId: string;
  queueId: string;
  callId: string;
  userId: string;
  practitionerId: string;
  tomorrow: string;
}

/** A valid body per `METHOD path`, so a mutation reaches past the first check to storage and Coviu. */
export function templates(ids: Ids, current: Record<string, unknown>): Record<string, unknown> {
  return {
    'POST /api/admin/teams': { id: 'fuzz-team-b', name: 'Fuzz clinic', timezone: 'Australia/Sydney' },
    'PATCH /api/admin/teams/[teamId]': { name: 'Fuzz clinic', timezone: 'UTC' },
    'POST /api/admin/teams/[teamId]/queues': { id: 'fuzz-queue-b', name: 'Fuzz queue' },
    'PATCH /api/admin/teams/[teamId]/queues/[queueId]': { name: 'Fuzz queue', archived: false },
    'POST /api/admin/users': {
      email: 'fuzz-b@example.com',
      name: 'Fuzz person',
      role: 'receptionist',
      teamIds: [ids.teamId],
      password: 'fuzz-password-123',
    },
    'PATCH /api/admin/users/[userId]': { name: 'Fuzz person', teamIds: [ids.teamId] },
    'PATCH /api/me/preferences': { privacyMode: false },
    'PUT /api/settings': current.global,
    'PUT /api/teams/[teamId]/settings': current.team,
    'PATCH /api/teams/[teamId]/settings': {
      answerTargetMinutes: (current.team as { answerTargetMinutes: number }).answerTargetMinutes,
    },
    'POST /api/teams/[teamId]/calls/[callId]/actions': { type: 'note', note: 'Fuzz note' },
    'POST /api/teams/[teamId]/display-tokens': { label: 'Fuzz TV', showNames: 'initials' },
    'POST /api/teams/[teamId]/sessions': {
      name: 'Fuzz session',
      when: { kind: 'scheduled', date: ids.tomorrow, time: '10:00' },
      durationMinutes: 15,
      hostIds: [ids.practitionerId],
      guests: [{ name: 'Fuzz guest', phone: '0412 345 678', email: 'guest@example.com' }],
      options: { singleUseLinks: false, hideMenu: false, exitUrl: 'https://example.com/' },
    },
    'PATCH /api/teams/[teamId]/sessions/[sessionId]': { date: ids.tomorrow, time: '11:00', durationMinutes: 20 },
    'POST /api/teams/[teamId]/sessions/[sessionId]/participants': { role: 'GUEST', guest: { name: 'Fuzz guest' } },
    'POST /api/teams/[teamId]/sessions/[sessionId]/participants/[participantId]/send-link': { channel: 'sms' },
    'POST /api/webhooks/coviu': {
      type: 'waitingarea:join',
      createdAt: 1_780_000_000,
      payload: { teamId: ids.teamId, callId: ids.callId, waitingQueueId: ids.queueId },
    },
  };
}

type Path = (string | number)[];

/** Every place in a JSON value, the value itself first. */
export function places(value: unknown, at: Path = []): Path[] {
  const inner =
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => places(v, [...at, Array.isArray(value) ? Number(k) : k]))
      : [];
  return [at, ...inner];
}

/** A copy of `value` with the thing at `path` replaced. */
export function replaced(value: unknown, path: Path, by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced(copy[head!], rest, by);
  return copy;
}

/** JSON text, with HUGE written as a literal JSON.stringify cannot produce. */
export function toJson(value: unknown): string {
  return JSON.stringify(value).replaceAll(`"${HUGE}"`, '1e999');
}

/** The bodies to send for one route and method: raw garbage, then each place of the template replaced. */
export function bodiesFor(template: unknown): string[] {
  const bodies = [...RAW_BODIES, toJson({ '\u0000': 1 }), toJson({ big: ONE_MB })];
  if (template === undefined) return bodies;
  bodies.push(toJson(template));
  const all = places(template);
  for (const path of all) for (const v of VALUES) bodies.push(toJson(replaced(template, path, v)));
  // One megabyte in a field: a body limit or a length check must meet it.
  if (all[1]) bodies.push(toJson(replaced(template, all[1], ONE_MB)));
  if (template && typeof template === 'object' && !Array.isArray(template))
    bodies.push(toJson({ ...template, ['k\u0000']: 'v', ['\ud800']: 1 }));
  return bodies;
}
