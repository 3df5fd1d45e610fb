'use client';
import { ClinicPicker } from '@/components/clinic/clinic-picker';
import { useClinicChoice } from '@/components/clinic/clinic-memory';
import { Notice } from '@/components/ui/notice';
import { countAvailable } from '@/lib/practitioners/availability';
import type { Role } from '@/lib/staff/roles';
import { AddPractitioner } from './add-practitioner';
import { RosterRow } from './roster-row';
import { useRoster } from './use-roster';

export interface RosterTeam {
  id: string;
  name: string;
  /** Staff accounts a manager may link (empty for everyone else). */
  members: { id: string; name: string }[];
}

/**
 * A clinic's practitioners and who is available. Everyone sees it; reception and managers set
 * anyone's availability, a practitioner their own; managers add, rename, link and deactivate.
 */
export function RosterPage({ teams, me }: { teams: RosterTeam[]; me: { id: string; role: Role } }) {
  const [teamId, setTeamId] = useClinicChoice(teams);
  const team = teams.find((t) => t.id === teamId);
  const roster = useRoster(teamId);
  const manager = me.role === 'manager' || me.role === 'admin';
  if (!team) return <p role="status">You are not a member of any clinic yet.</p>;
  const counts = roster.data ? countAvailable(roster.data.practitioners) : null;
  return (
    <div className="max-w-4xl space-y-4">
      <ClinicPicker teams={teams} value={teamId} onChange={setTeamId} className="max-w-sm" />
      {counts && (
        <p className="text-sm" data-testid="roster-count">
          <strong>
            {counts.available} of {counts.total}
          </strong>{' '}
          practitioners available at {team.name}.
        </p>
      )}
      {roster.isError && <Notice tone="error">{roster.error.message}</Notice>}
      <ul className="divide-y divide-line rounded border border-line bg-surface" aria-label={`${team.name} roster`}>
        {roster.data?.practitioners.map((p) => (
          <RosterRow
            key={p.id}
            teamId={teamId}
            practitioner={p}
            members={team.members}
            canSetAvailability={me.role !== 'practitioner' || p.userId === me.id}
            canManage={manager}
          />
        ))}
        {roster.data?.practitioners.length === 0 && (
          <li className="p-3 text-sm text-fg-muted">Nobody is on this clinic’s roster yet.</li>
        )}
      </ul>
      {manager && <AddPractitioner teamId={teamId} members={team.members} />}
    </div>
  );
}
