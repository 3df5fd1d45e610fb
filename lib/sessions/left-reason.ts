/**
 * Why someone left a call, in words. Coviu does not document `left_reason` (API-NOTES §2.1), so
 * the values seen so far get a plain phrase and anything else is spelled out from its code
 * ("kicked-by-admin" → "Kicked by admin") rather than shown raw.
 */
const KNOWN: Record<string, string> = {
  'ended-call': 'Ended the call',
  'ended-by-host': 'The host ended the call',
  'hung-up': 'Hung up',
  'connection-lost': 'Connection lost',
  removed: 'Removed from the session',
  timeout: 'Timed out',
};

export function leftReasonLabel(reason: string | null): string | null {
  if (!reason?.trim()) return null;
  const code = reason.trim().toLowerCase();
  const known = KNOWN[code];
  if (known) return known;
  const words = code
    .replace(/[-_.;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : null;
}
