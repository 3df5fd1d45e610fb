'use client';
import { ExternalLink, Video } from 'lucide-react';
import { memo } from 'react';
import { isAdmittedTo } from '@/lib/practitioners/mine';
import { initialsOf } from '@/lib/waiting/patient-details';
import type { DashboardCaller } from '@/lib/waiting/types';

const GONE = new Set(['left', 'ended', 'transferred']);

/**
 * For a practitioner: the callers admitted to them, each with the way in. A room admission has a
 * host link; in route mode Coviu offers no link into a waiting call (API-NOTES: answering happens
 * in Coviu's own waiting-area screen), so it says where to go instead.
 */
export const YourCallers = memo(function YourCallers({
  callers,
  meId,
  privacy,
}: {
  callers: DashboardCaller[];
  meId: string;
  privacy: boolean;
}) {
  const mine = callers.filter((c) => !GONE.has(c.status) && isAdmittedTo(c, meId));
  if (!mine.length) return null;
  return (
    <section
      aria-labelledby="your-callers"
      className="rounded border border-state-being-seen/40 bg-state-being-seen-bg p-3 text-fg"
      data-testid="your-callers"
    >
      <h2 id="your-callers" className="flex items-center gap-1 text-sm font-semibold text-fg">
        <Video aria-hidden="true" className="size-4" /> Your callers ({mine.length})
      </h2>
      <ul className="mt-1 space-y-1 text-sm">
        {mine.map((c) => {
          const a = c.triage.admission!;
          const who = privacy ? initialsOf(c.name) : (c.name ?? 'Caller');
          return (
            <li key={c.callId} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-medium">{who}</span>
              {a.mode === 'room' && a.hostUrl ? (
                <a
                  href={a.hostUrl}
                  target="_blank"
                  rel="noreferrer"
                  className="inline-flex min-h-8 items-center gap-1 rounded bg-brand px-3 py-1 font-medium text-brand-fg focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2"
                >
                  Join {privacy ? 'the room' : `${who}’s room`}
                  <ExternalLink aria-hidden="true" className="size-4" />
                  <span className="sr-only">(opens Coviu in a new tab)</span>
                </a>
              ) : a.mode === 'room' ? (
                <span className="text-fg-muted">The room is being opened…</span>
              ) : (
                <span className="text-fg-muted">Join them from Coviu’s waiting area (Coviu gives no direct link).</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
