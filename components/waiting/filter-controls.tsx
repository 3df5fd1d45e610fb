'use client';
import { type ReactNode, useId } from 'react';
import type { DashboardTeam } from '@/lib/core/team';
import type { ConsoleFilters } from '@/lib/waiting/console-filters';

const SELECT =
  'h-target-sm rounded-md border border-line-strong bg-surface px-2 text-body text-fg focus:border-focus focus:ring-2 focus:ring-focus/40 focus:outline-none';

/** A label above its control, tied by id (a label wrapping a select would be named by its options too). */
function Labelled({ label, title, children }: { label: string; title?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-label text-fg-muted" title={title}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

interface Props {
  teams: DashboardTeam[];
  filters: ConsoleFilters;
  onFilters: (changes: Partial<ConsoleFilters>) => void;
  search: string;
  onSearch: (text: string) => void;
  /** With names hidden the search matches initials, the only part of a name on screen. */
  privacy: boolean;
  /** On a phone the selects fold away behind the toolbar's Filters button, so callers come first. */
  folded?: boolean;
}

/** Name search (in this browser only) and the filters a person keeps: team, queue, who, level. */
export function FilterControls({ teams, filters, onFilters, search, onSearch, privacy, folded = false }: Props) {
  const team = teams.find((t) => t.id === filters.teamId);
  return (
    <>
      <div className="flex flex-col gap-0.5">
        <label htmlFor="caller-search" className="text-label text-fg-muted">
          {privacy ? 'Search by initials' : 'Search by name'}
        </label>
        {/* No form and no name: the text never leaves the page (not in a URL, a request or a log). */}
        <input
          id="caller-search"
          type="search"
          value={search}
          autoComplete="off"
          spellCheck={false}
          placeholder={privacy ? 'e.g. J S' : 'Name'}
          onChange={(e) => onSearch(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && search && (e.preventDefault(), onSearch(''))}
          className={`${SELECT} w-40`}
        />
      </div>
      <div id="console-filters" className={`contents ${folded ? 'max-sm:hidden' : ''}`}>
        <Labelled label="Team">
          {(id) => (
            <select
              id={id}
              value={filters.teamId}
              onChange={(e) => onFilters({ teamId: e.target.value })}
              className={SELECT}
            >
              <option value="">All my teams</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled label="Queue">
          {(id) => (
            <select
              id={id}
              value={filters.queueId}
              onChange={(e) => onFilters({ queueId: e.target.value })}
              className={SELECT}
            >
              <option value="">All queues</option>
              {/* Clinics often name their queues alike: with several on screen, each clinic's are grouped. */}
              {team || teams.length === 1
                ? ((team ?? teams[0])?.queues ?? []).map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.name}
                    </option>
                  ))
                : teams.map((t) => (
                    <optgroup key={t.id} label={t.name}>
                      {t.queues.map((q) => (
                        <option key={q.id} value={q.id}>
                          {q.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
            </select>
          )}
        </Labelled>
        <Labelled label="Handled by" title="Me: claimed by me, or admitted or reassigned to me">
          {(id) => (
            <select
              id={id}
              value={filters.claim}
              onChange={(e) => onFilters({ claim: e.target.value as ConsoleFilters['claim'] })}
              className={SELECT}
            >
              <option value="all">Anyone</option>
              <option value="unclaimed">No one (unclaimed)</option>
              <option value="mine">Me</option>
            </select>
          )}
        </Labelled>
        <Labelled label="Wait level">
          {(id) => (
            <select
              id={id}
              value={filters.level}
              onChange={(e) => onFilters({ level: e.target.value as ConsoleFilters['level'] })}
              className={SELECT}
            >
              <option value="any">Any level</option>
              <option value="critical">Over limit</option>
              <option value="warn">Warning or over limit</option>
              <option value="ok">On time</option>
            </select>
          )}
        </Labelled>
      </div>
    </>
  );
}
