import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CoviuError } from '../coviu/errors';
import { countedPoll, endpointFamily, measuredFetch, viewerJoined } from './hooks';
import { metrics } from './registry';

const staff = vi.hoisted(() => ({ current: null as null | { role: string; mustChangePassword: boolean } }));
vi.mock('../auth/session', () => ({ currentStaff: async () => staff.current }));

const TOKEN = 'metrics-token-0123456789abcdef';
vi.stubEnv('METRICS_TOKEN', TOKEN);
vi.stubEnv('INSTANCE_ID', 'test-instance');
const { metricsResponse } = await import('./endpoint');

async function value(name: string, labels: Record<string, string>): Promise<number> {
  const metric = await metrics().registry.getSingleMetric(name)!.get();
  const match = metric.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return match?.value ?? 0;
}

const metricsRequest = (headers: Record<string, string> = {}) =>
  new Request('http://localhost:3000/metrics', { headers });

describe('metrics hooks', () => {
  it('counts Coviu answers by endpoint family and status class, never with the ids in the URL', async () => {
    const team = randomUUID();
    const answer = (status: number) => async () => new Response(null, { status });
    await measuredFetch(answer(503))(`http://coviu.test/v1/waiting/${team}/calls/c-1`);
    await measuredFetch(answer(200))(`http://coviu.test/v1/waiting/${team}`);
    expect(await value('waitboard_upstream_responses_total', { endpoint: 'waiting', status: '5xx' })).toBeGreaterThan(
      0,
    );
    const timeout = measuredFetch(() => Promise.reject(new DOMException('slow', 'TimeoutError')));
    const before = await value('waitboard_upstream_responses_total', { endpoint: 'sessions', status: 'timeout' });
    await expect(timeout('http://coviu.test/v1/sessions/s-1')).rejects.toThrow('slow');
    expect(await value('waitboard_upstream_responses_total', { endpoint: 'sessions', status: 'timeout' })).toBe(
      before + 1,
    );
    const text = await metrics().registry.metrics();
    expect(text).toContain(
      'waitboard_upstream_request_duration_seconds_bucket{le="0.025",instance="test-instance",endpoint="waiting"}',
    );
    expect(text).not.toContain(team);
    expect(endpointFamily('http://coviu.test/v1/auth/token')).toBe('auth');
    expect(endpointFamily('http://coviu.test/')).toBe('other');
  });

  it('counts polls per team by outcome', async () => {
    const team = randomUUID();
    await countedPoll(team, async () => 'callers');
    const failed = new CoviuError('rate_limited', { operation: 'listWaiting', status: 429 });
    await expect(countedPoll(team, () => Promise.reject(failed))).rejects.toBe(failed);
    await expect(countedPoll(team, () => Promise.reject(new Error('db')))).rejects.toThrow('db');
    expect(await value('waitboard_polls_total', { team, outcome: 'ok' })).toBe(1);
    expect(await value('waitboard_polls_total', { team, outcome: 'rate_limited' })).toBe(1);
    expect(await value('waitboard_polls_total', { team, outcome: 'internal' })).toBe(1);
  });

  it('counts open streams, and a stream that ends twice leaves once', async () => {
    const team = randomUUID();
    const leave = viewerJoined('display', team);
    viewerJoined('dashboard', team);
    expect(await value('waitboard_stream_viewers', { stream: 'display', team })).toBe(1);
    leave();
    leave();
    expect(await value('waitboard_stream_viewers', { stream: 'display', team })).toBe(0);
    expect(await value('waitboard_stream_viewers', { stream: 'dashboard', team })).toBe(1);
  });

  it('is registered once per process, with the instance on every series', () => {
    expect(metrics()).toBe(metrics());
    expect(metrics().registry.getMetricsAsArray().length).toBeGreaterThan(10);
  });
});

describe('/metrics access', () => {
  beforeEach(() => {
    staff.current = null;
  });

  it('answers a scraper holding the token with the metrics, uncached', async () => {
    const response = await metricsResponse(metricsRequest({ authorization: `Bearer ${TOKEN}` }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    for (const name of [
      'waitboard_poller_takeovers_total',
      'waitboard_poller_owned',
      'waitboard_process_cpu_seconds_total',
    ])
      expect(text).toContain(`# TYPE ${name}`);
    expect(text).toMatch(/# HELP waitboard_notify_lag_seconds .*publish \(its NOTIFY\) to its arrival/);
    expect(text).toContain('instance="test-instance"');
  });

  it('refuses a wrong token, no credentials and a non-administrator, with a message', async () => {
    await expect(metricsResponse(metricsRequest({ authorization: `Bearer ${TOKEN}x` }))).rejects.toMatchObject({
      status: 401,
      code: 'metrics_token_wrong',
    });
    await expect(metricsResponse(metricsRequest({ authorization: 'Basic abc' }))).rejects.toMatchObject({
      status: 401,
    });
    await expect(metricsResponse(metricsRequest())).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('METRICS_TOKEN'),
    });
    staff.current = { role: 'manager', mustChangePassword: false };
    await expect(metricsResponse(metricsRequest())).rejects.toMatchObject({ status: 403 });
    staff.current = { role: 'admin', mustChangePassword: false };
    expect((await metricsResponse(metricsRequest())).status).toBe(200);
  });
});
