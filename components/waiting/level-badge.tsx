import { CircleCheck, OctagonExclamationPoint, TriangleExclamationPoint } from 'lucide-react';
import { LEVEL_LABEL } from '@/lib/waiting/labels';
import type { WaitLevel } from '@/lib/waiting/thresholds';

const LOOK: Record<WaitLevel, { Icon: typeof CircleCheck; className: string }> = {
  ok: { Icon: CircleCheck, className: 'bg-wait-ok-bg text-wait-ok' },
  warn: { Icon: TriangleExclamationPoint, className: 'bg-wait-warn-bg text-wait-warn' },
  critical: { Icon: OctagonExclamationPoint, className: 'bg-wait-critical-bg text-wait-critical' },
};

/** Colour, icon and words together: colour is never the only signal. Never wraps. */
export function LevelBadge({ level }: { level: WaitLevel }) {
  const { Icon, className } = LOOK[level];
  return (
    <span
      data-testid="level-badge"
      className={`inline-flex h-6 items-center gap-1 rounded-md px-1.5 text-label whitespace-nowrap ${className}`}
    >
      <Icon aria-hidden="true" size={14} strokeWidth={2.25} />
      {LEVEL_LABEL[level]}
    </span>
  );
}
