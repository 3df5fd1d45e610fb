'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import { useApiMutation } from '@/components/api-client/use-api-mutation';
import { queryKeys } from '@/lib/core/query-keys';
import { PARTICIPANT_ROLE_LABEL } from '@/lib/sessions/labels';
import type { ParticipantView, SessionView } from '@/lib/sessions/view';
import { useSessionMutation } from './use-session';

function SendLink({ teamId, session, person }: { teamId: string; session: SessionView; person: ParticipantView }) {
  const send = useApiMutation<'sms' | 'email', { delivery: { status: string } }>(
    'POST',
    (channel) => ({
      url: `/api/teams/${teamId}/sessions/${session.id}/participants/${person.id}/send-link`,
      body: { channel },
    }),
    [queryKeys.sessionPart(teamId, session.id, 'notifications')],
  );
  const blocked = session.permissions.sendLink;
  if (blocked || (!person.sms && !person.email)) return null;
  const who = person.displayName ?? PARTICIPANT_ROLE_LABEL[person.role];
  return (
    <div className="flex flex-wrap items-center gap-1">
      {person.sms && (
        <Button
          variant="secondary"
          disabled={send.isPending}
          onClick={() => send.mutate('sms')}
          aria-label={`Send ${who}'s link by SMS to ${person.sms}`}
        >
          Send by SMS
        </Button>
      )}
      {person.email && (
        <Button
          variant="secondary"
          disabled={send.isPending}
          onClick={() => send.mutate('email')}
          aria-label={`Send ${who}'s link by email to ${person.email}`}
        >
          Send by email
        </Button>
      )}
      {send.isSuccess && (
        <span role="status" className="text-xs text-green-900">
          ✓ {send.data.delivery.status === 'recorded' ? 'Recorded (see Links sent)' : 'Sent'}
        </span>
      )}
      {send.error && (
        <span role="alert" className="text-xs text-red-900">
          ⚠ {(send.error as Error).message}
        </span>
      )}
    </div>
  );
}

/** Everyone in the session with their own entry link; removed people stay listed, marked as removed. */
export function ParticipantsTable({ teamId, session }: { teamId: string; session: SessionView }) {
  const [removing, setRemoving] = useState<ParticipantView | null>(null);
  const remove = useSessionMutation<string>(teamId, session.id, 'DELETE', (id) => ({ path: `/participants/${id}` }));
  const removeReason = session.permissions.removeParticipant;
  return (
    <>
      {/* On a phone the link is copied rather than read, and the masked contact waits for a wider screen. */}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-body" aria-label="People in this session">
          <TableHead
            columns={[
              'Name',
              'Role',
              'Entry link',
              { label: 'Contact', className: 'hidden sm:table-cell' },
              { label: 'Actions', hidden: true },
            ]}
          />
          <tbody>
            {session.participants.map((p) => (
              <tr
                key={p.id}
                className={`border-b border-line align-top ${p.removed ? 'text-fg-subtle' : ''}`}
                data-participant-role={p.role}
              >
                <td className="p-2">
                  {p.displayName || '—'}
                  {p.removed && <span className="ml-2 text-xs">(removed)</span>}
                </td>
                <td className="p-2">{PARTICIPANT_ROLE_LABEL[p.role]}</td>
                <td className="p-2">
                  {p.entryUrl && !p.removed && !session.permissions.sendLink ? (
                    <div className="flex flex-wrap items-center gap-2">
                      <code className="hidden max-w-56 truncate text-xs sm:inline" title={p.entryUrl}>
                        {p.entryUrl}
                      </code>
                      <CopyButton
                        text={p.entryUrl}
                        label={`${p.displayName ?? PARTICIPANT_ROLE_LABEL[p.role]}'s link`}
                      />
                    </div>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="hidden p-2 sm:table-cell">{[p.sms, p.email].filter(Boolean).join(' · ') || '—'}</td>
                <td className="p-2">
                  {!p.removed && (
                    <div className="flex flex-wrap gap-2">
                      <SendLink teamId={teamId} session={session} person={p} />
                      {!removeReason && (
                        <Button
                          variant="secondary"
                          onClick={() => setRemoving(p)}
                          aria-label={`Remove ${p.displayName ?? PARTICIPANT_ROLE_LABEL[p.role]}`}
                        >
                          Remove
                        </Button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog
        open={removing !== null}
        title={`Remove ${removing?.displayName ?? 'this person'}?`}
        onClose={() => setRemoving(null)}
      >
        <p className="text-sm">Their entry link stops working at once. Coviu cannot undo this.</p>
        {remove.error && <Notice tone="error">{(remove.error as Error).message}</Notice>}
        <div className="mt-3 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setRemoving(null)}>
            Keep them
          </Button>
          <Button
            variant="danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate(removing!.id, { onSuccess: () => setRemoving(null) })}
          >
            Yes, remove
          </Button>
        </div>
      </Dialog>
    </>
  );
}
