import { afterEach, describe, expect, it } from 'vitest';
import { captureLogs, log } from './log';

let restore: (() => void) | null = null;
afterEach(() => restore?.());

function capture(level: Parameters<typeof captureLogs>[0] = 'debug') {
  const c = captureLogs(level);
  restore = c.restore;
  return c.lines;
}

describe('log', () => {
  it('writes one JSON line per call with the level, time, message and fields', () => {
    const lines = capture();
    log.info('coviu retry', { op: 'waiting.calls', attempt: 2 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'coviu retry', op: 'waiting.calls', attempt: 2 });
    expect(JSON.parse(lines[0]!).t).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('drops lines below the captured level', () => {
    const lines = capture('warn');
    log.info('quiet');
    log.warn('loud');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['loud']);
  });

  it('keeps an error class name, which callers log under `name`', () => {
    const lines = capture();
    log.error('unhandled error in route', { route: '/api/x', name: 'TypeError' });
    expect(JSON.parse(lines[0]!).name).toBe('TypeError');
  });

  it('censors patient details and credentials even when a cast lets an object through', () => {
    const lines = capture();
    const smuggled = {
      details: '{"name":"Wilhelmina Quartermaine"}',
      token: 'access-1',
      call: { details: '0499 123 456', token: 'refresh-1', callId: 'c-1' },
    } as unknown as Record<string, string>;
    log.warn('oops', smuggled);
    const line = lines.join('\n');
    for (const forbidden of ['Wilhelmina', '0499 123 456', 'access-1', 'refresh-1'])
      expect(line).not.toContain(forbidden);
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.details).toBe('[redacted]');
    expect(parsed.call).toEqual({ details: '[redacted]', token: '[redacted]', callId: 'c-1' });
  });
});
