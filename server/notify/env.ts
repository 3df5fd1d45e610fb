import 'server-only';
import { z } from 'zod';

// Variables that choose how entry links leave Waitboard. Each channel is off (links are recorded,
// not sent) until its variables are set; a half-configured channel stops start-up with the names
// of what is missing, never with a value (a URL here may carry a password).

const unsetIfBlank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);
const text = unsetIfBlank(z.string().min(1).optional());

export const notifyEnvShape = {
  SMTP_URL: unsetIfBlank(
    z.url({ protocol: /^smtps?$/, error: 'give smtp://user:pass@host:587 or smtps://…:465' }).optional(),
  ),
  SMTP_HOST: text,
  SMTP_PORT: unsetIfBlank(z.coerce.number().int().min(1).max(65535).optional()),
  SMTP_SECURE: unsetIfBlank(
    z.enum(['true', 'false'], { error: 'give true (TLS from the start, port 465) or false' }).optional(),
  ),
  SMTP_USER: text,
  SMTP_PASS: text,
  MAIL_FROM: unsetIfBlank(
    z
      .string()
      .regex(/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/, 'give an address, e.g. Clinic <links@clinic.example>')
      .optional(),
  ),
  SMS_URL: unsetIfBlank(z.url({ protocol: /^https?$/, error: 'give the provider’s https:// messages URL' }).optional()),
  SMS_ACCOUNT: text,
  SMS_USER: text,
  SMS_TOKEN: text,
  SMS_FROM: text,
  // Numbers are kept as staff typed them ("0412 345 678"); providers want E.164 (+61412345678).
  SMS_COUNTRY_CODE: z
    .string()
    .regex(/^\d{1,3}$/, 'give the country calling code for local numbers, e.g. 61')
    .default('61'),
  NOTIFY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
};

type Shape = z.output<z.ZodObject<typeof notifyEnvShape>>;

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
  from: string;
}

export interface SmsSettings {
  url: string;
  user: string;
  token: string;
  from: string;
  /** Calling code put in place of a local number's leading 0. */
  countryCode: string;
}

export interface NotifySettings {
  email?: SmtpSettings;
  sms?: SmsSettings;
  timeoutMs: number;
}

const twilioUrl = (account: string) =>
  `https://api.twilio.com/2010-04-01/Accounts/${encodeURIComponent(account)}/Messages.json`;

/** What the variables ask for; `missing` names each variable a chosen channel still needs. */
function read(e: Shape): NotifySettings & { missing: string[] } {
  const missing: string[] = [];
  let email: SmtpSettings | undefined;
  if (e.SMTP_URL && e.SMTP_HOST) missing.push('SMTP_URL or SMTP_HOST (not both)');
  if (e.SMTP_URL || e.SMTP_HOST) {
    const url = e.SMTP_URL ? new URL(e.SMTP_URL) : null;
    const secure = url ? url.protocol === 'smtps:' : e.SMTP_SECURE === 'true';
    const user = url?.username ? decodeURIComponent(url.username) : e.SMTP_USER;
    const pass = url?.password ? decodeURIComponent(url.password) : e.SMTP_PASS;
    if (user && !pass) missing.push('SMTP_PASS (a user is set)');
    if (!e.MAIL_FROM) missing.push('MAIL_FROM');
    email = {
      host: url?.hostname ?? e.SMTP_HOST!,
      port: Number(url?.port || e.SMTP_PORT || (secure ? 465 : 587)),
      secure,
      user,
      pass,
      from: e.MAIL_FROM ?? '',
    };
  }
  let sms: SmsSettings | undefined;
  if (e.SMS_URL || e.SMS_ACCOUNT || e.SMS_USER || e.SMS_TOKEN || e.SMS_FROM) {
    const user = e.SMS_USER ?? e.SMS_ACCOUNT;
    if (!e.SMS_URL && !e.SMS_ACCOUNT) missing.push('SMS_URL (or SMS_ACCOUNT for Twilio)');
    if (!user) missing.push('SMS_USER (or SMS_ACCOUNT)');
    if (!e.SMS_TOKEN) missing.push('SMS_TOKEN');
    if (!e.SMS_FROM) missing.push('SMS_FROM');
    sms = {
      url: e.SMS_URL ?? twilioUrl(e.SMS_ACCOUNT ?? ''),
      user: user ?? '',
      token: e.SMS_TOKEN ?? '',
      from: e.SMS_FROM ?? '',
      countryCode: e.SMS_COUNTRY_CODE,
    };
  }
  return { email, sms, timeoutMs: e.NOTIFY_TIMEOUT_MS, missing };
}

/** For the env schema's superRefine: one issue naming what a chosen channel lacks. */
export function checkNotifyEnv(e: Shape, ctx: z.RefinementCtx): void {
  const { missing } = read(e);
  if (missing.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['notifiers'],
      message: `to send entry links, also set ${missing.join(', ')}; or unset the channel's variables to only record links`,
    });
}

export function notifySettings(e: Shape): NotifySettings {
  const { email, sms, timeoutMs } = read(e);
  return { email, sms, timeoutMs };
}
