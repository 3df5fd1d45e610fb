import { STATE_LABEL } from '@/lib/sessions/labels';
import type { SessionState } from '@/lib/sessions/state';

const LOOK: Record<SessionState, { icon: string; className: string }> = {
  upcoming: { icon: '◷', className: 'bg-sky-100 text-sky-900' },
  'in-progress': { icon: '▶', className: 'bg-green-100 text-green-900' },
  finished: { icon: '✓', className: 'bg-slate-200 text-slate-900' },
  cancelled: { icon: '✕', className: 'bg-red-100 text-red-900' },
};

/** Icon and words with the colour, never colour alone. */
export function StateBadge({ state }: { state: SessionState }) {
  const look = LOOK[state];
  return (
    <span
      data-state={state}
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ${look.className}`}
    >
      <span aria-hidden="true">{look.icon}</span>
      {STATE_LABEL[state]}
    </span>
  );
}
