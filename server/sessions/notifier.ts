import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { formatClinicDateTime } from '@/lib/core/clinic-time';
import { maskEmail, maskPhone, type NotificationView } from '@/lib/sessions/view';
import { audited, type AuditContext } from '../audit';
import type { Staff } from '../auth/session';
import { db } from '../db';
import { notifications, users } from '../db/schema';
import { HttpError } from '../errors';
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
}

/**
 * Sends an entry link. The built-in one records what would be sent; an SMS or email provider
 * implements this same interface (see README "Sending entry links") and is installed at start-up
 * with `installNotifier()` in `server/bootstrap.ts`.
 */
export interface Notifier {
  readonly name: string;
  send(message: OutgoingMessage): Promise<Delivery>;
}

export const recordingNotifier: Notifier = {
  name: 'built-in (records only)',
  async send() {
    return { status: 'recorded', detail: 'Recorded only: no SMS or email provider is configured.' };
  },
};

const globalForNotifier = globalThis as unknown as { waitboardNotifier?: Notifier };

export function notifier(): Notifier {
  return globalForNotifier.waitboardNotifier ?? recordingNotifier;
}

/** Makes `n` the process's notifier: called by `bootstrap()`, and by tests with a fake. */
export function installNotifier(n: Notifier | undefined): void {
  globalForNotifier.waitboardNotifier = n;
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
  const n = notifier();
  const delivery = await n.send({ channel, to, subject, body });
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
    sentByName,
    createdAt: n.createdAt.toISOString(),
  }));
}
