'use client';
import { MessageSquare } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useApiMutation } from '@/components/api-client/use-api-mutation';

/**
 * Texts a room admission's guest link to the caller's mobile from their Coviu entry form, the
 * way a session page sends entry links (recorded, audited; the number is never shown here).
 */
export function SendGuestLink({ teamId, callId }: { teamId: string; callId: string }) {
  const send = useApiMutation<void, { delivery: { status: string; detail?: string } }>(
    'POST',
    () => ({ url: `/api/teams/${teamId}/calls/${callId}/guest-link` }),
    [],
  );
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={() => send.mutate()} disabled={send.isPending}>
        <MessageSquare aria-hidden="true" className="mr-1 inline size-4" />
        {send.isPending ? 'Sending…' : 'Text the guest link to the caller'}
      </Button>
      {send.isSuccess && (
        <Notice tone="success">
          {send.data.delivery.status === 'recorded'
            ? 'Recorded: no SMS provider is set up, so Waitboard kept the message instead of sending it.'
            : 'Guest link sent by SMS.'}
        </Notice>
      )}
      {send.isError && <Notice tone="error">{send.error.message}</Notice>}
    </div>
  );
}
