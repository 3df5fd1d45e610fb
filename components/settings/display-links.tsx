'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { DisplayTokenView, NameStyle } from '@/lib/display/types';
import { SectionCard } from './section-card';

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
  const [revoking, setRevoking] = useState<DisplayTokenView | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setRevoked(null);
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

  // Asked in the app's own dialog; a failure stays in it with the reason.
  async function revoke(display: DisplayTokenView) {
    await fetchJson(`/api/teams/${teamId}/display-tokens/${display.id}`, { method: 'DELETE' });
    setRevoking(null); // closing returns focus to the Revoke button…
    setRevoked(display.label);
    await client.invalidateQueries({ queryKey: key });
    // …which the new list no longer has: the keyboard goes to the table, where the person was.
    table.current?.focus();
  }

  return (
    <SectionCard
      id="displays"
      title="Wall displays"
      description={
        <>
          A display link opens this clinic’s queue on a waiting-room TV without a staff password (initials by default).
          Each link is made and revoked on its own. Staff can also open{' '}
          <a className="text-brand underline" href={`/display/${teamId}`}>
            the display
          </a>{' '}
          signed in.
        </>
      }
    >
      {error && <Notice tone="error">{error}</Notice>}
      {revoked && <Notice tone="success">“{revoked}” is revoked: that screen no longer shows the queue.</Notice>}
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
        <div className="overflow-x-auto">
          <table ref={table} tabIndex={-1} className="w-full text-left text-body" aria-label="Display links">
            <TableHead columns={['Display', 'Names', 'Made', 'Last used', { label: 'Actions', hidden: true }]} />
            <tbody>
              {query.data.map((d) => (
                <tr key={d.id} className="border-b border-line">
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
                      <Button variant="secondary" onClick={() => setRevoking(d)} aria-label={`Revoke ${d.label}`}>
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.label ?? ''}”?`}
        confirmLabel="Revoke the link"
        cancelLabel="Keep it"
        onCancel={() => setRevoking(null)}
        onConfirm={() => (revoking ? revoke(revoking) : Promise.resolve())}
      >
        That screen stops showing the queue at once. To show it again, make a new link and open it on the TV.
      </ConfirmDialog>
    </SectionCard>
  );
}
