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
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/sessions?team=${team.id}`} className="text-brand underline-offset-4 hover:underline">
          ← All sessions
        </Link>
      </p>
      <div>
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
          {s.name || 'Untitled session'} <StateBadge state={s.state} />
        </h1>
        <p className="mt-1 text-sm text-slate-700" data-testid="session-times">
          {formatClinicDateTime(s.startTime, team.timezone)} – {formatClinicTime(s.endTime, team.timezone).slice(0, 5)}{' '}
          ({minutes} min), {team.name} time · {SOURCE_LABEL[s.source]}
        </p>
      </div>
      {justBooked && s.state !== 'cancelled' && (
        <Notice tone="success">Session booked. Copy or send each person their own entry link below.</Notice>
      )}
      <SessionActions team={team} session={s} />
      <section aria-labelledby="people">
        <h2 id="people" className="mb-2 text-lg font-semibold">
          People and entry links
        </h2>
        <ParticipantsTable teamId={team.id} session={s} />
        <AddParticipant team={team} session={s} />
      </section>
      <SentLinks teamId={team.id} session={s} timezone={team.timezone} />
      {s.state === 'finished' && (
        <>
          <SessionSummary teamId={team.id} sessionId={s.id} timezone={team.timezone} />
          <SessionMedia teamId={team.id} sessionId={s.id} timezone={team.timezone} />
        </>
      )}
    </div>
  );
}
