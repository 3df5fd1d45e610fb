import { CircleCheck, OctagonExclamationPoint, TriangleExclamationPoint, type LucideIcon } from 'lucide-react';
import { IconBadge } from '@/components/ui/icon-badge';
import { LEVEL_LABEL } from '@/lib/waiting/labels';
import type { WaitLevel } from '@/lib/waiting/thresholds';

const LOOK: Record<WaitLevel, { Icon: LucideIcon; className: string }> = {
  ok: { Icon: CircleCheck, className: 'bg-wait-ok-bg text-wait-ok' },
  warn: { Icon: TriangleExclamationPoint, className: 'bg-wait-warn-bg text-wait-warn' },
  critical: { Icon: OctagonExclamationPoint, className: 'bg-wait-critical-bg text-wait-critical' },
};

/** Colour, icon and words together: colour is never the only signal. Never wraps. */
export function LevelBadge({ level }: { level: WaitLevel }) {
  const { Icon, className } = LOOK[level];
  return (
    <IconBadge Icon={Icon} className={className} testId="level-badge">
      {LEVEL_LABEL[level]}
    </IconBadge>
  );
}
