import 'server-only';
import { serverRequestedDelay } from '../coviu/backoff';
import type { Notifier, OutgoingMessage } from '../sessions/notifier';
import type { SmsSettings } from './env';
import { type Attempt, scrub, withOneRetry } from './retry';

export interface SmsHttpOptions {
  timeoutMs: number;
  /** Wait before the one retry after a network error or a 5xx, or a 429 without Retry-After. */
  retryDelayMs?: number;
  /** A 429 asking for a longer wait than this is reported, not waited out. */
  maxRetryAfterMs?: number;
}

type Json = Record<string, unknown>;

const asJson = (text: string): Json | null => {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
};

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

/** Twilio answers `sid`; providers in the same shape use `id`, `message_id` or `messageId`. */
const messageId = (json: Json | null) =>
  json ? (str(json.sid) ?? str(json.id) ?? str(json.message_id) ?? str(json.messageId)) : undefined;

/** Twilio's error body is `{ code, message, more_info, status }`; others put it in `error`. */
function refusal(json: Json | null, status: number, to: string): string {
  if (status === 401 || status === 403)
    return `the SMS provider refused our credentials (check SMS_USER and SMS_TOKEN; HTTP ${status})`;
  const error = json?.error && typeof json.error === 'object' ? (json.error as Json) : null;
  const code = str(json?.code) ?? str(error?.code);
  const words = str(json?.message) ?? str(error?.message) ?? (typeof json?.error === 'string' ? json.error : undefined);
  const said = [code && `error ${code}`, words && scrub(words, to)].filter(Boolean).join(': ');
  return `the SMS provider refused it${said ? ` (${said})` : ''} (HTTP ${status})`;
}

/** "0412 345 678" → "+61412345678"; "+61 412…" and "0061 412…" keep their own country code. */
export function toE164(phone: string, countryCode: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+${countryCode}${digits.slice(1)}`;
  return `+${digits}`;
}

const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

/**
 * Sends entry links by SMS with one form POST (`To`, `From`, `Body`, HTTP basic auth): Twilio's
 * Messages API, and the providers that copy it, at a configurable URL.
 */
export function smsHttpNotifier(settings: SmsSettings, options: SmsHttpOptions): Notifier {
  const { timeoutMs, retryDelayMs = 1_000, maxRetryAfterMs = 5_000 } = options;
  const authorization = `Basic ${Buffer.from(`${settings.user}:${settings.token}`).toString('base64')}`;
  const attempt = async (message: OutgoingMessage): Promise<Attempt> => {
    const to = toE164(message.to, settings.countryCode);
    let status: number;
    let headers: Headers;
    let text: string;
    try {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: { authorization, accept: 'application/json' },
        body: new URLSearchParams({ To: to, From: settings.from, Body: message.body }),
        // A redirect would resend the credentials somewhere else.
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      ({ status, headers } = response);
      text = await response.text();
    } catch (error) {
      // A timeout is not retried: the provider may have taken the message and be slow to say so,
      // and a second text of the same link is worse than a "Failed" the receptionist can check.
      if (isTimeout(error))
        return {
          delivery: { status: 'failed', detail: `the SMS provider did not answer within ${timeoutMs / 1000} s` },
        };
      return { delivery: { status: 'failed', detail: 'could not reach the SMS provider' }, retryAfterMs: retryDelayMs };
    }
    const json = asJson(text);
    if (status >= 200 && status < 300) return { delivery: { status: 'sent', detail: messageId(json) } };
    if (status === 429) {
      const asked = serverRequestedDelay(headers, Date.now());
      const wait = asked ?? retryDelayMs;
      const detail = `the SMS provider is limiting requests${asked === null ? '' : ` (asked to wait ${Math.ceil(asked / 1000)} s)`}`;
      return { delivery: { status: 'failed', detail }, retryAfterMs: wait <= maxRetryAfterMs ? wait : undefined };
    }
    if (status >= 500)
      return {
        delivery: { status: 'failed', detail: `the SMS provider had a server error (HTTP ${status})` },
        retryAfterMs: retryDelayMs,
      };
    return { delivery: { status: 'failed', detail: refusal(json, status, to) } };
  };
  return {
    name: `HTTP SMS API at ${new URL(settings.url).host}`,
    send: (message) => withOneRetry(() => attempt(message)),
  };
}
