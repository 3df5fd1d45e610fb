'use client';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { TimeZonePicker } from '@/components/time-zone/time-zone-picker';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { WaitingQueue } from '@/lib/core/team';
import { teamSettingsInput, type TeamSettings } from '@/lib/settings/schema';
import { BASIS_LABELS } from '@/lib/sessions/billable';
import { ThresholdGrid } from './threshold-grid';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3">
      <legend className="px-1 font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

const num = (v: string) => (v === '' ? Number.NaN : Number(v));

/** One clinic's settings; saved together, validated here and again on the server, and audited. */
export function TeamSettingsForm({
  teamId,
  queues,
  initial,
}: {
  teamId: string;
  queues: WaitingQueue[];
  initial: TeamSettings;
}) {
  const client = useQueryClient();
  const [s, setS] = useState<TeamSettings>(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const patch = (p: Partial<TeamSettings>) => {
    setSaved(false);
    setS((x) => ({ ...x, ...p }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = teamSettingsInput.safeParse(s);
    setProblems(parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => i.message))]);
    if (!parsed.success) return;
    setBusy(true);
    try {
      const result = await fetchJson<{ settings: TeamSettings }>(`/api/teams/${teamId}/settings`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(parsed.data),
      });
      setS(result.settings);
      client.setQueryData(queryKeys.teamSettings(teamId), result.settings);
      setSaved(true);
    } catch (error) {
      setProblems([(error as Error).message]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {problems.length > 0 && (
        <Notice tone="error">
          <p className="font-medium">Nothing was saved:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      <Section title="Wait thresholds">
        <p className="text-sm text-slate-700">
          A caller’s row turns to “Long wait” and then “Over limit” after these times. Open dashboards change at once.
        </p>
        <ThresholdGrid
          label="All queues"
          values={s.thresholds.defaults}
          onChange={(d) => patch({ thresholds: { ...s.thresholds, defaults: { ...s.thresholds.defaults, ...d } } })}
        />
        {queues.map((q) => (
          <details key={q.id} className="rounded border border-slate-100 p-2">
            <summary className="cursor-pointer text-sm font-medium">
              {q.name}
              {s.thresholds.queues[q.id] ? ' (own thresholds)' : ' (as for all queues)'}
            </summary>
            <ThresholdGrid
              label={q.name}
              values={s.thresholds.queues[q.id] ?? {}}
              inherited={s.thresholds.defaults}
              onChange={(v) => {
                const queuesNext = { ...s.thresholds.queues, [q.id]: v };
                if (Object.keys(v).length === 0) delete queuesNext[q.id];
                patch({ thresholds: { ...s.thresholds, queues: queuesNext } });
              }}
            />
          </details>
        ))}
        <TextField
          label="Answer target (minutes)"
          type="number"
          min={1}
          value={Number.isNaN(s.answerTargetMinutes) ? '' : s.answerTargetMinutes}
          onChange={(e) => patch({ answerTargetMinutes: num(e.target.value) })}
          hint="Reports show the share of callers answered within this time."
        />
      </Section>
      <Section title="Polling Coviu">
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label="While someone watches (seconds)"
            type="number"
            min={2}
            value={Number.isNaN(s.pollActiveSeconds) ? '' : s.pollActiveSeconds}
            onChange={(e) => patch({ pollActiveSeconds: num(e.target.value) })}
          />
          <TextField
            label="When nobody watches (seconds)"
            type="number"
            min={5}
            value={Number.isNaN(s.pollIdleSeconds) ? '' : s.pollIdleSeconds}
            onChange={(e) => patch({ pollIdleSeconds: num(e.target.value) })}
          />
        </div>
      </Section>
      <Section title="Admitting callers">
        <SelectField
          label="Admit by default"
          value={s.admissionMode}
          onChange={(e) => patch({ admissionMode: e.target.value as TeamSettings['admissionMode'] })}
        >
          <option value="route">Route: the practitioner joins the caller in Coviu</option>
          <option value="room">Room: open a new Coviu session with a host and a guest link</option>
        </SelectField>
        <TextField
          label="Alert when an admitted caller is not joined after (minutes)"
          type="number"
          min={1}
          value={Number.isNaN(s.admitJoinLimitMinutes) ? '' : s.admitJoinLimitMinutes}
          onChange={(e) => patch({ admitJoinLimitMinutes: num(e.target.value) })}
        />
      </Section>
      <Section title="Alerts and escalation">
        <label className="block text-sm">
          <input
            type="checkbox"
            checked={s.alertSound}
            onChange={(e) => patch({ alertSound: e.target.checked })}
            className="mr-1"
          />
          Play a sound for alerts (each person can still mute it)
        </label>
        <TextField
          label="Escalation webhook (Slack-compatible; empty for none)"
          type="url"
          value={s.escalationWebhookUrl ?? ''}
          onChange={(e) => patch({ escalationWebhookUrl: e.target.value.trim() === '' ? null : e.target.value.trim() })}
        />
        <TextField
          label="Repeat an unacknowledged escalation every (minutes)"
          type="number"
          min={1}
          value={Number.isNaN(s.escalationRepeatMinutes) ? '' : s.escalationRepeatMinutes}
          onChange={(e) => patch({ escalationRepeatMinutes: num(e.target.value) })}
        />
      </Section>
      <Section title="Clinic">
        <TimeZonePicker value={s.timezone} onChange={(timezone) => patch({ timezone })} />
      </Section>
      <Section title="Billable minutes">
        <SelectField
          label="Count"
          value={s.billable.basis}
          onChange={(e) =>
            patch({ billable: { ...s.billable, basis: e.target.value as TeamSettings['billable']['basis'] } })
          }
        >
          {Object.entries(BASIS_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label="In units of (minutes)"
            type="number"
            min={1}
            max={60}
            value={Number.isNaN(s.billable.unitMinutes) ? '' : s.billable.unitMinutes}
            onChange={(e) => patch({ billable: { ...s.billable, unitMinutes: num(e.target.value) } })}
          />
          <SelectField
            label="Rounding"
            value={s.billable.rounding}
            onChange={(e) =>
              patch({ billable: { ...s.billable, rounding: e.target.value as TeamSettings['billable']['rounding'] } })
            }
          >
            <option value="up">Up to a whole unit</option>
            <option value="nearest">To the nearest unit</option>
            <option value="down">Down to a whole unit</option>
          </SelectField>
        </div>
      </Section>
      {saved && <Notice tone="success">Saved. Open dashboards use the new settings now.</Notice>}
      <Button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save settings'}
      </Button>
    </form>
  );
}
