import { CircleCheck, CircleMinus, Clock, Video } from 'lucide-react';
import { availabilityText } from '@/lib/practitioners/availability';
import { type Availability, AVAILABILITY_LABEL, type RosterPractitioner } from '@/lib/practitioners/types';

const LOOK: Record<Availability, { icon: typeof Clock; className: string }> = {
  available: { icon: CircleCheck, className: 'border-green-300 bg-green-50 text-green-900' },
  in_consult: { icon: Video, className: 'border-sky-300 bg-sky-50 text-sky-900' },
  away: { icon: Clock, className: 'border-amber-300 bg-amber-50 text-amber-950' },
  off: { icon: CircleMinus, className: 'border-slate-300 bg-slate-100 text-slate-700' },
};

/**
 * A practitioner's availability in words with an icon (colour is never the only signal). A state
 * Waitboard derived says what it knows, "In a consult (room with J. S.)", and is dashed, so it
 * reads apart from one set by hand.
 */
export function AvailabilityBadge({
  practitioner,
}: {
  practitioner: Pick<RosterPractitioner, 'availability' | 'derived'>;
}) {
  const { icon: Icon, className } = LOOK[practitioner.availability];
  return (
    <span
      className={`inline-flex max-w-full items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${className} ${practitioner.derived ? 'border-dashed' : ''}`}
      data-testid="availability"
      title={practitioner.derived ? 'Known to Waitboard, whatever was set by hand' : undefined}
    >
      <Icon aria-hidden="true" className="size-3.5 shrink-0" />
      <span className="truncate">{availabilityText(practitioner, AVAILABILITY_LABEL)}</span>
    </span>
  );
}
