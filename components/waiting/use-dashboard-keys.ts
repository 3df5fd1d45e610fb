'use client';
import { useEffect } from 'react';

export type KeyCommand =
  'next' | 'previous' | 'claim' | 'admit' | 'reassign' | 'priority' | 'note' | 'help' | 'details';

const KEYS: Record<string, KeyCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  c: 'claim',
  a: 'admit',
  r: 'reassign',
  p: 'priority',
  n: 'note',
  '?': 'help',
  d: 'details',
  Enter: 'details',
};

/** Single-key shortcuts, ignored while typing in a field or while a dialog is open. */
export function useDashboardKeys(onCommand: (command: KeyCommand) => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const handler = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog, [contenteditable="true"]')) return;
      const command = KEYS[event.key];
      if (!command) return;
      event.preventDefault();
      onCommand(command);
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [onCommand, enabled]);
}
