import 'server-only';
import { env } from '../env';
import { addressMatcher, normaliseAddress } from '../net/addresses';
import { PEER_HEADER, peerStamped } from './peer-address';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}

/**
 * The client's address: the socket's peer, unless that peer is a configured proxy
 * (TRUSTED_PROXIES), in which case X-Forwarded-For is read from the right, hop by hop, while each
 * hop is itself a trusted proxy; the first one that is not is the client. Anything a client wrote
 * further left is its own claim and ignored. An entry that is not an IP ends the walk at the last
 * address a trusted proxy vouched for.
 */
export function clientAddress(
  peer: string | null,
  forwardedFor: string | null,
  trusted: (address: string) => boolean,
): string | null {
  let ip = peer === null ? null : normaliseAddress(peer);
  if (ip === null || !trusted(ip)) return ip;
  const hops = (forwardedFor ?? '').split(',').reverse();
  for (const hop of hops) {
    const address = normaliseAddress(hop);
    if (address === null) break;
    ip = address;
    if (!trusted(address)) break;
  }
  return ip;
}

let matcher: { entries: readonly string[]; trusted: (address: string) => boolean } | null = null;

function trustedProxies(): (address: string) => boolean {
  const entries = env().TRUSTED_PROXIES;
  if (matcher?.entries !== entries) matcher = { entries, trusted: addressMatcher(entries) };
  return matcher.trusted;
}

/**
 * Who is asking, for the audit log and the sign-in throttle. The peer comes from PEER_HEADER,
 * stamped from the socket (see peer-address.ts); without it the address is unknown (null), never
 * a value the client chose.
 */
export function clientInfo(headers: HeaderSource): ClientInfo {
  const peer = peerStamped() ? header(headers, PEER_HEADER) : null;
  return {
    ip: clientAddress(peer, header(headers, 'x-forwarded-for'), trustedProxies()),
    userAgent: header(headers, 'user-agent')?.slice(0, 300) ?? null,
  };
}
