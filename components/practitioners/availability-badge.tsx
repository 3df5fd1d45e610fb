import { CircleCheck, CircleMinus, Clock, Video } from 'lucide-react';
import { availabilityText } from '@/lib/practitioners/availability';
import { type Availability, AVAILABILITY_LABEL, type RosterPractitioner } from '@/lib/practitioners/types';

const LOOK: Record<Availability, { icon: typeof Clock; className: string }> = {
  available: { icon: CircleCheck, className: 'border-wait-ok/40 bg-wait-ok-bg text-wait-ok' },
  in_consult: { icon: Video, className: 'border-state-being-seen/40 bg-state-being-seen-bg text-state-being-seen' },
  away: { icon: Clock, className: 'border-wait-warn/40 bg-wait-warn-bg text-wait-warn' },
  off: { icon: CircleMinus, className: 'border-line-strong bg-surface-2 text-fg-muted' },
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
