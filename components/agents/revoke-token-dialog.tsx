'use client';
import { fetchJson } from '@/components/api-client/fetch-json';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { AgentTokenView } from '@/lib/agents/scopes';

interface Props {
  token: AgentTokenView | null;
  /** Whose token it is, as the question should say it: "your" or the owner's name. */
  whose: (token: AgentTokenView) => string;
  /** The DELETE address: the person's own route, or the administrators'. */
  url: (token: AgentTokenView) => string;
  onCancel: () => void;
  onRevoked: (token: AgentTokenView) => Promise<void>;
}

/** Asked in the app's own dialog; a refusal stays in it with the reason. */
export function RevokeTokenDialog({ token, whose, url, onCancel, onRevoked }: Props) {
  return (
    <ConfirmDialog
      open={token !== null}
      title={token ? `Revoke ${whose(token)} token “${token.name}”?` : ''}
      confirmLabel="Revoke the token"
      cancelLabel="Keep it"
      onCancel={onCancel}
      onConfirm={async () => {
        if (!token) return;
        await fetchJson(url(token), { method: 'DELETE' });
        await onRevoked(token);
      }}
    >
      The assistant using it is refused from its next call, on every Waitboard server. This cannot be undone: to let it
      back in, make a new token and paste that into the assistant.
    </ConfirmDialog>
  );
}
