import 'server-only';

/**
 * JSON with every object's keys in order, at every depth: two calls with the same arguments in
 * another order hash alike, and a change deep inside (a booking's time) does not.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
