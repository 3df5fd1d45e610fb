'use client';
import { useEffect } from 'react';
import { Notice } from '@/components/ui/notice';
import type { DashboardCaller } from '@/lib/waiting/types';

/** What the last action said: a refusal, or a success that can be undone until `until`. */
export interface ActionToastState {
  text: string;
  undo?: { caller: DashboardCaller; auditId: number; until: number };
}

interface Props {
  toast: ActionToastState | null;
  onUndo: (undo: NonNullable<ActionToastState['undo']>) => void;
  /** Called when the undo window closes, so the offer disappears with it. */
  onExpire: () => void;
}

export function ActionToast({ toast, onUndo, onExpire }: Props) {
  useEffect(() => {
    if (!toast?.undo) return;
    const timer = setTimeout(onExpire, Math.max(0, toast.undo.until - Date.now()));
    return () => clearTimeout(timer);
  }, [toast, onExpire]);
  if (!toast) return null;
  const undo = toast.undo;
  return (
    <Notice tone={undo ? 'success' : 'error'}>
      {toast.text}{' '}
      {undo && (
        <button type="button" className="font-semibold underline" onClick={() => onUndo(undo)}>
          Undo
        </button>
      )}
    </Notice>
  );
}
