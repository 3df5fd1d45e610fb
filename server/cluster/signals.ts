/**
 * What one Waitboard instance tells the others (and itself) through the cluster bus. Payloads are
 * ids and numbers only: NOTIFY carries at most 8,000 bytes and is not kept, so anything larger is
 * written to a table first and the signal only says where to look. Nothing about a caller, ever.
 */
/** The one NOTIFY channel every instance LISTENs on. */
export const CHANNEL = 'waitboard';

export type ClusterSignal =
  /** A team's owner stored a poll's changes and status (server/cluster/feed-store.ts); `at` is when (ms). */
  | { kind: 'feed'; teamId: string; epoch: number; seq: number; at: number }
  /** Coviu said something changed (a webhook): the owner polls now. */
  | { kind: 'poll-now'; teamId: string }
  /** A staff action changed our triage layer: the owner re-merges it and publishes. */
  | { kind: 'triage'; teamId: string }
  /** Someone watches this team on some instance: the owner polls at the active rate. */
  | { kind: 'watching'; teamId: string }
  /** A clinic's settings (teamId) or the global ones (null) changed: caches are forgotten. */
  | { kind: 'settings'; teamId: string | null }
  /** A sign-out, disabled account or role change (userId), or all people (null): streams re-check now. */
  | { kind: 'access'; userId: string | null }
  /** A clinic's roster changed: the owner re-reads who is working for the expected waits. */
  | { kind: 'roster'; teamId: string }
  /** A wall-display link was revoked: its streams end now. */
  | { kind: 'display-revoked'; teamId: string; tokenId: string };

export type SignalKind = ClusterSignal['kind'];
export type SignalOf<K extends SignalKind> = Extract<ClusterSignal, { kind: K }>;

const KINDS: readonly SignalKind[] = [
  'feed',
  'poll-now',
  'triage',
  'watching',
  'settings',
  'access',
  'roster',
  'display-revoked',
];

/** A received payload, checked: another instance may run another version of Waitboard. */
export function parseSignal(raw: unknown): ClusterSignal | null {
  if (!raw || typeof raw !== 'object') return null;
  const kind = (raw as { kind?: unknown }).kind;
  return KINDS.includes(kind as SignalKind) ? (raw as ClusterSignal) : null;
}
