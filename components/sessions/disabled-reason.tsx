import type { ReactNode } from 'react';

/**
 * A control Coviu's rules may forbid right now: when they do, it is disabled and the reason sits
 * beside it in words (and is its description for screen readers).
 */
export function WithReason({ id, reason, children }: { id: string; reason: string | null; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      {children}
      {reason && (
        <p id={id} className="text-sm text-slate-700" data-testid="disabled-reason">
          <span aria-hidden="true">ℹ </span>
          {reason}
        </p>
      )}
    </div>
  );
}
