import { describe, expect, it } from 'vitest';
import { parseCoviuTime, role } from './common';
import { session } from './sessions';
import { parseWebhookBody } from './webhooks';

describe('parseCoviuTime', () => {
  it('reads ISO 8601 with an offset, RFC-1123 and epoch seconds as the same UTC instant', () => {
    const expected = '2016-06-18T12:37:59.000Z';
    expect(parseCoviuTime('2016-06-18T12:37:59.000Z')).toBe(expected);
    expect(parseCoviuTime('2016-06-18T22:37:59+10:00')).toBe(expected);
    expect(parseCoviuTime('Sat, 18 Jun 2016 12:37:59 GMT')).toBe(expected);
    expect(parseCoviuTime(1466253479)).toBe(expected);
  });

  it('rejects what is not a timestamp', () => {
    expect(parseCoviuTime('yesterday')).toBeNull();
    expect(parseCoviuTime('12/06/2016')).toBeNull();
    expect(parseCoviuTime(Number.NaN)).toBeNull();
    // Finite, but past what a Date holds: toISOString would throw (a 500 on the webhook route).
    expect(parseCoviuTime(1e308)).toBeNull();
    expect(parseCoviuTime(-1e308)).toBeNull();
  });
});

describe('wire schemas', () => {
  it('accepts any role casing and defaults to GUEST', () => {
    expect(role.parse('host')).toBe('HOST');
    expect(role.parse('Guest')).toBe('GUEST');
    expect(role.parse(undefined)).toBe('GUEST');
    expect(role.safeParse('owner').success).toBe(false);
  });

  it('ignores unknown fields and fills absent optional ones', () => {
    const parsed = session.parse({
      session_id: 's',
      start_time: 'Sat, 18 Jun 2016 12:37:59 GMT',
      end_time: '2016-06-18T13:37:59Z',
      participants: [{ participant_id: 'p', role: 'host', mystery: 1 }],
      something_new: true,
    });
    expect(parsed.participants[0]!.role).toBe('HOST');
    expect(parsed.feature_flags).toEqual([]);
    expect(parsed.actual_end_time).toBeNull();
    expect(parsed).not.toHaveProperty('something_new');
  });
});

describe('parseWebhookBody', () => {
  const payload = { teamId: 't', sessionId: 's' };

  it('treats session:delete and session:cancel as the same event', () => {
    for (const type of ['session:delete', 'session:cancel']) {
      const result = parseWebhookBody(JSON.stringify({ type, createdAt: 1722508800, payload }));
      expect(result).toEqual({
        ok: true,
        event: { kind: 'session', type: 'session:cancel', createdAt: '2024-08-01T10:40:00.000Z', ...payload },
      });
    }
  });

  it('reads call transfers with their destination', () => {
    const result = parseWebhookBody(
      JSON.stringify({
        type: 'call:transfer',
        createdAt: 1722508800,
        payload: {
          teamId: 't',
          callId: 'c',
          waitingQueueId: 'q1',
          destinationTeamId: 't',
          destinationWaitingQueueId: 'q2',
        },
      }),
    );
    expect(result.ok && result.event.kind === 'call' && result.event.destinationWaitingQueueId).toBe('q2');
  });

  it('explains a bad body without quoting it', () => {
    const notJson = parseWebhookBody('name=Jane+Citizen');
    expect(notJson).toEqual({ ok: false, reason: 'The webhook body is not valid JSON.' });
    const unknown = parseWebhookBody(
      JSON.stringify({ type: 'patient:secret', createdAt: 1, payload: { name: 'Jane Citizen' } }),
    );
    expect(unknown.ok).toBe(false);
    expect(JSON.stringify(unknown)).not.toContain('Jane');
  });
});

describe('Coviu text the database cannot store', () => {
  it('is cleaned in a webhook', () => {
    const body =
      '{"type":"session:create","createdAt":1466253479,"payload":{"teamId":"t\\u0000","sessionId":"s\\ud800"}}';
    expect(parseWebhookBody(body)).toMatchObject({ ok: true, event: { teamId: 't', sessionId: 's\ufffd' } });
  });
});
