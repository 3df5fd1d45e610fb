import 'server-only';
import { isCoviuError } from '../coviu/errors';
import { metrics } from './registry';

// The few places the app reports to /metrics. Each hook is small and never throws into the work
// it observes.

/** Counts one poll of a team by how it ended. */
export async function countedPoll<T>(teamId: string, poll: () => Promise<T>): Promise<T> {
  try {
    const result = await poll();
    metrics().polls.inc({ team: teamId, outcome: 'ok' });
    return result;
  } catch (error) {
    metrics().polls.inc({ team: teamId, outcome: isCoviuError(error) ? error.code : 'internal' });
    throw error;
  }
}

/** `/v1/waiting/<team>/calls/<call>` → `waiting`: the family only, so no id reaches a label. */
export function endpointFamily(url: string): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean)[1];
  return segment && /^[a-z-]+$/.test(segment) ? segment : 'other';
}

/** A fetch that records each Coviu request's status class and latency. */
export function measuredFetch(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const endpoint = endpointFamily(input instanceof Request ? input.url : String(input));
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await inner(input, init);
      metrics().upstreamResponses.inc({ endpoint, status: `${Math.floor(response.status / 100)}xx` });
      metrics().upstreamSeconds.observe({ endpoint }, seconds());
      return response;
    } catch (error) {
      const name = (error as Error)?.name;
      // Our own abort (a poller stopping) says nothing about Coviu.
      if (name !== 'AbortError') {
        metrics().upstreamResponses.inc({ endpoint, status: name === 'TimeoutError' ? 'timeout' : 'network' });
        metrics().upstreamSeconds.observe({ endpoint }, seconds());
      }
      throw error;
    }
  };
}

export type StreamKind = 'dashboard' | 'display';

/** A live stream opened; call the returned function when it ends (calling it again does nothing). */
export function viewerJoined(stream: StreamKind, teamId: string): () => void {
  metrics().viewers.inc({ stream, team: teamId });
  let left = false;
  return () => {
    if (left) return;
    left = true;
    metrics().viewers.dec({ stream, team: teamId });
  };
}

/** The teams whose poller this instance runs, set afresh at each scrape. */
export function ownedTeams(teamIds: string[]): void {
  const { ownership } = metrics();
  ownership.reset();
  for (const team of teamIds) ownership.set({ team }, 1);
}
