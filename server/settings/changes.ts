import 'server-only';

export type Changes = Record<string, { from: unknown; to: unknown }>;

// A team-chat webhook address carries its own secret in the path (Slack's and Teams' both do):
// the audit log says which service it pointed at, never the address itself.
const SECRET_FIELDS = new Set(['escalationWebhookUrl']);

function redact(key: string, value: unknown): unknown {
  if (!SECRET_FIELDS.has(key) || typeof value !== 'string') return value;
  try {
    return `${new URL(value).origin}/…`;
  } catch {
    return '(an address)';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a save changed, one entry per setting that moved, down to the leaf
 * (`thresholds.defaults.0.warnMinutes: 5 → 2`), so the audit log says exactly what a manager did.
 */
export function changedSettings(before: unknown, after: unknown, at = ''): Changes {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return Object.assign({}, ...keys.map((k) => changedSettings(before[k], after[k], at ? `${at}.${k}` : k)));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return {};
  const key = at.split('.')[0] ?? at;
  return { [at]: { from: redact(key, before ?? null), to: redact(key, after ?? null) } };
}
