'use client';
import { useQuery } from '@tanstack/react-query';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { formatClinicDateTime } from '@/lib/core/clinic-time';
import { queryKeys } from '@/lib/core/query-keys';
import type { NotificationView, SessionView } from '@/lib/sessions/view';

type Modes = Record<NotificationView['channel'], { sends: boolean; via: string }>;

const CHANNEL = { sms: 'SMS', email: 'email' } as const;
const CHANNEL_TITLE = { sms: 'SMS', email: 'Email' } as const;

/** "Sent by email · id …", "Failed: mailbox unavailable", "Recorded, not sent": words, not colour alone. */
function outcome(n: NotificationView): { text: string; className: string } {
  if (n.status === 'sent')
    return { text: `Sent by ${CHANNEL[n.channel]}${n.detail ? ` · id ${n.detail}` : ''}`, className: 'text-wait-ok' };
  if (n.status === 'failed')
    return { text: `Failed: ${n.detail ?? 'the provider refused it'}`, className: 'text-wait-critical' };
  return { text: 'Recorded, not sent', className: '' };
}

/** Says up front whether pressing Send will send, so "recorded" is never a surprise. */
function ModesNote({ modes }: { modes: Modes }) {
  const say = (channel: NotificationView['channel']) =>
    `${CHANNEL_TITLE[channel]}: ${modes[channel].sends ? `sent through the ${modes[channel].via}` : 'recorded, not sent (no provider set up)'}`;
  return <p className="mb-2 text-sm text-fg-muted">{`${say('sms')} · ${say('email')}`}</p>;
}

/** Every link sent for this session; with the built-in notifier, what would have been sent. */
export function SentLinks({ teamId, session, timezone }: { teamId: string; session: SessionView; timezone: string }) {
  const query = useQuery({
    queryKey: queryKeys.sessionPart(teamId, session.id, 'notifications'),
    queryFn: () =>
      fetchJson<{ notifications: NotificationView[]; modes: Modes }>(
        `/api/teams/${teamId}/sessions/${session.id}/notifications`,
      ),
  });
  const names = new Map(session.participants.map((p) => [p.id, p.displayName]));
  const rows = query.data?.notifications ?? [];
  return (
    <section aria-labelledby="links-sent">
      <h2 id="links-sent" className="mb-2 text-lg font-semibold">
        Links sent
      </h2>
      {query.data && <ModesNote modes={query.data.modes} />}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">No links sent yet.</p>
      ) : (
        <table className="w-full text-left text-sm" aria-label="Links sent">
          <TableHead columns={['When', 'To', 'By', 'Message', 'Outcome']} />
          <tbody>
            {rows.map((n) => (
              <tr key={n.id} className="border-b border-slate-100 align-top">
                <td className="p-2 whitespace-nowrap">{formatClinicDateTime(n.createdAt, timezone)}</td>
                <td className="p-2">
                  {names.get(n.participantId) ?? '—'} · {CHANNEL_TITLE[n.channel]} {n.recipient}
                </td>
                <td className="p-2">{n.sentByName ?? '—'}</td>
                <td className="p-2 text-xs">{n.body}</td>
                <td className={`p-2 break-all ${outcome(n).className}`} title={n.notifier}>
                  {outcome(n).text}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
