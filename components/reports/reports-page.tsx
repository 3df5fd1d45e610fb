'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ClinicPicker } from '@/components/clinic/clinic-picker';
import { useClinicChoice } from '@/components/clinic/clinic-memory';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import { addDays, clinicParts } from '@/lib/core/clinic-time';
import type { Team } from '@/lib/core/team';
import type { QueueReport } from '@/lib/reports/types';
import { HeadlineFigures, SummaryDetails } from './headline-figures';
import { HourlyChart } from './hourly-chart';
import { PractitionerTable } from './practitioner-table';
import { ReportSection } from './report-section';
import { HoursNote, WaitHeatmap } from './wait-heatmap';

/** The last `days` clinic days, today included. */
function lastDays(timezone: string, days: number) {
  const today = clinicParts(Date.now(), timezone).date;
  return { from: addDays(today, 1 - days), to: today };
}

const PRESETS = [
  { label: 'Today', days: 1 },
  { label: 'Last 7 days', days: 7 },
  { label: 'Last 30 days', days: 30 },
];

export function ReportsPage({ teams }: { teams: Team[] }) {
  const [teamId, setTeamId] = useClinicChoice(teams);
  const team = teams.find((t) => t.id === teamId);
  const [queue, setQueue] = useState('');
  const [range, setRange] = useState(() => lastDays(team?.timezone ?? 'UTC', 7));
  const params = new URLSearchParams({ from: range.from, to: range.to, ...(queue ? { queue } : {}) }).toString();
  const query = useQuery({
    queryKey: queryKeys.report(teamId, params),
    queryFn: () => fetchJson<QueueReport>(`/api/teams/${teamId}/reports?${params}`),
    enabled: Boolean(teamId),
    // "Still waiting now" and today's figures move; a minute is fresh enough for a report.
    refetchInterval: 60_000,
  });
  const r = query.data;
  const csv = (section: string) => `/api/teams/${teamId}/reports/export?${params}&section=${section}`;
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
        <div role="group" aria-label="Quick ranges" className="flex gap-1">
          {PRESETS.map((p) => {
            const preset = lastDays(team?.timezone ?? 'UTC', p.days);
            const on = preset.from === range.from && preset.to === range.to;
            return (
              <Button
                key={p.label}
                variant={on ? 'primary' : 'secondary'}
                aria-pressed={on}
                onClick={() => setRange(preset)}
              >
                {p.label}
              </Button>
            );
          })}
        </div>
      </div>
      {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
      {query.isPending && <p className="text-body text-fg-muted">Working out the report…</p>}
      {r && (
        <>
          <ReportSection title="Summary" section="summary" report={r} csvHref={csv('summary')}>
            <HeadlineFigures report={r} />
            <SummaryDetails report={r} />
            <p className="text-body-sm text-fg-muted">
              {r.from === r.to ? r.from : `${r.from} to ${r.to}`}, {r.timezone} time. Each stay in a queue counts once
              (a transfer counts in both queues). Waits run from joining the queue to the answer; medians and the 90th
              percentile are exact to 5 seconds under 10 minutes. Abandoned callers count as missing the answer target.
            </p>
          </ReportSection>
          <ReportSection title="Arrivals and answered by hour" section="hourly" report={r} csvHref={csv('hourly')}>
            <HourlyChart hours={r.hourly} span={r.hours} timezone={r.timezone} />
            <HoursNote span={r.hours} timezone={r.timezone} />
          </ReportSection>
          <ReportSection title="Waits by weekday and hour" section="heatmap" report={r} csvHref={csv('heatmap')}>
            <WaitHeatmap cells={r.heatmap} span={r.hours} targetMinutes={r.targetMinutes} />
            <HoursNote span={r.hours} timezone={r.timezone} />
          </ReportSection>
          <ReportSection
            title="Consults by practitioner"
            section="practitioners"
            report={r}
            csvHref={csv('practitioners')}
          >
            <PractitionerTable report={r} />
          </ReportSection>
        </>
      )}
    </div>
  );
}
