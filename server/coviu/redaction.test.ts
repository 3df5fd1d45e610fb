import { afterEach, describe, expect, it } from 'vitest';
import { fakeCoviu, json } from '@/test/helpers/fake-coviu';
import { captureLogs } from '../log';
import { createCoviuClient } from './client';

const SECRET = 'top-secret-client-secret';
const PATIENT = { name: 'Wilhelmina Quartermaine', phone: '0499 123 456', medicare: '2123 45670 1' };
const TEAM = '7d1c0a52-6a1f-4d1e-9a55-1b5f5c0f1a01';

let restore: (() => void) | null = null;
afterEach(() => restore?.());

describe('log and error redaction', () => {
  it('keeps the secret, tokens and patient details out of every log line and error', async () => {
    const capture = captureLogs('debug');
    restore = capture.restore;
    const call = {
      callId: 'c0ffee00-0000-4000-8000-000000000001',
      teamId: TEAM,
      peerId: 'p',
      callType: 'video',
      joinedAt: '2026-11-21T09:00:00Z',
      lastActivityAt: '2026-11-21T09:00:00Z',
      details: JSON.stringify(PATIENT),
    };
    const fake = fakeCoviu({
      responses: [
        json([call]),
        json([{ ...call, joinedAt: 'not a time' }]),
        json({ error: { message: `bad name ${PATIENT.name}` } }, 400),
        json({}, 500),
      ],
    });
    const coviu = createCoviuClient({
      baseUrl: 'http://coviu.test',
      clientId: 'id',
      clientSecret: SECRET,
      fetch: fake.fetch,
      sleep: async () => {},
      backoff: { maxAttempts: 1 },
    });
    const errors: unknown[] = [];
    await coviu.waiting.calls(TEAM);
    await coviu.waiting.calls(TEAM).catch((e: unknown) => errors.push(e));
    await coviu.participants
      .add('s-1', { displayName: PATIENT.name, role: 'GUEST', phone: PATIENT.phone })
      .catch((e: unknown) => errors.push(e));
    await coviu.sessions.get('s-1').catch((e: unknown) => errors.push(e));

    expect(errors).toHaveLength(3);
    expect(capture.lines.length).toBeGreaterThan(3);
    const visible = [
      ...capture.lines,
      ...errors.map((e) => `${String(e)} ${JSON.stringify(e)} ${(e as Error).stack ?? ''}`),
    ].join('\n');
    for (const forbidden of [SECRET, 'access-1', 'refresh-1', PATIENT.name, PATIENT.phone, PATIENT.medicare]) {
      expect(visible).not.toContain(forbidden);
    }
  });
});
