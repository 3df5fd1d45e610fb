'use client';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';

/**
 * A JSON request to our API that refreshes the given queries when it has finished, failed or not:
 * some failures still change what the server holds (a link the SMS provider refused is recorded as
 * failed), and refreshing after one that changed nothing costs a request.
 */
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
    onSettled: () => Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
