'use client';
import Link from 'next/link';
import { Notice } from '@/components/ui/notice';
import type { SessionTeam } from '@/lib/core/team';
import { SOURCE_LABEL } from '@/lib/sessions/labels';
import { formatClinicDateTime, formatClinicTime } from '@/lib/core/clinic-time';
import { AddParticipant } from './add-participant';
import { ParticipantsTable } from './participants-table';
import { SentLinks } from './sent-links';
import { SessionActions } from './session-actions';
import { SessionMedia } from './session-media';
import { SessionSummary } from './session-summary';
import { StateBadge } from './state-badge';
import { useSession } from './use-session';

export function SessionDetail({
  team,
  sessionId,
  justBooked,
}: {
  team: SessionTeam;
  sessionId: string;
  justBooked: boolean;
}) {
  const query = useSession(team.id, sessionId);
  const s = query.data;
  if (query.error) return <Notice tone="error">{(query.error as Error).message}</Notice>;
  if (!s) return <p className="text-sm text-slate-600">Loading the session…</p>;
  const minutes = Math.round((Date.parse(s.endTime) - Date.parse(s.startTime)) / 60_000);
  const closed = s.state === 'finished' || s.state === 'cancelled';
  const people = (
    <section aria-labelledby="people">
      <h2 id="people" className="mb-2 text-heading">
        {closed ? 'People' : 'People and entry links'}
      </h2>
      <ParticipantsTable teamId={team.id} session={s} />
      <AddParticipant team={team} session={s} />
    </section>
  );
  return (
    <div className="space-y-6">
      <p className="text-body">
        <Link href={`/sessions?team=${team.id}`} className="text-brand underline-offset-4 hover:underline">
          ← All sessions
        </Link>
      </p>
      <div className="space-y-2">
        <h1 className="flex flex-wrap items-center gap-3 text-title">
          {s.name || 'Untitled session'} <StateBadge state={s.state} />
        </h1>
        <p className="text-body text-fg-muted" data-testid="session-times">
          {formatClinicDateTime(s.startTime, team.timezone)} – {formatClinicTime(s.endTime, team.timezone).slice(0, 5)}{' '}
          ({minutes} min), {team.name} time · {SOURCE_LABEL[s.source]}
        </p>
        <SessionActions team={team} session={s} />
      </div>
      {justBooked && s.state !== 'cancelled' && (
        <Notice tone="success">Session booked. Copy or send each person their own entry link below.</Notice>
      )}
      {s.state === 'finished' ? (
        // What happened comes first; the people and links are reference below it.
        <>
          <SessionSummary teamId={team.id} sessionId={s.id} timezone={team.timezone} />
          <SessionMedia teamId={team.id} sessionId={s.id} timezone={team.timezone} />
          {people}
        </>
      ) : (
        people
      )}
      <SentLinks teamId={team.id} session={s} timezone={team.timezone} />
    </div>
  );
}
