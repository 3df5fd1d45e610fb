import { ArrowRightLeft, CircleCheckBig, CirclePause, Hourglass, LogOut, Video, type LucideIcon } from 'lucide-react';
import { IconBadge } from '@/components/ui/icon-badge';
import type { CallStatus } from '@/lib/waiting/call';
import { STATUS_LABEL } from '@/lib/waiting/labels';

const LOOK: Record<CallStatus, { Icon: LucideIcon; className: string }> = {
  waiting: { Icon: Hourglass, className: 'bg-state-waiting-bg text-state-waiting' },
  'on-hold': { Icon: CirclePause, className: 'bg-state-on-hold-bg text-state-on-hold' },
  'being-seen': { Icon: Video, className: 'bg-state-being-seen-bg text-state-being-seen' },
  ended: { Icon: CircleCheckBig, className: 'bg-state-ended-bg text-state-ended' },
  left: { Icon: LogOut, className: 'bg-state-left-bg text-state-left' },
  transferred: { Icon: ArrowRightLeft, className: 'bg-state-transferred-bg text-state-transferred' },
};

/** Where the caller is in Coviu: icon, word and colour, each state its own. */
export function StateBadge({ status }: { status: CallStatus }) {
  const { Icon, className } = LOOK[status];
  return (
    <IconBadge Icon={Icon} className={className} testId="state-badge">
      {STATUS_LABEL[status]}
    </IconBadge>
  );
}

/** Callers staff can still act on: Claim, Admit and Reassign make sense only while they wait. */
export function isActionable(status: CallStatus): boolean {
  return status === 'waiting' || status === 'on-hold';
}

export function isGone(status: CallStatus): boolean {
  return status === 'left' || status === 'ended' || status === 'transferred';
}
