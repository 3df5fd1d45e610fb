'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { DisplayTokenView, NameStyle } from '@/lib/display/types';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-AU', { dateStyle: 'medium', timeStyle: 'short' }) : '—';

/** Links that open the clinic's wall display on a TV without a staff password; revocable. */
export function DisplayLinks({ teamId }: { teamId: string }) {
  const client = useQueryClient();
  const key = queryKeys.displayLinks(teamId);
  const query = useQuery({
    queryKey: key,
    queryFn: () =>
      fetchJson<{ displays: DisplayTokenView[] }>(`/api/teams/${teamId}/display-tokens`).then((r) => r.displays),
  });
  const [label, setLabel] = useState('Waiting room TV');
  const [showNames, setShowNames] = useState<NameStyle>('initials');
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const { link } = await fetchJson<{ link: string }>(`/api/teams/${teamId}/display-tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ label, showNames }),
      });
      setMade(link);
      await client.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function revoke(id: string, name: string) {
    if (!window.confirm(`Revoke “${name}”? That screen stops showing the queue at once.`)) return;
    try {
      await fetchJson(`/api/teams/${teamId}/display-tokens/${id}`, { method: 'DELETE' });
      await client.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section aria-labelledby="displays" className="space-y-3 rounded border border-slate-200 p-3">
      <h2 id="displays" className="text-lg font-semibold">
        Wall displays
      </h2>
      <p className="text-sm text-slate-700">
        Open a display link once on the TV’s browser: it shows this clinic’s queues (initials by default) and needs no
        password. Staff can also open{' '}
        <a className="text-brand underline" href={`/display/${teamId}`}>
          the display
        </a>{' '}
        signed in.
      </p>
      {error && <Notice tone="error">{error}</Notice>}
      <form onSubmit={create} noValidate className="flex flex-wrap items-end gap-3">
        <TextField label="Display name" value={label} onChange={(e) => setLabel(e.target.value)} />
        <SelectField
          label="Names on screen"
          value={showNames}
          onChange={(e) => setShowNames(e.target.value as NameStyle)}
        >
          <option value="initials">Initials</option>
          <option value="full">Full names</option>
        </SelectField>
        <Button type="submit">Make a display link</Button>
      </form>
      {made && (
        <Notice tone="success">
          <p>Open this link on the TV. It is shown only now:</p>
          <p className="flex flex-wrap items-center gap-2">
            <code className="text-xs break-all" data-testid="display-link">
              {made}
            </code>
            <CopyButton text={made} label="display link" />
          </p>
        </Notice>
      )}
      {query.data && query.data.length > 0 && (
        <table className="w-full text-left text-sm" aria-label="Display links">
          <TableHead columns={['Display', 'Names', 'Made', 'Last used', { label: 'Actions', hidden: true }]} />
          <tbody>
            {query.data.map((d) => (
              <tr key={d.id} className="border-b border-slate-100">
                <td className="p-1.5">{d.label}</td>
                <td className="p-1.5">{d.showNames === 'full' ? 'Full names' : 'Initials'}</td>
                <td className="p-1.5">
                  {when(d.createdAt)}
                  {d.createdByName ? ` by ${d.createdByName}` : ''}
                </td>
                <td className="p-1.5">{when(d.lastUsedAt)}</td>
                <td className="p-1.5">
                  {d.revokedAt ? (
                    `Revoked ${when(d.revokedAt)}`
                  ) : (
                    <Button variant="secondary" onClick={() => revoke(d.id, d.label)} aria-label={`Revoke ${d.label}`}>
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
