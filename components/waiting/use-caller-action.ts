'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { CallerActionResponse, TriageAction } from '@/lib/waiting/triage-action';
import type { DashboardCaller, Triage, WaitingSnapshot } from '@/lib/waiting/types';

interface Vars {
  caller: DashboardCaller;
  action: TriageAction;
  /** What the screen shows at once; rolled back if the server refuses. */
  optimistic?: Partial<Triage>;
  /** One key per intent (a dialog's submit), so a double click sends the same key twice. */
  idempotencyKey?: string;
}

/** Staff actions on a caller: shown at once, confirmed or rolled back by the server, one per click. */
export function useCallerAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ caller, action, idempotencyKey }: Vars) =>
      fetchJson<CallerActionResponse>(`/api/teams/${caller.teamId}/calls/${caller.callId}/actions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey ?? crypto.randomUUID() },
        body: JSON.stringify(action),
      }),
    onMutate: async ({ caller, optimistic }) => {
      const key = queryKeys.waiting(caller.teamId);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<WaitingSnapshot>(key);
      if (optimistic && previous) {
        client.setQueryData<WaitingSnapshot>(key, {
          ...previous,
          callers: previous.callers.map((c) =>
            c.callId === caller.callId ? { ...c, triage: { ...c.triage, ...optimistic } } : c,
          ),
        });
      }
      return { previous, key };
    },
    // Undo only this caller's optimistic change, and only if nothing newer came from the server
    // meanwhile: a refused claim is often refused because someone else's claim is already on its way.
    onError: (_error, { caller }, context) => {
      const before = context?.previous?.callers.find((c) => c.callId === caller.callId);
      if (!context || !before) return;
      client.setQueryData<WaitingSnapshot>(
        context.key,
        (s) =>
          s && {
            ...s,
            callers: s.callers.map((c) =>
              c.callId === caller.callId && c.triage.version <= before.triage.version
                ? { ...c, triage: before.triage }
                : c,
            ),
          },
      );
    },
    onSuccess: (result) => {
      client.setQueryData<WaitingSnapshot>(
        queryKeys.waiting(result.caller.teamId),
        (s) => s && { ...s, callers: s.callers.map((c) => (c.callId === result.caller.callId ? result.caller : c)) },
      );
    },
  });
}
