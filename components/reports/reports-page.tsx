'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ClinicPicker } from '@/components/clinic/clinic-picker';
import { useClinicChoice } from '@/components/clinic/clinic-memory';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import { formatDuration } from '@/lib/core/duration';
import { addDays, clinicParts } from '@/lib/core/clinic-time';
import type { Team } from '@/lib/core/team';
import type { QueueReport } from '@/lib/reports/types';
import { HourlyChart } from './hourly-chart';
import { ReportSection } from './report-section';
import { WaitHeatmap } from './wait-heatmap';

const wait = (s: number | null) => (s === null ? '—' : formatDuration(s * 1000));

function lastWeek(timezone: string) {
  const today = clinicParts(Date.now(), timezone).date;
  return { from: addDays(today, -6), to: today };
}

export function ReportsPage({ teams }: { teams: Team[] }) {
  const [teamId, setTeamId] = useClinicChoice(teams);
  const team = teams.find((t) => t.id === teamId);
  const [queue, setQueue] = useState('');
  const [range, setRange] = useState(() => lastWeek(team?.timezone ?? 'UTC'));
  const params = new URLSearchParams({ from: range.from, to: range.to, ...(queue ? { queue } : {}) }).toString();
  const query = useQuery({
    queryKey: queryKeys.report(teamId, params),
    queryFn: () => fetchJson<QueueReport>(`/api/teams/${teamId}/reports?${params}`),
    enabled: Boolean(teamId),
  });
  const r = query.data;
  const csv = (section: string) => `/api/teams/${teamId}/reports/export?${params}&section=${section}`;
  const s = r?.summary;
  const tiles: [string, string][] = s
    ? [
        ['Arrivals', String(s.arrivals)],
        ['Answered', String(s.answered)],
        [
          'Abandoned',
          `${s.abandoned}${s.abandonedMedianWaitSeconds !== null ? ` (waited ${wait(s.abandonedMedianWaitSeconds)} median, ${wait(s.abandonedMaxWaitSeconds)} longest)` : ''}`,
        ],
        ['Median wait', wait(s.medianWaitSeconds)],
        ['90th percentile wait', wait(s.p90WaitSeconds)],
        ['Longest wait', wait(s.maxWaitSeconds)],
        [
          `Answered within ${r.targetMinutes} min`,
          s.withinTargetShare === null ? '—' : `${Math.round(s.withinTargetShare * 100)}%`,
        ],
        ['Transferred in / out', `${s.transferredIn} / ${s.transferredOut}`],
      ]
    : [];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <ClinicPicker
          teams={teams}
          value={teamId}
          onChange={(id) => {
            setTeamId(id);
            setQueue('');
          }}
        />
        <SelectField label="Queue" value={queue} onChange={(e) => setQueue(e.target.value)}>
          <option value="">All queues</option>
          {team?.queues.map((q) => (
            <option key={q.id} value={q.id}>
              {q.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="From"
          type="date"
          value={range.from}
          onChange={(e) => setRange((x) => ({ ...x, from: e.target.value }))}
        />
        <TextField
          label="To"
          type="date"
          value={range.to}
          onChange={(e) => setRange((x) => ({ ...x, to: e.target.value }))}
        />
      </div>
      {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
      {query.isPending && <p className="text-sm text-slate-600">Working out the report…</p>}
      {r && s && (
        <>
          <ReportSection title="Summary" section="summary" report={r} csvHref={csv('summary')}>
            <dl className="grid grid-cols-2 gap-2 text-sm md:grid-cols-4" data-testid="report-summary">
              {tiles.map(([label, value]) => (
                <div key={label} className="rounded border border-slate-200 p-2" data-measure={label}>
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="text-lg font-semibold">{value}</dd>
                </div>
              ))}
            </dl>
            <p className="text-xs text-slate-600">
              Each stay in a queue counts once (a transfer counts in both queues). Waits are to the answer; medians and
              p90 are exact to 5 s under 10 minutes. Times are {r.timezone}.
            </p>
          </ReportSection>
          <ReportSection title="Arrivals and answered by hour" section="hourly" report={r} csvHref={csv('hourly')}>
            <HourlyChart hours={r.hourly} />
          </ReportSection>
          <ReportSection title="Waits by weekday and hour" section="heatmap" report={r} csvHref={csv('heatmap')}>
            <WaitHeatmap cells={r.heatmap} targetMinutes={r.targetMinutes} />
          </ReportSection>
          <ReportSection
            title="Consults by practitioner"
            section="practitioners"
            report={r}
            csvHref={csv('practitioners')}
          >
            <table className="w-full text-left text-sm" aria-label="Consults by practitioner">
              <TableHead columns={['Practitioner', 'Consults', 'Median length', 'Total']} />
              <tbody>
                {r.practitioners.map((p) => (
                  <tr key={p.practitionerId ?? 'none'} className="border-b border-slate-100">
                    <td className="p-1.5">
                      {p.name ??
                        (p.practitionerId ? 'Former staff' : 'Answered in Coviu, not admitted through Waitboard')}
                    </td>
                    <td className="p-1.5">{p.consults}</td>
                    <td className="p-1.5">{wait(p.medianSeconds)}</td>
                    <td className="p-1.5">{Math.round(p.totalSeconds / 60)} min</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ReportSection>
        </>
      )}
    </div>
  );
}
