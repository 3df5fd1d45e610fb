'use client';
import { Download, X } from 'lucide-react';
import { ClinicPicker } from '@/components/clinic/clinic-picker';
import { Button } from '@/components/ui/button';
import { DayField } from '@/components/ui/date-field';
import { SearchPicker } from '@/components/ui/search-picker';
import type { TeamRef } from '@/lib/core/team';
import { actionsByArea } from '@/lib/audit/actions';
import { AgentFilter, type AgentFilterValues, type AgentTokenChoice } from './agent-filter';

export interface AuditFilterValues extends AgentFilterValues {
  actorId: string;
  action: string;
  teamId: string;
  from: string;
  until: string;
}

interface Props {
  users: { id: string; name: string; email: string }[];
  teams: TeamRef[];
  /** The agent tokens whose activity this person may see, to narrow "Agent activity only" to one. */
  agentTokens: AgentTokenChoice[];
  values: AuditFilterValues;
  onChange: (changes: Partial<AuditFilterValues>) => void;
  onClear: () => void;
  /** How many times the filters were cleared: the date fields start afresh each time. */
  clears: number;
  /** The export's address: the same filters as the list. */
  exportHref: string;
}

const ACTION_GROUPS = actionsByArea().map(({ area, actions }) => ({
  title: area,
  options: actions.map((a) => ({ id: a.id, label: a.label })),
}));

/** Who, what, which clinic and when; each applies as soon as it is chosen. */
export function AuditFilters({ users, teams, agentTokens, values, onChange, onClear, clears, exportHref }: Props) {
  const people = [{ options: users.map((u) => ({ id: u.id, label: u.name, detail: u.email })) }];
  const filtered = Boolean(values.actorId || values.action || values.from || values.until || values.agent);
  return (
    <div
      role="search"
      aria-label="Filter the audit log"
      className="grid grid-cols-2 gap-3 rounded-lg border border-line bg-surface p-3 lg:grid-cols-[repeat(3,minmax(0,1fr))_10rem_10rem]"
    >
      <SearchPicker
        className="max-sm:col-span-2"
        label="Person"
        anyLabel="Anyone"
        value={values.actorId}
        onChange={(actorId) => onChange({ actorId })}
        groups={people}
      />
      <SearchPicker
        className="max-sm:col-span-2"
        label="Action"
        anyLabel="Any action"
        value={values.action}
        onChange={(action) => onChange({ action })}
        groups={ACTION_GROUPS}
      />
      <ClinicPicker
        teams={teams}
        value={values.teamId}
        onChange={(teamId) => onChange({ teamId })}
        allLabel="All my clinics"
        className="max-sm:col-span-2"
      />
      {/* Remounted by "Clear": they keep what is typed themselves (see DayField). */}
      <DayField key={`from-${clears}`} label="From" onChange={(from) => onChange({ from })} />
      <DayField key={`until-${clears}`} label="Until" onChange={(until) => onChange({ until })} />
      {/* Beside "Until" from 640 px (where that row has room), under the five fields from 1024 px. */}
      <AgentFilter
        className="col-span-2 sm:col-span-1 lg:col-span-2"
        agentTokens={agentTokens}
        values={values}
        onChange={onChange}
      />
      <div className="col-span-2 flex flex-wrap items-end justify-end gap-2 lg:col-span-3">
        {filtered && (
          <Button variant="quiet" size="sm" onClick={onClear}>
            <X aria-hidden="true" size={14} />
            Clear all but the clinic
          </Button>
        )}
        <a
          href={exportHref}
          className="inline-flex h-target-sm items-center gap-1.5 rounded-md border border-line-strong bg-surface px-2.5 text-body-sm font-medium hover:bg-surface-3 focus-visible:ring-2 focus-visible:ring-focus"
        >
          <Download aria-hidden="true" size={14} />
          Export CSV
        </a>
      </div>
    </div>
  );
}
