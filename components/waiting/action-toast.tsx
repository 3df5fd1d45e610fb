'use client';
import { CircleCheck, CircleExclamationPoint, X } from 'lucide-react';
import { memo, useEffect, useState } from 'react';
import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import type { DashboardCaller } from '@/lib/waiting/types';

/** What the last action said: a refusal, or a success that can be undone until `until`. */
export interface ActionToastState {
  text: string;
  undo?: { caller: DashboardCaller; auditId: number; until: number };
}

interface Props {
  toast: ActionToastState | null;
  onUndo: (undo: NonNullable<ActionToastState['undo']>) => void;
  /** Called when the undo window closes or the toast is dismissed, so the offer disappears with it. */
  onExpire: () => void;
}

const UNDO =
  'inline-flex h-target-sm items-center rounded-md border border-current/40 px-2.5 text-body-sm font-semibold hover:bg-surface-3';

/**
 * The last action's result as a toast (React Aria's toast region: a landmark reached with F6),
 * floating over the bottom of the screen so the list never moves when it comes and goes.
 */
export const ActionToast = memo(function ActionToast({ toast, onUndo, onExpire }: Props) {
  const [queue] = useState(() => new ToastQueue<ActionToastState>({ maxVisibleToasts: 1 }));
  useEffect(() => {
    if (!toast) return;
    // onClose reports a dismissal by the person; a toast replaced or expired here is not one.
    let replaced = false;
    const key = queue.add(toast, { onClose: () => replaced || onExpire() });
    return () => {
      replaced = true;
      queue.close(key);
    };
  }, [toast, queue, onExpire]);
  useEffect(() => {
    if (!toast?.undo) return;
    const timer = setTimeout(onExpire, Math.max(0, toast.undo.until - Date.now()));
    return () => clearTimeout(timer);
  }, [toast, onExpire]);
  return (
    <ToastRegion
      queue={queue}
      aria-label="Action results"
      className="fixed right-3 bottom-3 z-50 flex w-[min(26rem,calc(100vw-1.5rem))] flex-col gap-2 outline-none"
    >
      {({ toast: { content, key } }) => {
        const undo = content.undo;
        const Icon = undo ? CircleCheck : CircleExclamationPoint;
        return (
          <Toast
            toast={{ content, key }}
            className={`flex items-center gap-2 rounded-lg border px-3 py-2 text-body shadow-overlay ${undo ? 'border-wait-ok/40 bg-wait-ok-bg text-wait-ok' : 'border-wait-critical/40 bg-wait-critical-bg text-wait-critical'}`}
          >
            <Icon aria-hidden="true" size={18} className="shrink-0" />
            <ToastContent className="min-w-0 flex-1">
              <Text slot="title">{content.text}</Text>
            </ToastContent>
            {undo && (
              <button type="button" className={UNDO} onClick={() => onUndo(undo)}>
                Undo
              </button>
            )}
            <Button
              slot="close"
              aria-label="Dismiss"
              className="inline-flex size-target-sm items-center justify-center rounded-md hover:bg-surface-3"
            >
              <X aria-hidden="true" size={16} />
            </Button>
          </Toast>
        );
      }}
    </ToastRegion>
  );
});
