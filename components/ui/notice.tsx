import { CircleExclamationPoint, CircleCheck, Info } from 'lucide-react';
import type { ReactNode } from 'react';

const LOOK = {
  error: { className: 'border-wait-critical/40 bg-wait-critical-bg text-wait-critical', Icon: CircleExclamationPoint },
  success: { className: 'border-wait-ok/40 bg-wait-ok-bg text-wait-ok', Icon: CircleCheck },
  info: { className: 'border-line bg-surface-2 text-fg', Icon: Info },
};

/** An error is announced at once (role=alert); other news politely (role=status). Icon and text, not colour alone. */
export function Notice({ tone, children }: { tone: 'error' | 'success' | 'info'; children: ReactNode }) {
  const { className, Icon } = LOOK[tone];
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`flex gap-2 rounded-md border px-3 py-2 text-body ${className}`}
    >
      <Icon aria-hidden="true" size={16} className="mt-0.5 shrink-0" />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
