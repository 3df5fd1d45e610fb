import 'server-only';
import { RESYNC, signal } from '../cluster/bus';
import { listening } from '../cluster/listening';
import type { SignalOf } from '../cluster/signals';

/** What an open stream hands over: `run` re-checks its access now; the result stops that. */
export type Recheck = (run: () => void) => () => void;

// Open streams by whose access they depend on: `user:<id>` (a staff sign-in) or `display:<id>` (a
// wall-display link). On globalThis: streams open in route bundles, signals arrive in any bundle.
const holder = globalThis as unknown as { waitboardStreamChecks?: Map<string, Set<() => void>> };
const checks = () => (holder.waitboardStreamChecks ??= new Map());

function runChecks(matches: (key: string) => boolean): void {
  const due = [...checks()].filter(([key]) => matches(key)).flatMap(([, runs]) => [...runs]);
  // Copied first: a check that fails closes its stream, which takes it out of the registry.
  for (const run of due) run();
}

function listen(): void {
  void listening('stream-recheck', (events) => {
    events.on('access', (s: SignalOf<'access'>) =>
      runChecks(s.userId === null ? (key) => key.startsWith('user:') : (key) => key === `user:${s.userId}`),
    );
    events.on('display-revoked', (s: SignalOf<'display-revoked'>) =>
      runChecks((key) => key === `display:${s.tokenId}`),
    );
    // Signals sent while LISTEN was down are lost: every stream checks now instead of at its heartbeat.
    events.on(RESYNC, () => runChecks(() => true));
  });
}

function registered(key: string): Recheck {
  return (run) => {
    listen();
    const runs = checks().get(key) ?? new Set();
    runs.add(run);
    checks().set(key, runs);
    return () => {
      runs.delete(run);
      if (runs.size === 0 && checks().get(key) === runs) checks().delete(key);
    };
  };
}

/** A staff member's stream: re-checked when their access changes on any instance. */
export const recheckForUser = (userId: string): Recheck => registered(`user:${userId}`);

/** A wall display's stream on a display link: re-checked when the link is revoked on any instance. */
export const recheckForDisplay = (tokenId: string): Recheck => registered(`display:${tokenId}`);

/**
 * Someone's access changed (signed out, disabled, new role or password, a clinic taken away), or
 * everyone's (null): their open streams on every instance check now and end if it is gone. Sent
 * after the change committed, so the check reads it.
 */
export function accessChanged(userId: string | null): Promise<void> {
  return signal({ kind: 'access', userId });
}

/** How many streams are registered, for tests. */
export function registeredStreams(): number {
  return [...checks().values()].reduce((n, runs) => n + runs.size, 0);
}
