'use client';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';

/** A JSON request to our API that refreshes the given queries when it succeeds. */
export function useApiMutation<TVars, TResult = unknown>(
  method: 'POST' | 'PATCH' | 'DELETE',
  toRequest: (vars: TVars) => { url: string; body?: unknown; headers?: Record<string, string> },
  invalidate: QueryKey[],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: TVars) => {
      const { url, body, headers } = toRequest(vars);
      return fetchJson<TResult>(url, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
    onSuccess: () => Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
