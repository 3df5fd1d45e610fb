'use client';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { useAddPractitioner } from './use-roster';

/** Managers add someone to the roster, optionally linked to a staff account. */
export function AddPractitioner({ teamId, members }: { teamId: string; members: { id: string; name: string }[] }) {
  const add = useAddPractitioner(teamId);
  const [name, setName] = useState('');
  const [coviuName, setCoviuName] = useState('');
  const [userId, setUserId] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      { name, coviuName: coviuName || null, userId: userId || null },
      {
        onSuccess: () => {
          setAdded(name);
          setName('');
          setCoviuName('');
          setUserId('');
        },
      },
    );
  }
  return (
    <section aria-labelledby="add-practitioner" className="space-y-2 rounded border border-line bg-surface p-3">
      <h2 id="add-practitioner" className="text-lg font-semibold">
        Add a practitioner
      </h2>
      <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-3 sm:items-start">
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        <TextField
          label="Name in Coviu (optional)"
          value={coviuName}
          onChange={(e) => setCoviuName(e.target.value)}
          maxLength={120}
          hint="As Coviu's queues and sessions name them, if different."
        />
        <SelectField label="Staff account (optional)" value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">No staff account</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add to roster'}
          </Button>
        </div>
      </form>
      {add.isError && <Notice tone="error">{add.error.message}</Notice>}
      {added && !add.isError && <Notice tone="success">Added {added} to the roster.</Notice>}
    </section>
  );
}
