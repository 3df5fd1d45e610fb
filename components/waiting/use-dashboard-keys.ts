'use client';
import { useEffect } from 'react';
import { commandFor, type KeyCommand } from '@/lib/waiting/shortcuts';

export type { KeyCommand };

/** Where keys belong to what has focus: Enter and Space on a control do what the control does. */
const CONTROLS =
  'a, button, input, textarea, select, summary, dialog, [role="button"], [role="link"], [role="menuitem"], [contenteditable="true"]';

/** Shortcuts act on the callers' list: when focus is on it (a row), or on nothing in particular. */
function onTheList(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target === document.body || target === document.documentElement) return true;
  if (target.closest(CONTROLS)) return false;
  return target.closest('[data-caller-list]') !== null;
}

/** Single-key shortcuts (lib/waiting/shortcuts.ts) for the callers' list, never taken from a control, a field or a dialog. */
export function useDashboardKeys(onCommand: (command: KeyCommand) => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const handler = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (!onTheList(event.target)) return;
      const command = commandFor(event.key);
      if (!command) return;
      event.preventDefault();
      onCommand(command);
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [onCommand, enabled]);
}
