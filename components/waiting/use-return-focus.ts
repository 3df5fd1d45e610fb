'use client';
import { useCallback, useEffect, useRef } from 'react';

/** Focus a caller's row once the browser (or a dialog) has finished moving focus itself. */
export function focusRow(callId: string | null) {
  if (!callId) return;
  requestAnimationFrame(() => document.getElementById(`caller-${callId}`)?.focus());
}

/**
 * After any dialog or the details close (submit or cancel), focus goes back to the caller's row
 * when the dialog was opened from the list (a row's button or a shortcut); one opened from the
 * toolbar gives focus back to its button, as the browser does. Call `opening()` before opening.
 */
export function useReturnFocus(open: boolean, callId: string | null) {
  const fromList = useRef(false);
  const wasOpen = useRef(open);
  const opening = useCallback(() => {
    const at = document.activeElement;
    fromList.current = !at || at === document.body || at.closest('[data-caller-list]') !== null;
  }, []);
  useEffect(() => {
    if (wasOpen.current && !open && fromList.current) focusRow(callId);
    wasOpen.current = open;
  }, [open, callId]);
  return opening;
}
