'use client';
import { useMemo } from 'react';
import type { QueuedTeam } from '@/lib/core/team';
import { estimateWait, queuePositions } from '@/lib/waiting/expected-wait';
import { DEFAULT_THRESHOLD_SETTINGS } from '@/lib/waiting/thresholds';
import type { WaitingSnapshot } from '@/lib/waiting/types';
import { ExpectedWait } from './expected-wait';

import { useMinuteNow } from './use-expected-waits';

interface Feed {
  teamId: string;
  snapshot: WaitingSnapshot | undefined;
}

/**
 * Per queue, how long someone joining now would wait: behind everyone waiting there (a new
 * caller has no priority yet), with the practitioners in its consults.
 */
function queueRows(teams: QueuedTeam[], feeds: Feed[], now: number) {
  return teams.flatMap((team) => {
    const snapshot = feeds.find((f) => f.teamId === team.id)?.snapshot;
    const basis = snapshot?.waitBasis;
    if (!snapshot || !basis) return [];
    const positions = [...queuePositions(snapshot.callers, now, DEFAULT_THRESHOLD_SETTINGS).values()];
    const busy = (id: string) =>
      snapshot.callers.filter(
        (c) =>
          (c.status === 'being-seen' || c.status === 'on-hold') && (c.triage.reassignedQueueId ?? c.queueId) === id,
      ).length;
    return team.queues.flatMap((q) => {
      const ahead = positions.filter((p) => p.queueId === q.id).length;
      const estimate = estimateWait(basis, { queueId: q.id, ahead, busy: busy(q.id) }, now);
      // Only ranges go in the header; why a queue has none (too little history) is in the caller's details.
      if (!estimate.range) return [];
      return [{ key: q.id, name: teams.length > 1 ? `${team.name}: ${q.name}` : q.name, estimate }];
    });
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
