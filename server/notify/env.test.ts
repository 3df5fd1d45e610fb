import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { notifySettings } from './env';
import { scrub } from './retry';

const settings = (source: Record<string, string>) => notifySettings(parseEnv(source));

function problem(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('choosing how entry links are sent', () => {
  it('records only, on both channels, when nothing is set (or set blank)', () => {
    expect(settings({})).toEqual({ email: undefined, sms: undefined, timeoutMs: 10_000 });
    expect(settings({ SMTP_URL: '', SMS_URL: ' ' })).toMatchObject({ email: undefined, sms: undefined });
  });

  it('reads an SMTP relay from SMTP_URL, credentials decoded, implicit TLS for smtps', () => {
    expect(
      settings({ SMTP_URL: 'smtps://apikey:p%40ss@smtp.relay.example', MAIL_FROM: 'links@clinic.example' }).email,
    ).toEqual({
      host: 'smtp.relay.example',
      port: 465,
      secure: true,
      user: 'apikey',
      pass: 'p@ss',
      from: 'links@clinic.example',
    });
  });

  it('reads an SMTP relay from SMTP_HOST and friends, STARTTLS on 587 by default', () => {
    const env = {
      SMTP_HOST: 'mail.clinic.example',
      SMTP_USER: 'u',
      SMTP_PASS: 'p',
      MAIL_FROM: 'Clinic <links@clinic.example>',
    };
    expect(settings(env).email).toMatchObject({ host: 'mail.clinic.example', port: 587, secure: false, user: 'u' });
    expect(settings({ ...env, SMTP_PORT: '2525' }).email?.port).toBe(2525);
  });

  it('builds Twilio’s messages URL from SMS_ACCOUNT, or takes any provider’s SMS_URL', () => {
    expect(settings({ SMS_ACCOUNT: 'AC42', SMS_TOKEN: 'tok', SMS_FROM: '+61400000000' }).sms).toEqual({
      url: 'https://api.twilio.com/2010-04-01/Accounts/AC42/Messages.json',
      user: 'AC42',
      token: 'tok',
      from: '+61400000000',
      countryCode: '61',
    });
    const other = {
      SMS_URL: 'https://sms.example/api/Messages.json',
      SMS_USER: 'key',
      SMS_TOKEN: 'tok',
      SMS_FROM: 'Clinic',
    };
    expect(settings(other).sms).toMatchObject({ url: other.SMS_URL, user: 'key' });
  });

  it('refuses a half-configured channel, naming what is missing and echoing no value', () => {
    const sms = problem({ SMS_TOKEN: 'tok-secret-value' });
    expect(sms).toMatch(/also set SMS_URL \(or SMS_ACCOUNT for Twilio\), SMS_USER \(or SMS_ACCOUNT\), SMS_FROM/);
    expect(sms).not.toContain('tok-secret-value');
    const mail = problem({ SMTP_URL: 'smtp://user:hunter2-secret@mail.example' });
    expect(mail).toMatch(/MAIL_FROM/);
    expect(mail).not.toContain('hunter2');
    expect(problem({ SMTP_URL: 'http://mail.example', MAIL_FROM: 'a@b.example' })).toMatch(/SMTP_URL: give smtp:/);
    expect(problem({ NOTIFY_TIMEOUT_MS: '5' })).toMatch(/NOTIFY_TIMEOUT_MS/);
  });
});

describe('a provider’s words made safe to keep', () => {
  it('drops the recipient, addresses and phone numbers in any format, keeps error codes', () => {
    expect(scrub('Error 21211: +61 412 345 678 and (04) 1234-5678 invalid for pat@x.example', '0412345678')).toBe(
      'Error 21211: [number] and [number] invalid for [address]',
    );
  });
});
