'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import { teamSettingsInput, type TeamSettings } from '@/lib/settings/schema';

export type Problems = Record<string, string>;
export interface SectionStatus {
  tone: 'error' | 'success' | 'info';
  text: string;
}

const pick = <K extends keyof TeamSettings>(s: TeamSettings, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, s[k]])) as Pick<TeamSettings, K>;

const byPath = (issues: { path: string; message: string }[]): Problems =>
  Object.fromEntries(issues.map((i) => [i.path, i.message]).reverse());

/**
 * One section of a clinic's settings: its own draft of its own fields, saved alone (PATCH with only
 * those fields), so saving it neither sends nor resets another section's unsaved edits. Problems are
 * kept by field path (`billable.unitMinutes`, `thresholds.defaults.0`) for the fields to show.
 */
export function useSettingsSection<K extends keyof TeamSettings>(
  teamId: string,
  saved: TeamSettings,
  keys: readonly K[],
  savedText: string,
) {
  const client = useQueryClient();
  const baseline = pick(saved, keys);
  const baselineJson = JSON.stringify(baseline);
  const [draft, setDraft] = useState(baseline);
  const [seen, setSeen] = useState(baselineJson);
  const [problems, setProblems] = useState<Problems>({});
  const [status, setStatus] = useState<SectionStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(draft) !== baselineJson;

  // Saved values changed under us (another section's save, another manager): an untouched draft follows them.
  if (seen !== baselineJson) {
    setSeen(baselineJson);
    if (JSON.stringify(draft) === seen) setDraft(baseline);
  }

  // Leaving the page with unsaved edits asks first (the browser's own prompt: only it can stop an unload).
  useEffect(() => {
    if (!dirty) return;
    const stay = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', stay);
    return () => window.removeEventListener('beforeunload', stay);
  }, [dirty]);

  const change = (next: Partial<Pick<TeamSettings, K>>) => {
    setStatus(null);
    setDraft((d) => ({ ...d, ...next }));
    const touched = Object.keys(next);
    setProblems((p) =>
      Object.fromEntries(Object.entries(p).filter(([path]) => !touched.includes(path.split('.')[0]!))),
    );
  };

  async function save() {
    if (!dirty) {
      setStatus({ tone: 'info', text: 'No changes to save here.' });
      return;
    }
    const checked = teamSettingsInput.safeParse({ ...saved, ...draft });
    if (!checked.success) {
      setProblems(byPath(checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))));
      setStatus({ tone: 'error', text: 'Nothing was saved: correct the marked fields.' });
      return;
    }
    setBusy(true);
    try {
      const result = await fetchJson<{ settings: TeamSettings }>(`/api/teams/${teamId}/settings`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(pick(checked.data, keys)),
      });
      setDraft(pick(result.settings, keys));
      setSeen(JSON.stringify(pick(result.settings, keys)));
      client.setQueryData(queryKeys.teamSettings(teamId), result.settings);
      setProblems({});
      setStatus({ tone: 'success', text: savedText });
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      setProblems(byPath(fields));
      setStatus({ tone: 'error', text: `Nothing was saved: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  const discard = () => {
    setDraft(baseline);
    setProblems({});
    setStatus(null);
  };

  return { draft, change, dirty, problems, status, busy, save, discard };
}
