import { notFound } from 'next/navigation';
import { SessionDetail } from '@/components/sessions/session-detail';
import { requireTeamMember } from '@/server/auth/page';
import { findTeam } from '@/server/staff/teams';
import { practitionersByTeam } from '@/server/staff/users';

export default async function SessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ teamId: string; sessionId: string }>;
  searchParams: Promise<{ booked?: string }>;
}) {
  const { teamId, sessionId } = await params;
  await requireTeamMember(teamId);
  const team = await findTeam(teamId);
  if (!team) notFound();
  const practitioners = (await practitionersByTeam([teamId])).get(teamId) ?? [];
  return (
    <SessionDetail
      team={{ id: team.id, name: team.name, timezone: team.timezone, practitioners }}
      sessionId={sessionId}
      justBooked={(await searchParams).booked === '1'}
    />
  );
}
