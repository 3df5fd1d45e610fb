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
function Outcome({ n }: { n: NotificationView }) {
  if (n.status === 'sent')
    return (
      <span className="text-wait-ok">
        Sent by {CHANNEL[n.channel]}
        {/* Provider ids are long unbroken strings: only they may break anywhere. */}
        {n.detail && <span className="break-all"> · id {n.detail}</span>}
      </span>
    );
  if (n.status === 'failed')
    return <span className="text-wait-critical">Failed: {n.detail ?? 'the provider refused it'}</span>;
  return <>Recorded, not sent</>;
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
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" aria-label="Links sent">
            {/* The message is the same template each time: on a phone the outcome matters more. */}
            <TableHead
              columns={[
                'When',
                'To',
                { label: 'By', className: 'hidden sm:table-cell' },
                { label: 'Message', className: 'hidden md:table-cell' },
                'Outcome',
              ]}
            />
            <tbody>
              {rows.map((n) => (
                <tr key={n.id} className="border-b border-slate-100 align-top">
                  <td className="p-2 sm:whitespace-nowrap">{formatClinicDateTime(n.createdAt, timezone)}</td>
                  <td className="p-2">
                    {names.get(n.participantId) ?? '—'} · {CHANNEL_TITLE[n.channel]} {n.recipient}
                  </td>
                  <td className="hidden p-2 sm:table-cell">{n.sentByName ?? '—'}</td>
                  <td className="hidden p-2 text-xs md:table-cell">{n.body}</td>
                  <td className="p-2" title={n.notifier}>
                    <Outcome n={n} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
