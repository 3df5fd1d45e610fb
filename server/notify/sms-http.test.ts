import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmsListener } from '@/test/helpers/sms-listener';
import type { OutgoingMessage } from '../sessions/notifier';
import { smsHttpNotifier, toE164 } from './sms-http';

const LINK = 'https://coviu.example/session/abc?token=x1y2-z3';
const message: OutgoingMessage = {
  channel: 'sms',
  to: '+61412345678',
  subject: 'Your video consultation with North Clinic',
  body: `Your video consultation with North Clinic is on Tue 2 Dec, 10:00. Join at that time here: ${LINK}`,
};
const fast = { timeoutMs: 2_000, retryDelayMs: 10, maxRetryAfterMs: 1_000 };

describe('SMS over HTTP, against a local Twilio-shaped listener', () => {
  let sms: Awaited<ReturnType<typeof startSmsListener>>;
  beforeAll(async () => {
    sms = await startSmsListener();
  });
  afterAll(() => sms.close());

  const notifier = (options = fast) =>
    smsHttpNotifier(
      { url: sms.url, user: 'AC123', token: 'secret-token', from: '+61400000000', countryCode: '61' },
      options,
    );
  const send = async (options = fast) => {
    const before = sms.received.length;
    const delivery = await notifier(options).send(message);
    return { delivery, requests: sms.received.slice(before) };
  };

  it('posts To, From and Body as a form with basic auth, and records the provider’s sid', async () => {
    const { delivery, requests } = await send();
    expect(delivery).toEqual({ status: 'sent', detail: expect.stringMatching(/^SM\d{32}$/), attempts: 1 });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toEqual({
      path: '/2010-04-01/Accounts/AC123/Messages.json',
      credentials: 'AC123:secret-token',
      contentType: expect.stringContaining('application/x-www-form-urlencoded'),
      form: { To: message.to, From: '+61400000000', Body: message.body },
    });
    expect(requests[0]!.form.Body).toContain(LINK);
  });

  it('tries once more after a 503, then records the sid', async () => {
    sms.reply({ status: 503, body: { message: 'Service unavailable' } });
    const { delivery, requests } = await send();
    expect(delivery).toMatchObject({ status: 'sent', attempts: 2 });
    expect(requests).toHaveLength(2);
  });

  it('fails after a second 5xx, saying it tried twice', async () => {
    sms.reply({ status: 500 }, { status: 502 });
    const { delivery, requests } = await send();
    expect(delivery).toEqual({
      status: 'failed',
      detail: 'the SMS provider had a server error (HTTP 502); tried twice',
      attempts: 2,
    });
    expect(requests).toHaveLength(2);
  });

  it('waits out a short Retry-After on 429, but reports a long one without retrying', async () => {
    sms.reply({ status: 429, headers: { 'retry-after': '0' } });
    expect((await send()).delivery).toMatchObject({ status: 'sent', attempts: 2 });

    sms.reply({ status: 429, headers: { 'retry-after': '60' } });
    const { delivery, requests } = await send();
    expect(delivery).toEqual({
      status: 'failed',
      detail: 'the SMS provider is limiting requests (asked to wait 60 s)',
      attempts: 1,
    });
    expect(requests).toHaveLength(1);
  });

  it('records a 4xx refusal once, in the provider’s words but without the number', async () => {
    sms.reply({
      status: 400,
      body: {
        code: 21211,
        message: `The 'To' number ${message.to} is not a valid phone number.`,
        more_info: 'https://www.twilio.com/docs/errors/21211',
        status: 400,
      },
    });
    const { delivery, requests } = await send();
    expect(requests).toHaveLength(1);
    expect(delivery).toEqual({
      status: 'failed',
      detail:
        "the SMS provider refused it (error 21211: The 'To' number [recipient] is not a valid phone number.) (HTTP 400)",
      attempts: 1,
    });
  });

  it('names the credentials on a 401, without retrying', async () => {
    sms.reply({ status: 401, body: { code: 20003, message: 'Authenticate' } });
    const { delivery, requests } = await send();
    expect(requests).toHaveLength(1);
    expect(delivery.detail).toBe('the SMS provider refused our credentials (check SMS_USER and SMS_TOKEN; HTTP 401)');
  });

  it('gives up on a provider that never answers after the timeout, without a second text', async () => {
    sms.reply('hang');
    const { delivery, requests } = await send({ ...fast, timeoutMs: 300 });
    expect(delivery).toEqual({ status: 'failed', detail: 'the SMS provider did not answer within 0.3 s', attempts: 1 });
    expect(requests).toHaveLength(1);
  });
});

describe('SMS over HTTP when nothing listens', () => {
  it('retries a refused connection once, then reports it', async () => {
    const gone = await startSmsListener();
    await gone.close();
    const notifier = smsHttpNotifier(
      { url: gone.url, user: 'AC1', token: 't', from: 'Clinic', countryCode: '61' },
      fast,
    );
    expect(await notifier.send(message)).toEqual({
      status: 'failed',
      detail: 'could not reach the SMS provider; tried twice',
      attempts: 2,
    });
  });
});

describe('phone numbers as providers want them', () => {
  it('turns a local number into E.164 with the configured calling code, and keeps international ones', () => {
    expect(toE164('0412 345 678', '61')).toBe('+61412345678');
    expect(toE164('(04) 1234-5678', '61')).toBe('+61412345678');
    expect(toE164('+64 21 123 4567', '61')).toBe('+64211234567');
    expect(toE164('0044 7700 900123', '61')).toBe('+447700900123');
  });
});
