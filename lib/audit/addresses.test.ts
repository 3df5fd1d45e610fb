import { describe, expect, it } from 'vitest';
import { readableAddress, readableDevice } from './addresses';

describe('readableAddress', () => {
  it('calls loopback "this computer", keeping the address recorded', () => {
    expect(readableAddress('::1')).toEqual({ label: 'This computer', raw: '::1' });
    expect(readableAddress('127.0.0.1').label).toBe('This computer');
    expect(readableAddress('::ffff:127.0.0.1').label).toBe('This computer');
  });

  it('shows an IPv4-mapped IPv6 address as IPv4', () => {
    expect(readableAddress('::ffff:10.20.30.40')).toEqual({ label: '10.20.30.40', raw: '::ffff:10.20.30.40' });
  });

  it('leaves other addresses as they are, and says when none was recorded', () => {
    expect(readableAddress('2001:db8::7').label).toBe('2001:db8::7');
    expect(readableAddress('203.0.113.9').label).toBe('203.0.113.9');
    expect(readableAddress(null)).toEqual({ label: '—', raw: null });
  });
});

describe('readableDevice', () => {
  it('names the browser and the system', () => {
    const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36';
    expect(readableDevice(chrome)).toBe('Chrome on Windows');
    expect(readableDevice('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Version/17 Safari/605.1')).toBe(
      'Safari on macOS',
    );
    expect(readableDevice('curl/8.0')).toBeNull();
    expect(readableDevice(null)).toBeNull();
  });
});
