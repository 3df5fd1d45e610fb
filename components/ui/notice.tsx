import type { ReactNode } from 'react';

/** An error is announced at once (role=alert); other news politely (role=status). Icon and text, not colour alone. */
export function Notice({ tone, children }: { tone: 'error' | 'success' | 'info'; children: ReactNode }) {
  const styles = {
    error: 'border-red-300 bg-red-50 text-red-900',
    success: 'border-green-300 bg-green-50 text-green-900',
    info: 'border-slate-300 bg-slate-50 text-slate-900',
  }[tone];
  const icon = { error: '⚠', success: '✓', info: 'ℹ' }[tone];
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`flex gap-2 rounded border px-3 py-2 text-sm ${styles}`}
    >
      <span aria-hidden="true">{icon}</span>
      <div>{children}</div>
    </div>
  );
}
