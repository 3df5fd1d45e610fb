'use client';
import type { DashboardTeam } from '@/lib/core/team';
import type { ConsoleFilters } from '@/lib/waiting/console-filters';

const SELECT = 'rounded border border-slate-300 px-2 py-1';

interface Props {
  teams: DashboardTeam[];
  filters: ConsoleFilters;
  onFilters: (changes: Partial<ConsoleFilters>) => void;
  search: string;
  onSearch: (text: string) => void;
  /** With names hidden the search matches initials, the only part of a name on screen. */
  privacy: boolean;
}

/** Name search (in this browser only) and the filters a person keeps: team, queue, who, level. */
export function FilterControls({ teams, filters, onFilters, search, onSearch, privacy }: Props) {
  const team = teams.find((t) => t.id === filters.teamId);
  return (
    <>
      <label className="text-sm">
        <span className="block font-medium">{privacy ? 'Search by initials' : 'Search by name'}</span>
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
      </label>
      <label className="text-sm">
        <span className="block font-medium">Team</span>
        <select value={filters.teamId} onChange={(e) => onFilters({ teamId: e.target.value })} className={SELECT}>
          <option value="">All my teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">Queue</span>
        <select value={filters.queueId} onChange={(e) => onFilters({ queueId: e.target.value })} className={SELECT}>
          <option value="">All queues</option>
          {(team ? [team] : teams)
            .flatMap((t) => t.queues)
            .map((q) => (
              <option key={q.id} value={q.id}>
                {q.name}
              </option>
            ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium" title="Me: claimed by me, or admitted or reassigned to me">
          Handled by
        </span>
        <select
          value={filters.claim}
          onChange={(e) => onFilters({ claim: e.target.value as ConsoleFilters['claim'] })}
          className={SELECT}
        >
          <option value="all">Anyone</option>
          <option value="unclaimed">No one (unclaimed)</option>
          <option value="mine">Me</option>
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">Wait level</span>
        <select
          value={filters.level}
          onChange={(e) => onFilters({ level: e.target.value as ConsoleFilters['level'] })}
          className={SELECT}
        >
          <option value="any">Any level</option>
          <option value="critical">Over limit</option>
          <option value="warn">Warning or over limit</option>
          <option value="ok">On time</option>
        </select>
      </label>
    </>
  );
}
