import 'server-only';
import { z } from 'zod';
import { parseAddressList } from './net/addresses';
import { checkNotifyEnv, notifyEnvShape } from './notify/env';
import { roleMapSchema } from './auth/sso/role-mapping';

const port = z.coerce.number().int().min(1).max(65535);

const schema = z
  .object({
    PORT: port.default(3000),
    SANDBOX_PORT: port.default(4010),
    SANDBOX_CLIENT_ID: z.string().min(1).default('sandbox-client'),
    SANDBOX_CLIENT_SECRET: z.string().min(1).default('sandbox-secret'),
    COVIU_BASE_URL: z.url().optional(),
    COVIU_CLIENT_ID: z.string().min(1).optional(),
    COVIU_CLIENT_SECRET: z.string().min(1).optional(),
    // Coviu's team ids are UUIDs; ours are stored and matched lower-case, so they are normalised here.
    COVIU_TEAM_IDS: z
      .string()
      .optional()
      .transform((list, ctx) => {
        const ids = (list ?? '')
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean);
        if (ids.every((id) => z.uuid().safeParse(id).success)) return ids;
        ctx.addIssue({
          code: 'custom',
          message: "give Coviu team ids (UUIDs), comma-separated, as Coviu's API shows them",
        });
        return z.NEVER;
      }),
    COVIU_TIMEOUT_MS: z.coerce.number().int().positive().default(8_000),
    COVIU_RETRY_BUDGET_MS: z.coerce.number().int().positive().default(15_000),
    DATABASE_URL: z.string().min(1).optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    NEXTAUTH_SECRET: z.string().min(1).optional(),
    NEXTAUTH_URL: z.url().optional(),
    // Proxies whose X-Forwarded-For is believed; none by default, so a client's own header is ignored.
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((list, ctx) => {
        const entries = parseAddressList(list);
        if (entries) return entries;
        ctx.addIssue({ code: 'custom', message: 'give IP addresses or CIDR ranges, comma-separated, e.g. 10.0.0.0/8' });
        return z.NEVER;
      }),
    IDLE_TIMEOUT_MINUTES: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(15),
    SESSION_MAX_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 7)
      .default(12),
    // One organisation's issuer: Entra's shared ones (common, organizations, consumers) let any
    // tenant's accounts through, and a first sign-in links by email.
    OIDC_ISSUER: z
      .url()
      .refine((url) => !/\/(common|organizations|consumers)(\/|$)|\{tenantid\}/i.test(url), {
        message:
          'use your own tenant’s issuer, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0, not a shared one',
      })
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default('Single sign-on'),
    // How recent the person's sign-in at the provider must be: 0 (the default) asks for their
    // credentials every time (prompt=login), for shared reception computers; `none` leaves it to the provider.
    OIDC_MAX_AGE_MINUTES: z
      .union([
        z.literal('none'),
        z.coerce
          .number()
          .int()
          .min(0)
          .max(7 * 24 * 60),
      ])
      .default(0),
    // Accounts made at first single sign-on from a provider claim (roles, groups); off when unset.
    OIDC_ROLE_CLAIM: z.string().trim().min(1).optional(),
    OIDC_ROLE_MAP: roleMapSchema.optional(),
    POLL_ACTIVE_MS: z.coerce.number().int().min(500).default(5_000),
    POLL_IDLE_MS: z.coerce.number().int().min(1_000).default(30_000),
    COVIU_WEBHOOK_TOKEN: z.string().min(16).optional(),
    COVIU_WEBHOOK_USERNAME: z.string().min(1).optional(),
    COVIU_WEBHOOK_PASSWORD: z.string().min(16).optional(),
    ESCALATION_WEBHOOK_URL: z.url().optional(),
    ESCALATION_REPEAT_MINUTES: z.coerce.number().positive().default(10),
    ADMIT_JOIN_LIMIT_MINUTES: z.coerce.number().positive().default(3),
    BILLABLE_BASIS: z.enum(['overlap', 'host', 'call']).default('overlap'),
    BILLABLE_UNIT_MINUTES: z.coerce.number().int().min(1).max(60).default(1),
    BILLABLE_ROUNDING: z.enum(['up', 'nearest', 'down']).default('up'),
    // Tool calls each agent token may make per minute, shared by every instance (server/agents/principal.ts).
    AGENT_CALLS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
    // Extra Host names /api/mcp answers to besides NEXTAUTH_URL's and localhost's (comma-separated).
    MCP_ALLOWED_HOSTS: z.string().optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    // A scraper's `Authorization: Bearer …` for /metrics; long, as it opens the metrics to anyone holding it.
    METRICS_TOKEN: z.string().min(24, 'use at least 24 characters, e.g. `openssl rand -hex 24`').optional(),
    // This instance's name in /metrics; host:port:pid when unset.
    INSTANCE_ID: z
      .string()
      .regex(/^[\w.:-]{1,100}$/, 'use up to 100 letters, digits and . : _ -')
      .optional(),
    // SMTP_*, MAIL_FROM, SMS_* and NOTIFY_TIMEOUT_MS: how entry links are sent (server/notify/env.ts).
    ...notifyEnvShape,
  })
  .superRefine((env, ctx) => {
    const set = [env.COVIU_BASE_URL, env.COVIU_CLIENT_ID, env.COVIU_CLIENT_SECRET].filter(Boolean).length;
    if (set > 0 && set < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['COVIU_BASE_URL'],
        message: 'set all three of COVIU_BASE_URL, COVIU_CLIENT_ID and COVIU_CLIENT_SECRET, or none (sandbox)',
      });
    }
    if (Boolean(env.OIDC_ROLE_CLAIM) !== Boolean(env.OIDC_ROLE_MAP)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.OIDC_ROLE_CLAIM ? 'OIDC_ROLE_MAP' : 'OIDC_ROLE_CLAIM'],
        message: 'set both OIDC_ROLE_CLAIM and OIDC_ROLE_MAP, or neither (only accounts an administrator added)',
      });
    }
    checkNotifyEnv(env, ctx);
  });

