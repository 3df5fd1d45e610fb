import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { formatClinicDateTime } from '@/lib/core/clinic-time';
import { maskEmail, maskPhone, type NotificationView } from '@/lib/sessions/view';
import { audited, type AuditContext } from '../audit';
import type { Staff } from '../auth/session';
import { db } from '../db';
import { notifications, users } from '../db/schema';
import { HttpError } from '../errors';
import { log } from '../log';
import { findTeam } from '../staff/teams';
import { loadTeamSession } from './load';

export interface OutgoingMessage {
  channel: 'sms' | 'email';
  /** A phone number or an email address, unmasked: only the notifier sees it. */
  to: string;
  subject: string;
  body: string;
}

export interface Delivery {
  status: 'recorded' | 'sent' | 'failed';
  /** Provider's message id or failure reason; never the recipient or the body. */
  detail?: string;
  /** How many tries it took (a transient failure is tried once more). */
  attempts?: number;
}

/**
 * Sends an entry link. The built-in one records what would be sent; the SMTP and SMS-over-HTTP
 * notifiers (server/notify/) send, chosen per channel by environment variables at start-up
 * (`installNotifier()` in `server/bootstrap.ts`).
 */
export interface Notifier {
  readonly name: string;
  /** True for the built-in one, which keeps links instead of sending them. */
  readonly recordsOnly?: boolean;
  send(message: OutgoingMessage): Promise<Delivery>;
}

export type ChannelNotifiers = Record<OutgoingMessage['channel'], Notifier>;

export const recordingNotifier: Notifier = {
  name: 'built-in (records only)',
  recordsOnly: true,
  async send({ channel }) {
    const missing = channel === 'sms' ? 'no SMS provider is set up' : 'no mail server is set up';
    return { status: 'recorded', detail: `Recorded only: ${missing}.` };
  },
};

const globalForNotifier = globalThis as unknown as { waitboardNotifiers?: ChannelNotifiers };

export function notifierFor(channel: OutgoingMessage['channel']): Notifier {
  return globalForNotifier.waitboardNotifiers?.[channel] ?? recordingNotifier;
}

/** Whether each channel really sends, for the page to say "sent" or "recorded, not sent" up front. */
export function deliveryModes(): Record<OutgoingMessage['channel'], { sends: boolean; via: string }> {
  const mode = (channel: OutgoingMessage['channel']) => {
    const n = notifierFor(channel);
    // Not `n !== recordingNotifier`: Next bundles this module more than once, so identity differs.
    return { sends: !n.recordsOnly, via: n.name };
  };
  return { sms: mode('sms'), email: mode('email') };
}

/** Installs the process's notifiers (one for both channels, or one each): by `bootstrap()`, and by tests. */
export function installNotifier(n: Notifier | ChannelNotifiers | undefined): void {
  globalForNotifier.waitboardNotifiers = n && 'send' in n ? { sms: n, email: n } : n;
}

/** Never throws: a notifier that does is a failed delivery, recorded like any other. */
async function deliver(n: Notifier, message: OutgoingMessage): Promise<Delivery> {
  const started = Date.now();
  let delivery: Delivery;
  try {
    delivery = await n.send(message);
  } catch (error) {
    delivery = { status: 'failed', detail: `the notifier stopped unexpectedly (${(error as Error).name})` };
  }
  // Ids, outcome and timing only: never the recipient or the message.
  const fields = { channel: message.channel, notifier: n.name, status: delivery.status, attempts: delivery.attempts };
  if (delivery.status === 'failed') log.warn('entry link not sent', { ...fields, reason: delivery.detail });
  else log.info(`entry link ${delivery.status}`, { ...fields, ms: Date.now() - started });
  return delivery;
}

export async function sendEntryLink(
  ctx: AuditContext,
  staff: Staff,
  teamId: string,
  sessionId: string,
  participantId: string,
  channel: 'sms' | 'email',
) {
  const loaded = await loadTeamSession(teamId, sessionId);
  const reason = loaded.view.permissions.sendLink;
  if (reason) throw new HttpError(409, 'not_allowed_now', reason);
  const participant = loaded.session.participants.find((p) => p.id === participantId && !p.deletedAt);
  if (!participant?.entryUrl)
    throw new HttpError(404, 'participant_not_found', 'This person is not (or no longer) in the session.');
  const contact = loaded.contacts.get(participantId);
  const to = channel === 'sms' ? contact?.phone : contact?.email;
  if (!to)
    throw new HttpError(
      400,
      'no_contact',
      channel === 'sms'
        ? 'There is no mobile number for this person. Add them again with one, or send by email.'
        : 'There is no email address for this person. Add them again with one, or send by SMS.',
    );
  const team = await findTeam(teamId);
  const when = formatClinicDateTime(loaded.session.startTime, team?.timezone ?? 'Australia/Sydney');
  const subject = `Your video consultation with ${team?.name ?? 'the clinic'}`;
  const body = `Your video consultation with ${team?.name ?? 'the clinic'} is on ${when}. Join at that time here: ${participant.entryUrl}`;
  const n = notifierFor(channel);
  const delivery = await deliver(n, { channel, to, subject, body });
  await audited(
    ctx,
    {
      action: 'session.link_send',
      resourceType: 'session',
      resourceId: sessionId,
      teamId,
      changes: { participantId, channel, status: delivery.status },
    },
    (tx) =>
      tx.insert(notifications).values({
        teamId,
        sessionId,
        participantId,
        channel,
        recipient: to,
        body,
        notifier: n.name,
        status: delivery.status,
        detail: delivery.detail ?? null,
        sentBy: staff.id,
      }),
  );
  if (delivery.status === 'failed')
    throw new HttpError(
      502,
      'send_failed',
      `The link could not be sent: ${delivery.detail ?? 'the provider refused it'}.`,
    );
  return delivery;
}

export async function notificationsFor(sessionId: string): Promise<NotificationView[]> {
  const rows = await (
    await db()
  )
    .select({ n: notifications, sentByName: users.name })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.sentBy))
    .where(eq(notifications.sessionId, sessionId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id));
  return rows.map(({ n, sentByName }) => ({
    id: n.id,
    participantId: n.participantId,
    channel: n.channel,
    recipient: n.channel === 'sms' ? maskPhone(n.recipient) : maskEmail(n.recipient),
    body: n.body,
    notifier: n.notifier,
    status: n.status,
    detail: n.detail,
    sentByName,
    createdAt: n.createdAt.toISOString(),
  }));
}
