import { afterEach, describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { addressMatcher } from '../net/addresses';
import { clientAddress, clientInfo } from './client-info';
import { PEER_HEADER, stampPeerAddresses } from './peer-address';

const none = addressMatcher([]);
const proxies = addressMatcher(['10.0.0.0/8', '2001:db8::/32']);

describe('clientAddress', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: the header is the client’s own claim', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', '198.51.100.1, 10.0.0.2', proxies)).toBe('203.0.113.9');
  });

  it('takes the first untrusted hop from the right when the peer is a trusted proxy', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.7', proxies)).toBe('198.51.100.7');
    // A client that sends its own header gets it prefixed, not believed.
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.3', proxies)).toBe('198.51.100.7');
    expect(clientAddress('[2001:db8::5]:443', '198.51.100.7:5123', proxies)).toBe('198.51.100.7');
  });

  it('stops at the last address a trusted proxy vouched for when a hop is not an IP', () => {
    expect(clientAddress('10.0.0.2', 'unknown', proxies)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '198.51.100.7, junk, 10.0.0.3', proxies)).toBe('10.0.0.3');
    expect(clientAddress('10.0.0.2', null, proxies)).toBe('10.0.0.2');
  });

  it('is unknown without a peer', () => {
    expect(clientAddress(null, '198.51.100.1', proxies)).toBeNull();
  });
});

describe('clientInfo', () => {
  const before = process.env.TRUSTED_PROXIES;
  afterEach(() => {
    process.env.TRUSTED_PROXIES = before;
  });

  it('never takes the address from a forged X-Forwarded-For or X-Real-IP', () => {
    const forged = new Headers({ 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '6.6.6.6', [PEER_HEADER]: '6.6.6.6' });
    // Before the socket's address is stamped, nothing in the headers is believed.
    expect(clientInfo(forged).ip).toBeNull();
    stampPeerAddresses();
    forged.set(PEER_HEADER, '::ffff:192.0.2.44');
    expect(clientInfo(forged).ip).toBe('192.0.2.44');
    expect(clientInfo({ 'x-forwarded-for': '6.6.6.6', [PEER_HEADER]: '192.0.2.44', 'user-agent': 'x' })).toEqual({
      ip: '192.0.2.44',
      userAgent: 'x',
    });
  });
});

describe('TRUSTED_PROXIES', () => {
  it('defaults to none and accepts addresses and CIDR ranges', () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1, 2001:db8::/32' }).TRUSTED_PROXIES).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      '2001:db8::/32',
    ]);
  });

  it('refuses anything else, naming the variable without echoing the value', () => {
    for (const bad of ['proxy.internal', '10.0.0.0/33', '10.0.0.1:80', '10.0.0.0/8/1', '*']) {
      expect(() => parseEnv({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES: give IP addresses/);
      try {
        parseEnv({ TRUSTED_PROXIES: bad });
      } catch (error) {
        expect((error as Error).message).not.toContain(bad);
      }
    }
  });
});
