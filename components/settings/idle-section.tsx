'use client';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { ApiError, fetchJson } from '@/components/api-client/fetch-json';
import { globalSettingsInput, type GlobalSettings } from '@/lib/settings/schema';
import { SectionCard } from './section-card';

/** Settings for every clinic on this Waitboard: today only the idle sign-out for shared computers. */
export function IdleSection({ initial }: { initial: GlobalSettings }) {
  const [savedMinutes, setSavedMinutes] = useState(String(initial.idleTimeoutMinutes));
  const [minutes, setMinutes] = useState(savedMinutes);
  const [problem, setProblem] = useState<string>();
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const dirty = minutes !== savedMinutes;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = globalSettingsInput.safeParse({
      idleTimeoutMinutes: minutes === '' ? Number.NaN : Number(minutes),
    });
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message);
      setMessage({ tone: 'error', text: 'Nothing was saved: correct the marked field.' });
      return;
    }
    try {
      const { settings } = await fetchJson<{ settings: GlobalSettings }>('/api/settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(checked.data),
      });
      setSavedMinutes(String(settings.idleTimeoutMinutes));
      setMinutes(String(settings.idleTimeoutMinutes));
      setMessage({ tone: 'success', text: 'Saved. It applies from each person’s next page load.' });
    } catch (error) {
      setProblem(error instanceof ApiError ? error.fields[0]?.message : undefined);
      setMessage({ tone: 'error', text: `Nothing was saved: ${(error as Error).message}` });
    }
  }
  return (
    <SectionCard
      id="signing-out"
      title="Signing out on shared computers"
      description="For every clinic on this Waitboard."
      unsaved={dirty}
    >
      <form onSubmit={submit} noValidate aria-labelledby="signing-out-title" className="space-y-4">
        <div className="max-w-sm">
          <TextField
            label="Sign people out after this many idle minutes"
            hint="A warning shows a minute before. Applies from each person’s next page load."
            type="number"
            min={2}
            value={minutes}
            error={problem}
            onChange={(e) => {
              setMinutes(e.target.value);
              setProblem(undefined);
              setMessage(null);
            }}
          />
        </div>
        <div className="border-t border-line pt-3">
          <Button type="submit">Save signing out</Button>
        </div>
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
      </form>
    </SectionCard>
  );
}
