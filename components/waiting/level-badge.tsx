import { LEVEL_LABEL } from '@/lib/waiting/labels';
import type { WaitLevel } from '@/lib/waiting/thresholds';

const LOOK: Record<WaitLevel, { icon: string; className: string }> = {
  ok: { icon: '●', className: 'bg-wait-ok-bg text-wait-ok' },
  warn: { icon: '▲', className: 'bg-wait-warn-bg text-wait-warn' },
  critical: { icon: '⚠', className: 'bg-wait-critical-bg text-wait-critical' },
};

/** Colour, icon and words together: colour is never the only signal. */
export function LevelBadge({ level }: { level: WaitLevel }) {
  const look = LOOK[level];
  return (
    <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ${look.className}`}>
      <span aria-hidden="true">{look.icon}</span>
      {LEVEL_LABEL[level]}
    </span>
  );
}
