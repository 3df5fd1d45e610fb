'use client';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { SessionView } from '@/lib/sessions/view';
import { participantInput } from '@/lib/sessions/schemas';
import type { SessionTeam } from '@/lib/core/team';
import { GuestFields, type GuestDraft } from './guest-fields';
import { useSessionMutation } from './use-session';

const EMPTY: GuestDraft = { key: 0, name: '', phone: '', email: '' };

/** Adds a guest or another host; absent once Coviu's rules allow no more (finished or cancelled). */
export function AddParticipant({ team, session }: { team: SessionTeam; session: SessionView }) {
  const [role, setRole] = useState<'GUEST' | 'HOST'>('GUEST');
  const [guest, setGuest] = useState<GuestDraft>(EMPTY);
  const [hostId, setHostId] = useState(team.practitioners[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const add = useSessionMutation<unknown>(team.id, session.id, 'POST', (body) => ({ path: '/participants', body }));
  const reason = session.permissions.addParticipant;

  function submit(event: FormEvent) {
    event.preventDefault();
    const body =
      role === 'HOST'
        ? { role, userId: hostId }
        : { role, guest: { name: guest.name, phone: guest.phone, email: guest.email } };
    const parsed = participantInput.safeParse(body);
    setProblem(parsed.success ? null : parsed.error.issues[0]!.message);
    if (parsed.success) add.mutate(body, { onSuccess: () => setGuest(EMPTY) });
  }

  if (reason) return null;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-4 space-y-2 rounded-md border border-line p-3"
      aria-labelledby="add-person"
    >
      <h3 id="add-person" className="font-medium">
        Add someone
      </h3>
      {(problem || add.error) && <Notice tone="error">{problem ?? (add.error as Error).message}</Notice>}
      <fieldset className="space-y-2">
        <legend className="sr-only">Who to add</legend>
        <div className="flex gap-4 text-sm">
          <label>
            <input
              type="radio"
              name="add-role"
              checked={role === 'GUEST'}
              onChange={() => setRole('GUEST')}
              className="mr-1"
            />
            A guest
          </label>
          <label>
            <input
              type="radio"
              name="add-role"
              checked={role === 'HOST'}
              onChange={() => setRole('HOST')}
              className="mr-1"
            />
            A host
          </label>
        </div>
        {role === 'GUEST' ? (
          <GuestFields
            guest={guest}
            index={session.participants.filter((p) => p.role !== 'HOST').length}
            onChange={setGuest}
          />
        ) : (
          <SelectField label="Practitioner" value={hostId} onChange={(e) => setHostId(e.target.value)}>
            {team.practitioners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        )}
      </fieldset>
      <Button type="submit" disabled={add.isPending}>
        Add to session
      </Button>
    </form>
  );
}
