'use client';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { savePreferences } from '@/components/waiting/save-preferences';
import { openingClinic } from '@/lib/staff/last-clinic';

const ClinicMemory = createContext<{ clinic: string | null; remember: (teamId: string) => void } | null>(null);

/**
 * Holds the person's last-chosen clinic for every page with a clinic picker. It lives in the staff
 * layout, which stays mounted as people move between pages, so a clinic chosen on Reports is where
 * Day review opens next without a reload; the server keeps it for the next sign-in and computer.
 */
export function ClinicMemoryRoot({ initial, children }: { initial: string | null; children: ReactNode }) {
  const [clinic, setClinic] = useState(initial);
  const latest = useRef(initial);
  const remember = useCallback((teamId: string) => {
    if (latest.current === teamId) return;
    latest.current = teamId;
    setClinic(teamId);
    savePreferences({ lastClinic: teamId });
  }, []);
  const value = useMemo(() => ({ clinic, remember }), [clinic, remember]);
  return <ClinicMemory.Provider value={value}>{children}</ClinicMemory.Provider>;
}

/**
 * The clinic a page shows: it opens on the person's last one (if the page offers it) and choosing
 * another remembers it. `teamId` is '' when the page offers no clinic, or (with `all`) for "every
 * clinic", which is the page's own choice and not remembered.
 */
export function useClinicChoice(
  teams: readonly { id: string }[],
  options: {
    all?: boolean;
    /** A clinic the link named (`?team=`), before the remembered one. */ initial?: string;
  } = {},
) {
  const memory = useContext(ClinicMemory);
  const [local, setLocal] = useState(() =>
    openingClinic(teams, teams.some((t) => t.id === options.initial) ? options.initial! : (memory?.clinic ?? null)),
  );
  const offered = teams.some((t) => t.id === local) || (options.all === true && local === '');
  const teamId = offered ? local : openingClinic(teams, null);
  const setTeamId = useCallback(
    (next: string) => {
      setLocal(next);
      if (next) memory?.remember(next);
    },
    [memory],
  );
  return [teamId, setTeamId] as const;
}
