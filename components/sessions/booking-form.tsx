'use client';
import { HostPicker } from '@/components/practitioners/host-picker';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { ApiError, fetchJson } from '@/components/api-client/fetch-json';
import type { SessionTeam } from '@/lib/core/team';
import { addDays, clinicParts } from '@/lib/core/clinic-time';
import { bookingProblems, byField, problemsFromRefusal, type BookingProblem } from '@/lib/sessions/booking-problems';
import type { SessionView } from '@/lib/sessions/view';
import { DURATION_PRESETS, MAX_PARTICIPANTS } from '@/lib/sessions/schemas';
import { BookingWhen } from './booking-when';
import { DurationField } from './duration-field';
import { FieldError } from '@/components/ui/field';
import { GuestFields, type GuestDraft } from './guest-fields';

/** Read when a booking is checked (an event), never while rendering. */
const clock = () => Date.now();

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
  const [problems, setProblems] = useState<BookingProblem[]>([]);
  const [shownAt, setShownAt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
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
    const found = bookingProblems(draft, { kind: whenKind, date, time }, minutes, timezone, clock());
    show(found);
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
      show(
        error instanceof ApiError
          ? problemsFromRefusal(error.code, error.message)
          : [{ field: 'form', message: (error as Error).message }],
      );
      setBusy(false);
    }
  }

  function show(found: BookingProblem[]) {
    setProblems(found);
    setShownAt((n) => n + 1);
  }

  // After each attempt with problems, focus the first field marked (in the order they appear).
  useEffect(() => {
    if (!shownAt) return;
    const bad = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input');
    bad?.focus();
  }, [shownAt]);

  const errors = byField(problems);
  const toggleHost = (id: string, on: boolean) =>
    setHostIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const nextKey = Math.max(...guests.map((g) => g.key)) + 1;

  return (
    <form ref={form} onSubmit={submit} noValidate className="max-w-3xl space-y-5">
      {problems.length > 0 && (
        <Notice tone="error">
          <p className="font-medium">The session was not booked:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={`${p.field} ${p.message}`}>{p.message}</li>
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
      <TextField
        label="Session name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={120}
        error={errors.name}
      />
      <BookingWhen
        kind={whenKind}
        onKind={setWhenKind}
        date={date}
        onDate={setDate}
        time={time}
        onTime={setTime}
        timezone={timezone}
        errors={errors}
      />
      <DurationField minutes={minutes} onChange={setMinutes} error={errors.duration} />
      <fieldset
        aria-describedby={errors.hosts ? 'hosts-error' : undefined}
        data-invalid={errors.hosts ? '' : undefined}
      >
        <legend className="text-sm font-medium">Hosts</legend>
        {team?.practitioners.length ? (
          <HostPicker teamId={team.id} fallback={team.practitioners} selected={hostIds} onToggle={toggleHost} />
        ) : (
          <p className="text-sm text-slate-700">
            This clinic has no practitioners on its roster yet; a manager can add them under Practitioners.
          </p>
        )}
        {errors.hosts && <FieldError id="hosts-error">{errors.hosts}</FieldError>}
      </fieldset>
      <div className="space-y-2">
        {guests.map((g, i) => (
          <GuestFields
            key={g.key}
            guest={g}
            index={i}
            errors={{
              name: errors[`guest.${i}.name`],
              phone: errors[`guest.${i}.phone`],
              email: errors[`guest.${i}.email`],
            }}
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
        {errors.guests && <FieldError id="guests-error">{errors.guests}</FieldError>}
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
          error={errors.exitUrl}
        />
      </fieldset>
      <Button type="submit" disabled={busy}>
        {busy ? 'Booking…' : 'Book session'}
      </Button>
    </form>
  );
}
