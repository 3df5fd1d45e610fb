import 'server-only';
import nodemailer from 'nodemailer';
import type { Notifier, OutgoingMessage } from '../sessions/notifier';
import type { SmtpSettings } from './env';
import { type Attempt, withOneRetry } from './retry';

export interface SmtpOptions {
  timeoutMs: number;
  /** Wait before the one retry after a transient failure. */
  retryDelayMs?: number;
}

// Reasons in words a receptionist can act on. The server's own reply text is not kept: it often
// quotes the recipient's address ("550 5.1.1 <pat@…>: user unknown").
const REPLY: Record<number, string> = {
  421: 'the mail server is not taking mail right now',
  450: 'mailbox unavailable for now',
  451: 'the mail server had a local error',
  452: 'the mail server is out of storage',
  530: 'the mail server wants a login (set SMTP_USER and SMTP_PASS)',
  535: 'the mail server refused the login (check SMTP_USER and SMTP_PASS)',
  550: 'mailbox unavailable',
  551: 'mailbox not on this mail server',
  552: 'mailbox full',
  553: 'mailbox name not allowed',
  554: 'the mail server rejected the message',
};

interface SmtpError {
  code?: string;
  responseCode?: number;
}

function failure(error: SmtpError, timeoutMs: number, retryDelayMs: number): Attempt {
  const reply = error.responseCode;
  if (reply && reply >= 400) {
    const reason = `${REPLY[reply] ?? (reply < 500 ? 'the mail server deferred it' : 'the mail server refused it')} (SMTP ${reply})`;
    // RFC 5321: 4yz is transient, 5yz permanent.
    return { delivery: { status: 'failed', detail: reason }, retryAfterMs: reply < 500 ? retryDelayMs : undefined };
  }
  switch (error.code) {
    case 'ETIMEDOUT':
      // Not retried: the wait has already been as long as anyone should wait for a Send button,
      // and a server that went quiet mid-message may still deliver it.
      return {
        delivery: { status: 'failed', detail: `the mail server did not answer within ${timeoutMs / 1000} s` },
      };
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'EDNS':
      return { delivery: { status: 'failed', detail: 'could not reach the mail server' }, retryAfterMs: retryDelayMs };
    case 'EAUTH':
    case 'ENOAUTH':
      return {
        delivery: { status: 'failed', detail: 'the mail server refused the login (check SMTP_USER and SMTP_PASS)' },
      };
    case 'ETLS':
      return {
        delivery: {
          status: 'failed',
          detail: 'a secure connection to the mail server failed (check SMTP_SECURE and the port)',
        },
      };
    default:
      return {
        delivery: { status: 'failed', detail: `the mail server could not take it (${error.code ?? 'unknown error'})` },
      };
  }
}

/** Sends entry links by email through an SMTP relay (your mail server, or a service's SMTP endpoint). */
export function smtpNotifier(settings: SmtpSettings, options: SmtpOptions): Notifier {
  const { timeoutMs, retryDelayMs = 1_000 } = options;
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.pass ?? '' } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    // nodemailer's own logger would print envelopes (the recipient): keep it off.
    logger: false,
    debug: false,
  });
  const attempt = async (message: OutgoingMessage): Promise<Attempt> => {
    try {
      const info = await transport.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.body,
      });
      return { delivery: { status: 'sent', detail: info.messageId } };
    } catch (error) {
      return failure(error as SmtpError, timeoutMs, retryDelayMs);
    }
  };
  return {
    name: `SMTP relay at ${settings.host}`,
    send: (message) => withOneRetry(() => attempt(message)),
  };
}
