'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DashboardTeam } from '@/lib/core/team';
import { type ConsoleFilters, NO_FILTERS, sanitiseFilters } from '@/lib/waiting/console-filters';
import { savePreferences } from './save-preferences';

/** Several quick changes (team, then queue) make one save. */
const SAVE_AFTER_MS = 600;

/**
 * The console's filters, remembered per person on the server so they follow them to another PC.
 * The name search is kept here too but never saved, sent or put in the address: it is patient data.
 */
export function useConsoleFilters(saved: ConsoleFilters | null, teams: DashboardTeam[], role: string) {
  // Never chosen: a practitioner starts on the callers for them, everyone else on all.
  const [filters, setState] = useState(() =>
    sanitiseFilters(saved ?? { ...NO_FILTERS, claim: role === 'practitioner' ? 'mine' : 'all' }, teams),
  );
  const [search, setSearch] = useState('');
  const latest = useRef(filters);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback((leaving: boolean) => {
    if (pending.current === null) return;
    clearTimeout(pending.current);
    pending.current = null;
    savePreferences({ consoleFilters: latest.current }, leaving);
  }, []);

  const setFilters = useCallback(
    (changes: Partial<ConsoleFilters>) => {
      const next = { ...latest.current, ...changes };
      // A queue belongs to a team: choosing another team starts from all its queues.
      if (changes.teamId !== undefined && changes.queueId === undefined) next.queueId = '';
      if (JSON.stringify(next) === JSON.stringify(latest.current)) return;
      latest.current = next;
      setState(next);
      if (pending.current !== null) clearTimeout(pending.current);
      pending.current = setTimeout(() => flush(false), SAVE_AFTER_MS);
    },
    [flush],
  );

  const clear = useCallback(() => {
    setSearch('');
    setFilters(NO_FILTERS);
  }, [setFilters]);

  useEffect(() => {
    const onPageHide = () => flush(true);
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, [flush]);

  return { filters, setFilters, search, setSearch, clear };
}
