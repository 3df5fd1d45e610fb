export type WebhookAuth =
  { type: 'bearer'; token: string } | { type: 'basic'; username: string; password: string } | null;

export interface Rules {
  /** When a participant may no longer be removed: Coviu's SDK docs say "finished" (API-NOTES §4 #6). */
  participantDeleteAfter: 'finished' | 'started';
  /** What the list `end_time` filter compares: the session's end (reference) or start (Java SDK). */
  endTimeFilter: 'end' | 'start';
  /** Soft capacity (API-NOTES §4 #9); null leaves it unenforced, as Coviu documents none. */
  maxParticipants: number | null;
  /** Which name the cancel webhook goes out under (API-NOTES §7 #5). */
  sessionCancelEvent: 'session:cancel' | 'session:delete';
}

export interface SandboxOptions {
  seed: number;
  clientId: string;
  clientSecret: string;
  tokenTtlSeconds: number;
  timeScale: number;
  /** Run the clinic simulation (arrivals, practitioners, hang-ups). Tests usually turn it off. */
  simulate: boolean;
  /** Multiplies every queue's arrival rate. */
  arrivalRate: number;
  webhookUrl: string | null;
  webhookAuth: WebhookAuth;
  rules: Rules;
  /** How long a finished call stays listed before Coviu cleans it up (sandbox ms). */
  cleanupAfterMs: number;
  /** Where generated entry links point. */
  publicUrl: string | null;
  /** The clock's first instant (epoch ms); unset starts at the real now. Pinned by tests that compare runs. */
  startAt?: number;
}

export const DEFAULT_RULES: Rules = {
  participantDeleteAfter: 'finished',
  endTimeFilter: 'end',
  maxParticipants: null,
  sessionCancelEvent: 'session:cancel',
};

export const DEFAULT_OPTIONS: SandboxOptions = {
  seed: 42,
  clientId: 'sandbox-client',
  clientSecret: 'sandbox-secret',
  tokenTtlSeconds: 3600,
  timeScale: 1,
  simulate: true,
  arrivalRate: 1,
  webhookUrl: null,
  webhookAuth: null,
  rules: DEFAULT_RULES,
  cleanupAfterMs: 30_000,
  publicUrl: null,
};

function parseWebhookAuth(value: string | undefined): WebhookAuth {
  if (!value) return null;
  const [kind, ...rest] = value.split(':');
  if (kind === 'bearer' && rest.length) return { type: 'bearer', token: rest.join(':') };
  if (kind === 'basic' && rest.length >= 2)
    return { type: 'basic', username: rest[0]!, password: rest.slice(1).join(':') };
  throw new Error('SANDBOX_WEBHOOK_AUTH must be "bearer:TOKEN" or "basic:USER:PASSWORD"');
}

function numberFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
  return n;
}

export function optionsFromEnv(env: NodeJS.ProcessEnv): SandboxOptions {
  return {
    ...DEFAULT_OPTIONS,
    seed: numberFrom(env.SANDBOX_SEED, DEFAULT_OPTIONS.seed, 'SANDBOX_SEED'),
    clientId: env.SANDBOX_CLIENT_ID || DEFAULT_OPTIONS.clientId,
    clientSecret: env.SANDBOX_CLIENT_SECRET || DEFAULT_OPTIONS.clientSecret,
    tokenTtlSeconds: numberFrom(
      env.SANDBOX_TOKEN_TTL_SECONDS,
      DEFAULT_OPTIONS.tokenTtlSeconds,
      'SANDBOX_TOKEN_TTL_SECONDS',
    ),
    timeScale: numberFrom(env.SANDBOX_TIME_SCALE, DEFAULT_OPTIONS.timeScale, 'SANDBOX_TIME_SCALE'),
    simulate: env.SANDBOX_SIMULATION !== 'off',
    arrivalRate: numberFrom(env.SANDBOX_ARRIVAL_RATE, DEFAULT_OPTIONS.arrivalRate, 'SANDBOX_ARRIVAL_RATE'),
    webhookUrl: env.SANDBOX_WEBHOOK_URL || null,
    webhookAuth: parseWebhookAuth(env.SANDBOX_WEBHOOK_AUTH),
    publicUrl: env.SANDBOX_PUBLIC_URL || null,
  };
}
