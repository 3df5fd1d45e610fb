import { describe, expect, it } from 'vitest';
import { canonicalZone, matchesZone, timeZoneGroups, utcOffset, zoneOption } from './time-zones';

// 15 January: daylight saving in south-eastern Australia and New Zealand, none in Queensland or WA.
const SUMMER = new Date('2026-01-15T00:00:00Z');
const WINTER = new Date('2026-07-15T00:00:00Z');

describe('time zones offered to a clinic', () => {
  it('lists Australian and New Zealand zones first, west to east, then this computer’s zone, then the rest A–Z', () => {
    const groups = timeZoneGroups({ now: SUMMER, browserZone: 'Europe/London' });
    expect(groups.map((g) => g.title)).toEqual([
      'Australia and New Zealand',
      'This computer’s time zone',
      'All time zones',
    ]);
    const near = groups[0]!.zones.map((z) => z.id);
    expect(near[0]).toBe('Australia/Perth');
    expect(near).toEqual(expect.arrayContaining(['Australia/Sydney', 'Australia/Darwin', 'Pacific/Auckland']));
    expect(near.indexOf('Australia/Brisbane')).toBeLessThan(near.indexOf('Australia/Sydney'));
    expect(near.at(-1)).toBe('Pacific/Chatham');
    expect(groups[1]!.zones.map((z) => z.id)).toEqual(['Europe/London']);
    const rest = groups[2]!.zones.map((z) => z.id);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
    expect(rest).not.toContain('Europe/London');
    expect(rest).not.toContain('Australia/Sydney');
  });

  it('offers current names only, and reads a browser’s old name as today’s', () => {
    const ids = timeZoneGroups({ now: SUMMER }).flatMap((g) => g.zones.map((z) => z.id));
    for (const alias of ['Africa/Asmera', 'Australia/ACT', 'Asia/Calcutta', 'Europe/Kiev', 'US/Eastern'])
      expect(ids).not.toContain(alias);
    expect(ids).toEqual(expect.arrayContaining(['Africa/Asmara', 'Asia/Kolkata', 'UTC']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(canonicalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    const groups = timeZoneGroups({ now: SUMMER, browserZone: 'Asia/Calcutta' });
    expect(groups[1]!.zones[0]!.id).toBe('Asia/Kolkata');
    // A browser in Australia adds no group of its own: its zone is already at the top.
    expect(timeZoneGroups({ now: SUMMER, browserZone: 'Australia/Sydney' })).toHaveLength(2);
  });

  it('shows a readable place, its country and the offset now', () => {
    expect(zoneOption('Australia/Lord_Howe', SUMMER).label).toBe('Lord Howe, Australia (UTC+11)');
    expect(zoneOption('Australia/Adelaide', SUMMER).label).toBe('Adelaide, Australia (UTC+10:30)');
    expect(zoneOption('Australia/Adelaide', WINTER).offset).toBe('UTC+9:30');
    expect(zoneOption('America/Argentina/Buenos_Aires', SUMMER).city).toBe('Buenos Aires (Argentina)');
    expect(utcOffset('America/Sao_Paulo', SUMMER)).toEqual({ text: 'UTC−3', minutes: -180 });
    expect(utcOffset('UTC', SUMMER)).toEqual({ text: 'UTC', minutes: 0 });
  });

  it('finds a zone by city, country, IANA name or offset', () => {
    const perth = zoneOption('Australia/Perth', SUMMER);
    for (const typed of ['Perth', 'perth', 'australia/per', 'Australia', 'UTC+8', 'Perth, Australia (UTC+8)'])
      expect(matchesZone(perth, typed)).toBe(true);
    expect(matchesZone(perth, 'Sydney')).toBe(false);
    expect(matchesZone(zoneOption('America/Sao_Paulo', SUMMER), 'utc-3')).toBe(true);
    expect(matchesZone(zoneOption('Asia/Kolkata', SUMMER), 'india')).toBe(true);
  });
});
