/**
 * A live stream event's id: `epoch.seq`. `seq` numbers a team's changes and carries on across
 * owners; `epoch` names the owner (it rises at each takeover, or each start of the embedded
 * server), so a browser's Last-Event-ID is understood by any instance of the cluster.
 */
export interface EventId {
  epoch: number;
  seq: number;
}

export function formatEventId(epoch: number, seq: number): string {
  return `${epoch}.${seq}`;
}

/** A Last-Event-ID as sent back by a browser, or null for anything else (a fresh snapshot follows). */
export function parseEventId(raw: string | null | undefined): EventId | null {
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(raw?.trim() ?? '');
  return match ? { epoch: Number(match[1]), seq: Number(match[2]) } : null;
}
