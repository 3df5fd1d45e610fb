import 'server-only';
import { BlockList, isIP } from 'node:net';

/**
 * An address as a socket or a proxy writes it, reduced to the bare IP: IPv4-mapped IPv6
 * (`::ffff:10.0.0.1`, how a dual-stack socket reports an IPv4 peer) becomes IPv4, and the port
 * some proxies append (`10.0.0.1:5123`, `[2001:db8::1]:443`) is dropped. Null if it is no IP.
 */
export function normaliseAddress(raw: string): string | null {
  let s = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(s);
  if (mapped) s = mapped[1]!;
  return isIP(s) ? s.toLowerCase() : null;
}

interface Range {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** `10.0.0.1` or `10.0.0.0/8` (IPv6 alike) as a range, or null when it is neither. */
function parseRange(entry: string): Range | null {
  const [raw, bits, ...rest] = entry.trim().split('/');
  if (rest.length || raw === undefined) return null;
  // A bare IP only: a port has no place in a range.
  const address = isIP(raw.trim()) ? normaliseAddress(raw) : null;
  if (!address) return null;
  const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
  const max = family === 'ipv4' ? 32 : 128;
  if (bits !== undefined && !/^\d{1,3}$/.test(bits)) return null;
  const prefix = bits === undefined ? max : Number(bits);
  return prefix <= max ? { address, prefix, family } : null;
}

/**
 * A comma-separated list of IPs and CIDR ranges (TRUSTED_PROXIES) checked entry by entry: the
 * entries as given, or null if any is not an address or range.
 */
export function parseAddressList(list: string): string[] | null {
  const entries = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.every((e) => parseRange(e) !== null) ? entries : null;
}

/** Whether an address falls in any of the ranges (a list parseAddressList accepted). */
export function addressMatcher(entries: readonly string[]): (address: string) => boolean {
  const blocks = new BlockList();
  for (const entry of entries) {
    const range = parseRange(entry);
    if (range) blocks.addSubnet(range.address, range.prefix, range.family);
  }
  return (address) => {
    const ip = normaliseAddress(address);
    return ip !== null && blocks.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');
  };
}
