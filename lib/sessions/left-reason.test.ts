import { describe, expect, it } from 'vitest';
import { leftReasonLabel } from './left-reason';

describe('leftReasonLabel', () => {
  it('says the reasons Coviu sends in words', () => {
    expect(leftReasonLabel('ended-call')).toBe('Ended the call');
    expect(leftReasonLabel('hung-up')).toBe('Hung up');
    expect(leftReasonLabel('connection-lost')).toBe('Connection lost');
    expect(leftReasonLabel('ended-by-host')).toBe('The host ended the call');
  });

  it('spells out a reason it has not seen rather than showing the code', () => {
    expect(leftReasonLabel('kicked_by-admin')).toBe('Kicked by admin');
    expect(leftReasonLabel('NETWORK-ERROR')).toBe('Network error');
  });

  it('has nothing to say for no reason', () => {
    expect(leftReasonLabel(null)).toBeNull();
    expect(leftReasonLabel('  ')).toBeNull();
    expect(leftReasonLabel('--')).toBeNull();
  });
});
