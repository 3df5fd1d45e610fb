/** How a wall display shows callers' names: initials unless the clinic chose full names for a private room. */
export type NameStyle = 'initials' | 'full';

/** A wall display link as managers see it in settings. The secret itself is shown once, when made, and never listed. */
export interface DisplayTokenView {
  id: string;
  label: string;
  showNames: NameStyle;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdByName: string | null;
}
