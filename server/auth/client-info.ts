import 'server-only';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/**
 * The rightmost X-Forwarded-For entry: the one added by the nearest proxy (or by `next start`
 * itself), which a client cannot forge by sending its own header.
 */
export function clientInfo(headers: Headers | Record<string, string | string[] | undefined>): ClientInfo {
  const get = (name: string): string | null => {
    if (headers instanceof Headers) return headers.get(name);
    const value = headers[name];
    return Array.isArray(value) ? (value.at(-1) ?? null) : (value ?? null);
  };
  const forwarded = get('x-forwarded-for');
  const ip =
    forwarded
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1) ??
    get('x-real-ip') ??
    null;
  return { ip, userAgent: get('user-agent')?.slice(0, 300) ?? null };
}
