'use client';
import { Button } from '@/components/ui/button';
import type { DashboardTeam } from '@/lib/core/team';

interface Props {
  teams: DashboardTeam[];
  teamFilter: string;
  onTeamFilter: (teamId: string) => void;
  queueFilter: string;
  onQueueFilter: (queueId: string) => void;
  /** Null hides the choice (only practitioners have callers admitted to them). */
  onlyMine: boolean | null;
  onOnlyMine: (only: boolean) => void;
  privacy: boolean;
  onTogglePrivacy: () => void;
  onMarkAllSeen: () => void;
  onHelp: () => void;
}

/** The dashboard's filters (team, queue, only mine) and its view choices, above the table. */
export function DashboardToolbar(p: Props) {
  const filterTeam = p.teams.find((t) => t.id === p.teamFilter);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="block font-medium">Team</span>
        <select
          value={p.teamFilter}
          onChange={(e) => p.onTeamFilter(e.target.value)}
          className="rounded border border-slate-300 px-2 py-1"
        >
          <option value="">All my teams</option>
          {p.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">Queue</span>
        <select
          value={p.queueFilter}
          onChange={(e) => p.onQueueFilter(e.target.value)}
          className="rounded border border-slate-300 px-2 py-1"
        >
          <option value="">All queues</option>
          {(filterTeam ? [filterTeam] : p.teams)
            .flatMap((t) => t.queues)
            .map((q) => (
              <option key={q.id} value={q.id}>
                {q.name}
              </option>
            ))}
        </select>
      </label>
      {p.onlyMine !== null && (
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={p.onlyMine} onChange={(e) => p.onOnlyMine(e.target.checked)} /> Only callers
          for me
        </label>
      )}
      <Button variant="secondary" aria-pressed={p.privacy} onClick={p.onTogglePrivacy}>
        {p.privacy ? 'Show names' : 'Hide names'}
      </Button>
      <Button variant="secondary" onClick={p.onMarkAllSeen}>
        Mark all as seen
      </Button>
      <Button variant="secondary" onClick={p.onHelp} aria-label="Keyboard shortcuts">
        ?
      </Button>
    </div>
  );
}
