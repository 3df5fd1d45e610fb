'use client';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { WaitingCall } from '@/lib/waiting/call';
import type { DashboardCaller } from '@/lib/waiting/types';
import { CallerExpectedWait } from './expected-wait';

/** The caller's full details (patient data). Opening it is recorded in the audit log. */
export function CallerDetails({ caller, onClose }: { caller: DashboardCaller | null; onClose: () => void }) {
  const details = useQuery({
    queryKey: queryKeys.callerDetails(caller?.callId),
    enabled: Boolean(caller),
    // Fetched each time it is opened: each view is a new audit entry, and nothing lingers in cache.
    gcTime: 0,
    staleTime: 0,
    queryFn: ({ signal }) =>
      fetchJson<{ call: WaitingCall }>(`/api/teams/${caller!.teamId}/calls/${caller!.callId}`, { signal }),
  });
  const p = details.data?.call.patient;
  const rows: [string, string | null | undefined][] = p
    ? [
        ['Name', p.name],
        ['Phone', p.phone],
        ['Medicare number', p.medicareNumber],
        ['Date of birth', p.dateOfBirth],
        ['Reason', p.reason],
        ...Object.entries(p.extra),
      ]
    : [];
  return (
    <Dialog open={caller !== null} title="Caller details" onClose={onClose}>
      {caller && <CallerExpectedWait caller={caller} />}
      {details.isLoading && <p role="status">Loading…</p>}
      {details.isError && <Notice tone="error">{details.error.message}</Notice>}
      {p && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="caller-details">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd>{value || '—'}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-3 text-xs text-slate-600">Opening these details is recorded in the audit log.</p>
    </Dialog>
  );
}
