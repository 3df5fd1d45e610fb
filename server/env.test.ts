import { describe, expect, it } from 'vitest';
import { parseEnv, publicUrl } from './env';

function problem(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration', () => {
  it('runs with nothing set, against the sandbox', () => {
    const e = parseEnv({});
    expect(e.POLL_ACTIVE_MS).toBe(5_000);
    expect(e.LOG_LEVEL).toBe('info');
    expect(e.NEXTAUTH_URL).toBeUndefined();
  });

  it('names a bad variable without echoing its value', () => {
    const message = problem({ POLL_ACTIVE_MS: 'abc-not-a-number' });
    expect(message).toMatch(/^Invalid configuration: POLL_ACTIVE_MS: /);
    expect(message).not.toContain('abc-not-a-number');
  });

  it('refuses a short metrics token without echoing it, and a strange instance name', () => {
    const message = problem({ METRICS_TOKEN: 'short-token', INSTANCE_ID: 'a b' });
    expect(message).toMatch(/METRICS_TOKEN: use at least 24 characters/);
    expect(message).toMatch(/INSTANCE_ID: /);
    expect(message).not.toContain('short-token');
    expect(parseEnv({ METRICS_TOKEN: 'x'.repeat(24), INSTANCE_ID: 'web-1:3000' })).toMatchObject({
      METRICS_TOKEN: 'x'.repeat(24),
      INSTANCE_ID: 'web-1:3000',
    });
  });

  it('refuses an unknown log level', () => {
    const message = problem({ LOG_LEVEL: 'verbose' });
    expect(message).toMatch(/^Invalid configuration: LOG_LEVEL: /);
    expect(message).not.toContain('verbose');
  });

  it('refuses a public address that is not a URL, without echoing it', () => {
    const message = problem({ NEXTAUTH_URL: 'waitboard.clinic.example' });
    expect(message).toMatch(/NEXTAUTH_URL: /);
    expect(message).not.toContain('waitboard.clinic.example');
  });

  it('names every bad variable at once', () => {
    const message = problem({ POLL_ACTIVE_MS: '100', BILLABLE_ROUNDING: 'sideways' });
    expect(message).toContain('POLL_ACTIVE_MS: ');
    expect(message).toContain('BILLABLE_ROUNDING: ');
  });

  it('refuses half a Coviu configuration, naming all three', () => {
    expect(problem({ COVIU_BASE_URL: 'https://api.coviu.com' })).toContain('COVIU_CLIENT_SECRET');
  });

  it('normalises Coviu team ids to lower case and refuses ones that are not ids, naming the variable', () => {
    const id = 'A2F1C3D4-1111-4222-8333-444455556666';
    expect(parseEnv({ COVIU_TEAM_IDS: ` ${id} ,` }).COVIU_TEAM_IDS).toEqual([id.toLowerCase()]);
    const message = problem({ COVIU_TEAM_IDS: 'harbourside-clinic' });
    expect(message).toMatch(/COVIU_TEAM_IDS: give Coviu team ids/);
    expect(message).not.toContain('harbourside-clinic');
  });

  it('builds links on the public address, not on the host Next listens on', () => {
    const e = parseEnv({ NEXTAUTH_URL: 'https://waitboard.clinic.example', PORT: '3210' });
    expect(publicUrl('/display/connect/abc', e)).toBe('https://waitboard.clinic.example/display/connect/abc');
    expect(publicUrl('/display/connect/abc', parseEnv({ PORT: '3210' }))).toBe(
      'http://localhost:3210/display/connect/abc',
    );
  });
});
