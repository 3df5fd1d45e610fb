'use client';
import { useMemo } from 'react';
import type { QueuedTeam } from '@/lib/core/team';
import { queueSummaries } from '@/lib/display/queue-summary';
import type { WaitingSnapshot } from '@/lib/waiting/types';
import { ExpectedWait } from './expected-wait';
import { useMinuteNow } from './use-expected-waits';

interface Feed {
  teamId: string;
  snapshot: WaitingSnapshot | undefined;
}

/** Per queue, how long someone joining now would wait (the wall display's own figures). */
function queueRows(teams: QueuedTeam[], feeds: Feed[], now: number) {
  return teams.flatMap((team) => {
    const snapshot = feeds.find((f) => f.teamId === team.id)?.snapshot;
    if (!snapshot?.waitBasis) return [];
    return queueSummaries(team.queues, snapshot.callers, snapshot.waitBasis, now).flatMap((q) =>
      // Only ranges go in the header; why a queue has none (too little history) is in the caller's details.
      q.estimate?.range
        ? [{ key: q.id, name: teams.length > 1 ? `${team.name}: ${q.name}` : q.name, estimate: q.estimate }]
        : [],
    );
  });
}

/** "Expected wait for a new caller" per queue, each with its basis in words. */
export function QueueEstimates({ teams, feeds }: { teams: QueuedTeam[]; feeds: Feed[] }) {
  const now = useMinuteNow();
  const rows = useMemo(() => queueRows(teams, feeds, now), [teams, feeds, now]);
  if (!rows.length) return null;
  return (
    <section aria-label="Expected wait for a new caller" className="text-sm" data-testid="queue-estimates">
      <h2 className="sr-only">Expected wait for a new caller</h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {rows.map((r) => (
          <li key={r.key} className="flex max-w-full min-w-0 flex-wrap items-center gap-x-1.5" data-queue={r.key}>
            <span className="text-fg-muted">{r.name}</span>
            <ExpectedWait estimate={r.estimate} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}
