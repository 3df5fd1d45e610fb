'use client';
import type { QueuedTeam } from '@/lib/core/team';
import type { TeamSettings } from '@/lib/settings/schema';
import { AdmissionSection } from './admission-section';
import { AlertsSection } from './alerts-section';
import { BillingSection } from './billing-section';
import { ClinicSection } from './clinic-section';
import { DisplayLinks } from './display-links';
import { PractitionersSection } from './practitioners-section';
import { WaitLimitsSection } from './wait-limits-section';

/**
 * One clinic's settings, section by section. Each section keeps its own draft and saves only its own
 * fields; `saved` (the query cache) is what the server last said, and every section follows it.
 */
export function ClinicSettings({ team, saved }: { team: QueuedTeam; saved: TeamSettings }) {
  return (
    <div data-team={team.id} className="space-y-5">
      <WaitLimitsSection teamId={team.id} saved={saved} queues={team.queues} />
      <AlertsSection teamId={team.id} saved={saved} />
      <AdmissionSection teamId={team.id} saved={saved} />
      <PractitionersSection teamId={team.id} />
      <ClinicSection teamId={team.id} saved={saved} />
      <BillingSection teamId={team.id} saved={saved} />
      <DisplayLinks teamId={team.id} />
    </div>
  );
}
