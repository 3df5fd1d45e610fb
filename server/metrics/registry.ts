import 'server-only';
import { hostname } from 'node:os';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { env } from '../env';

// Labels hold team ids (Coviu's UUIDs), endpoint families, status classes and error codes: never a
// caller's details, a URL with ids in it, or anything from Coviu's credentials.

/** Who is speaking, stable for the life of the process: INSTANCE_ID, else host:port:pid. */
export function instanceId(): string {
  const e = env();
  return e.INSTANCE_ID ?? `${hostname()}:${e.PORT}:${process.pid}`;
}

function build() {
  const registry = new Registry();
  registry.setDefaultLabels({ instance: instanceId() });
  collectDefaultMetrics({ register: registry, prefix: 'waitboard_' });
  const registers = [registry];
  return {
    registry,
    polls: new Counter({
      name: 'waitboard_polls_total',
      help: "Waiting-area polls of a team by this instance, by outcome: ok, or the poll's error code.",
      labelNames: ['team', 'outcome'] as const,
      registers,
    }),
    upstreamResponses: new Counter({
      name: 'waitboard_upstream_responses_total',
      help: 'Requests to Coviu (each attempt), by endpoint family and status class: 2xx to 5xx, or timeout and network when no answer came.',
      labelNames: ['endpoint', 'status'] as const,
      registers,
    }),
    upstreamSeconds: new Histogram({
      name: 'waitboard_upstream_request_duration_seconds',
      help: "Time from sending a request to Coviu to its answer's headers, by endpoint family.",
      labelNames: ['endpoint'] as const,
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    viewers: new Gauge({
      name: 'waitboard_stream_viewers',
      help: 'Live streams open on this instance, by stream (dashboard or display) and team.',
      labelNames: ['stream', 'team'] as const,
      registers,
    }),
    ownership: new Gauge({
      name: 'waitboard_poller_owned',
      help: '1 for each team whose poller runs in this instance: on PostgreSQL one instance of the cluster polls each team; on the embedded database, this one polls them all.',
      labelNames: ['team'] as const,
      registers,
    }),
    takeovers: new Counter({
      name: 'waitboard_poller_takeovers_total',
      help: "Times this instance took over a team's poller after another owner (or an earlier run) had it: the team's epoch rose past 1.",
      labelNames: ['team'] as const,
      registers,
    }),
    notifyLag: new Histogram({
      name: 'waitboard_notify_lag_seconds',
      help: "From a poller owner's publish (its NOTIFY) to its arrival at this instance. Empty on the embedded database, which has no NOTIFY between instances.",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof build>;

// Once per process: Next may load this module in more than one bundle (instrumentation, each
// route), and prom-client refuses a metric name registered twice.
const holder = globalThis as unknown as { waitboardMetrics?: Metrics };

export function metrics(): Metrics {
  holder.waitboardMetrics ??= build();
  return holder.waitboardMetrics;
}
