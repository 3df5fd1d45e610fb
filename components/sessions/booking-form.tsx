'use client';
import { HostPicker } from '@/components/practitioners/host-picker';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { ApiError, fetchJson } from '@/components/api-client/fetch-json';
import type { SessionTeam } from '@/lib/core/team';
import { addDays, clinicInstant, clinicParts } from '@/lib/core/clinic-time';
import { checkBookingTimes, TIME_RULES } from '@/lib/sessions/booking';
import type { SessionView } from '@/lib/sessions/view';
import { bookingInput, DURATION_PRESETS, MAX_PARTICIPANTS } from '@/lib/sessions/schemas';
import { DurationField } from './duration-field';
import { GuestFields, type GuestDraft } from './guest-fields';

/** Coviu's rules checked here before sending; the server checks them again with the same words. */
function problemsOf(
  draft: unknown,
  when: { kind: string; date: string; time: string },
  minutes: number,
  timezone: string,
): string[] {
  const parsed = bookingInput.safeParse(draft);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  if (when.kind === 'scheduled' && parsed.success) {
    const start = clinicInstant(when.date, when.time, timezone);
    if (!start) problems.push(TIME_RULES.noSuchTime);
    else {
      const problem = checkBookingTimes(start.getTime(), start.getTime() + minutes * 60_000, Date.now());
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** The clinic's tomorrow: a booking form's first suggestion. */
function tomorrowIn(timezone: string): string {
  return addDays(clinicParts(Date.now(), timezone).date, 1);
}

export function BookingForm({ teams, initialTeamId }: { teams: SessionTeam[]; initialTeamId: string }) {
  const router = useRouter();
  const [teamId, setTeamId] = useState(initialTeamId);
  const team = teams.find((t) => t.id === teamId);
  const timezone = team?.timezone ?? 'UTC';
  const [name, setName] = useState('Consultation');
  const [whenKind, setWhenKind] = useState<'now' | 'scheduled'>('scheduled');
  const [date, setDate] = useState(() => tomorrowIn(timezone));
  const [time, setTime] = useState('09:00');
  const [minutes, setMinutes] = useState<number>(DURATION_PRESETS[1]);
  const [hostIds, setHostIds] = useState<string[]>([]);
  const [guests, setGuests] = useState<GuestDraft[]>([{ key: 0, name: '', phone: '', email: '' }]);
  const [singleUseLinks, setSingleUse] = useState(false);
  const [hideMenu, setHideMenu] = useState(false);
  const [exitUrl, setExitUrl] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());

  const when = whenKind === 'now' ? { kind: 'now' as const } : { kind: 'scheduled' as const, date, time };
  const draft = {
    name,
    when,
    durationMinutes: minutes,
    hostIds,
    guests: guests.map(({ name: n, phone, email }) => ({ name: n, phone, email })),
    options: { singleUseLinks, hideMenu, exitUrl },
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = problemsOf(draft, { kind: whenKind, date, time }, minutes, timezone);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const { session } = await fetchJson<{ session: SessionView }>(`/api/teams/${teamId}/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(draft),
      });
      router.push(`/sessions/${teamId}/${session.id}?booked=1`);
    } catch (error) {
      // A refused booking may be corrected and sent again as a new request; an unknown outcome may not.
      if (error instanceof ApiError) setKey(crypto.randomUUID());
      setProblems([(error as Error).message]);
      setBusy(false);
    }
  }

  const toggleHost = (id: string, on: boolean) =>
    setHostIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const nextKey = Math.max(...guests.map((g) => g.key)) + 1;

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-5">
      {problems.length > 0 && (
        <Notice tone="error">
          <p className="font-medium">The session was not booked:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      {teams.length > 1 && (
        <SelectField
          label="Clinic"
          value={teamId}
          onChange={(e) => {
            setTeamId(e.target.value);
            setHostIds([]);
          }}
        >
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextField label="Session name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">When</legend>
        <label className="mr-4 text-sm">
          <input
            type="radio"
            name="when"
            checked={whenKind === 'now'}
            onChange={() => setWhenKind('now')}
            className="mr-1"
          />
          Start now
        </label>
        <label className="text-sm">
          <input
            type="radio"
            name="when"
            checked={whenKind === 'scheduled'}
            onChange={() => setWhenKind('scheduled')}
            className="mr-1"
          />
          At a time
        </label>
        {whenKind === 'scheduled' && (
          <div className="grid max-w-md grid-cols-2 gap-2">
            <TextField label="Date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
            <TextField
              label="Time"
              type="time"
              value={time}
              onChange={(e) => setTime(e.target.value)}
              required
              hint={`Clinic time (${timezone})`}
            />
          </div>
        )}
      </fieldset>
      <DurationField minutes={minutes} onChange={setMinutes} />
      <fieldset>
        <legend className="text-sm font-medium">Hosts</legend>
        {team?.practitioners.length ? (
          <HostPicker teamId={team.id} fallback={team.practitioners} selected={hostIds} onToggle={toggleHost} />
        ) : (
          <p className="text-sm text-slate-700">
            This clinic has no practitioners on its roster yet; a manager can add them under Practitioners.
          </p>
        )}
      </fieldset>
      <div className="space-y-2">
        {guests.map((g, i) => (
          <GuestFields
            key={g.key}
            guest={g}
            index={i}
            onChange={(next) => setGuests((all) => all.map((x) => (x.key === g.key ? next : x)))}
            onRemove={guests.length > 1 ? () => setGuests((all) => all.filter((x) => x.key !== g.key)) : undefined}
          />
        ))}
        <Button
          variant="secondary"
          disabled={hostIds.length + guests.length >= MAX_PARTICIPANTS}
          onClick={() => setGuests((all) => [...all, { key: nextKey, name: '', phone: '', email: '' }])}
        >
          Add another guest
        </Button>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Options</legend>
        <label className="block text-sm">
          <input
            type="checkbox"
            checked={singleUseLinks}
            onChange={(e) => setSingleUse(e.target.checked)}
            className="mr-1"
          />
          Single-use entry links (a link stops working once used)
        </label>
        <label className="block text-sm">
          <input type="checkbox" checked={hideMenu} onChange={(e) => setHideMenu(e.target.checked)} className="mr-1" />
          Hide the call menu
        </label>
        <TextField
          label="Exit page (optional)"
          type="url"
          placeholder="https://"
          value={exitUrl}
          onChange={(e) => setExitUrl(e.target.value)}
          hint="Where people go when they leave the call."
        />
      </fieldset>
      <Button type="submit" disabled={busy}>
        {busy ? 'Booking…' : 'Book session'}
      </Button>
    </form>
  );
}
