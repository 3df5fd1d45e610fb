import { forbidden, notFound, redirect } from 'next/navigation';
import { WallDisplay } from '@/components/display/wall-display';
import { displayViewer } from '@/server/display/access';
import { findTeam } from '@/server/staff/teams';

export const dynamic = 'force-dynamic';

/** The clinic's wall display: for its staff, or a TV that opened one of its display links. */
export default async function DisplayPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const viewer = await displayViewer(teamId);
  if (viewer === 'forbidden') forbidden();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/display/${teamId}`)}`);
  const team = await findTeam(teamId);
  if (!team) notFound();
  return (
    <WallDisplay
      team={{
        id: team.id,
        name: team.name,
        timezone: team.timezone,
        queues: team.queues.map((q) => ({ id: q.id, name: q.name })),
      }}
    />
  );
}
