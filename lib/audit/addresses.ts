/** How the log shows where a request came from, with the address as recorded beside it. */
export interface ReadableAddress {
  label: string;
  /** The address as stored, for a tooltip and the export; null when nothing was recorded. */
  raw: string | null;
}

const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
// An IPv4 client of a dual-stack server arrives as "::ffff:10.1.2.3"; people know it as 10.1.2.3.
const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * "::1" and 127.x are the server's own machine ("this computer": Waitboard was used on the computer
 * it runs on); an IPv4-mapped IPv6 address is shown as the IPv4 address it is.
 */
export function readableAddress(ip: string | null): ReadableAddress {
  if (!ip) return { label: '—', raw: null };
  const trimmed = ip.trim();
  const v4 = MAPPED_V4.exec(trimmed)?.[1] ?? trimmed;
  if (v4 === '::1' || LOOPBACK_V4.test(v4)) return { label: 'This computer', raw: trimmed };
  return { label: v4, raw: trimmed };
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad/, 'iOS'],
  [/Android/, 'Android'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Chrome on Windows" from a user agent; what is not recognised is left unsaid rather than guessed. */
export function readableDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? null;
}