export type Env = z.infer<typeof schema>;

export type Upstream =
  | { kind: 'sandbox'; baseUrl: string; clientId: string; clientSecret: string }
  | { kind: 'coviu'; baseUrl: string; clientId: string; clientSecret: string; teamIds: string[] };

/**
 * Checks a set of variables; a bad value throws a message naming the variable, never its value
 * (zod's messages describe the expected shape, not the input).
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return result.data;
}

let cached: Env | null = null;

/**
 * Validated once, on first use (instrumentation.ts calls it at start-up). The whole of process.env
 * is read at run time, so no bundler can replace a variable with its build-time value.
 */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * An absolute link to Waitboard at its public address (NEXTAUTH_URL; `npm start` sets it), for
 * links that are used elsewhere, such as a display link opened on a TV. Not the request's URL:
 * behind `next start` that is Next's own listening host (`localhost`), which on the TV is the TV.
 */
export function publicUrl(path: string, e: Env = env()): string {
  return new URL(path, e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).toString();
}

export function upstream(e: Env = env()): Upstream {
  if (e.COVIU_BASE_URL && e.COVIU_CLIENT_ID && e.COVIU_CLIENT_SECRET) {
    return {
      kind: 'coviu',
      baseUrl: e.COVIU_BASE_URL,
      clientId: e.COVIU_CLIENT_ID,
      clientSecret: e.COVIU_CLIENT_SECRET,
      teamIds: e.COVIU_TEAM_IDS,
    };
  }
  return {
    kind: 'sandbox',
    baseUrl: `http://127.0.0.1:${e.SANDBOX_PORT}`,
    clientId: e.SANDBOX_CLIENT_ID,
    clientSecret: e.SANDBOX_CLIENT_SECRET,
  };
}
