'use client';
import { type FormEvent, useState, useSyncExternalStore } from 'react';
import { ApiError, fetchJson } from '@/components/api-client/fetch-json';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, type AgentScope, type AgentTokenView } from '@/lib/agents/scopes';
import { expiryDate } from '@/lib/agents/token-state';
import type { TeamRef } from '@/lib/core/team';
import type { Role } from '@/lib/staff/roles';
import { ClinicChoice, type ClinicChoiceValue } from './clinic-choice';
import { ScopeChoices } from './scope-choices';

export interface MadeToken {
  token: string;
  agentToken: AgentTokenView;
}

interface Props {
  role: Role;
  teams: TeamRef[];
  onMade: (made: MadeToken) => void;
}

type Field = 'name' | 'scopes' | 'teamIds' | 'days';
const FIELDS: Field[] = ['name', 'scopes', 'teamIds', 'days'];

const noSubscription = () => () => undefined;
// Whole minutes, so the snapshot is the same on every read within one (as React requires).
const minuteNow = () => Math.floor(Date.now() / 60_000) * 60_000;
const noTimeOnServer = () => null;
const expiryFormat = new Intl.DateTimeFormat('en-AU', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** Name, scopes, clinics and how long: the server checks all of it again and marks what it refuses. */
export function NewTokenForm({ role, teams, onMade }: Props) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<AgentScope[]>(['read']);
  const [clinics, setClinics] = useState<ClinicChoiceValue>({ all: true, chosen: [] });
  const [days, setDays] = useState(String(DEFAULT_TOKEN_DAYS));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The day is this browser's: written once hydrated, so the server's clock and zone never show.
  const now = useSyncExternalStore(noSubscription, minuteNow, noTimeOnServer);
  const until = now === null ? null : expiryDate(Number(days), now);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      const made = await fetchJson<MadeToken>('/api/me/agent-tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name,
          scopes,
          ...(clinics.all ? {} : { teamIds: clinics.chosen }),
          // Empty or not a number goes as it is, so the server's message (a whole number from 1 to 90) is shown.
          days: days.trim() === '' ? null : Number(days),
        }),
      });
      setName('');
      setScopes(['read']);
      setClinics({ all: true, chosen: [] });
      setDays(String(DEFAULT_TOKEN_DAYS));
      onMade(made);
    } catch (e) {
      if (!(e instanceof ApiError)) setFailure('Waitboard could not be reached. Try again.');
      else {
        const marked: Partial<Record<Field, string>> = {};
        for (const f of e.fields) {
          const field = f.path.split('.')[0] as Field;
          if (FIELDS.includes(field)) marked[field] ??= f.message;
        }
        setErrors(marked);
        // A refusal no field explains (or one it does, for the screen reader's sake) is also said on top.
        setFailure(Object.keys(marked).length ? 'The token was not made: see the marked fields.' : e.message);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label="Make an agent token">
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="max-w-md">
        <TextField
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
          hint="Something you will recognise in the audit log, such as “Claude on the front desk PC”."
          error={errors.name}
          autoComplete="off"
        />
      </div>
      <ScopeChoices role={role} value={scopes} onChange={setScopes} error={errors.scopes} />
      <ClinicChoice teams={teams} value={clinics} onChange={setClinics} error={errors.teamIds} />
      <div className="max-w-xs">
        <TextField
          label="Expires after (days)"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TOKEN_DAYS}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          hint={
            until
              ? `1 to ${MAX_TOKEN_DAYS} days. It stops working on ${expiryFormat.format(until)}.`
              : `1 to ${MAX_TOKEN_DAYS} days.`
          }
          error={errors.days}
        />
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? 'Making the token…' : 'Make the token'}
      </Button>
    </form>
  );
}
