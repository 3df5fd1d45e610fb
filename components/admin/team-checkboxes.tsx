import type { TeamRef } from '@/lib/core/team';

export function TeamCheckboxes({
  teams,
  selected,
  name = 'teamIds',
}: {
  teams: TeamRef[];
  selected: string[];
  name?: string;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-fg">Teams</legend>
      <div className="mt-1 flex flex-wrap gap-3">
        {teams.map((t) => (
          <label key={t.id} className="flex items-center gap-1 text-sm">
            <input type="checkbox" name={name} value={t.id} defaultChecked={selected.includes(t.id)} />
            {t.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
