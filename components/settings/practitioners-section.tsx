'use client';
import Link from 'next/link';
import { useRoster } from '@/components/practitioners/use-roster';
import { Notice } from '@/components/ui/notice';
import { SectionCard } from './section-card';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The roster is kept on its own page (it changes all day); here, where it is and what it holds. */
export function PractitionersSection({ teamId }: { teamId: string }) {
  const roster = useRoster(teamId);
  const active = roster.data?.practitioners.filter((p) => p.active) ?? [];
  const available = active.filter((p) => p.availability === 'available').length;
  const withoutAccount = active.filter((p) => !p.userId).length;
  return (
    <SectionCard
      id="practitioners"
      title="Practitioners"
      description="Who reception can admit callers to and book sessions with. The roster and each practitioner’s availability are kept on the Practitioners page."
    >
      {roster.error && <Notice tone="error">{(roster.error as Error).message}</Notice>}
      {roster.data && (
        <p className="text-body text-fg" data-testid="roster-summary">
          {plural(active.length, 'practitioner', 'practitioners')} on the roster, {available} available now
          {withoutAccount > 0 && `; ${plural(withoutAccount, 'has', 'have')} no Waitboard account linked`}.
        </p>
      )}
      <Link
        href="/practitioners"
        className="inline-flex h-target items-center rounded-md border border-line-strong px-3 text-body font-medium text-fg hover:bg-surface-3"
      >
        Open the practitioner roster
      </Link>
    </SectionCard>
  );
}
