/** What the server adds to a stored audit entry so a person can read it (server/audit-labels.ts). */
export interface AuditEntryWords {
  /** The staff member's name; an address typed at sign-in when no account matched; "Waitboard" for itself. */
  who: string;
  actionLabel: string;
  /** What it was done to, in words. */
  what: string;
  clinic: string | null;
  from: string;
  device: string | null;
}

/** An entry as GET /api/audit sends it to the page: the words, and the stored fields the page uses. */
export interface AuditEntry extends AuditEntryWords {
  id: number;
  at: string;
  actorEmail: string | null;
  action: string;
  ip: string | null;
  /** Set when the person acted through one of their agent tokens: the token's name as it was then. */
  agentTokenId: string | null;
  agentTokenName: string | null;
}
