'use client';
import { useQuery } from '@tanstack/react-query';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { formatClinicDateTime } from '@/lib/core/clinic-time';
import { queryKeys } from '@/lib/core/query-keys';
import type { NotificationView, SessionView } from '@/lib/sessions/view';

const STATUS: Record<NotificationView['status'], string> = {
  recorded: 'Recorded, not sent',
  sent: 'Sent',
  failed: 'Failed',
};

/** Every link sent for this session; with the built-in notifier, what would have been sent. */
export function SentLinks({ teamId, session, timezone }: { teamId: string; session: SessionView; timezone: string }) {
  const query = useQuery({
    queryKey: queryKeys.sessionPart(teamId, session.id, 'notifications'),
    queryFn: () =>
      fetchJson<{ notifications: NotificationView[] }>(
        `/api/teams/${teamId}/sessions/${session.id}/notifications`,
      ).then((r) => r.notifications),
  });
  const names = new Map(session.participants.map((p) => [p.id, p.displayName]));
  const rows = query.data ?? [];
  return (
    <section aria-labelledby="links-sent">
      <h2 id="links-sent" className="mb-2 text-lg font-semibold">
        Links sent
      </h2>
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
                  {names.get(n.participantId) ?? '—'} · {n.channel === 'sms' ? 'SMS' : 'Email'} {n.recipient}
                </td>
                <td className="p-2">{n.sentByName ?? '—'}</td>
                <td className="p-2 text-xs">{n.body}</td>
                <td className="p-2" title={n.notifier}>
                  {STATUS[n.status]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
