import { ZONE_TAB } from './zone-tab';

export interface ZoneOption {
  /** The IANA name stored and sent, e.g. Australia/Perth. */
  id: string;
  /** Readable place, e.g. "Perth" or "Center (North Dakota)". */
  city: string;
  country: string;
  /** The offset from UTC now, e.g. "UTC+8", "UTC+10:30", "UTC−3". */
  offset: string;
  offsetMinutes: number;
  /** What the picker shows once chosen: "Perth, Australia (UTC+8)". */
  label: string;
  /** Everything a person might type to find it, lower case. */
  search: string;
}

export interface ZoneGroup {
  title: string;
  zones: ZoneOption[];
}

// Browsers still report some zones by the old names ICU keeps (Chrome in India says Asia/Calcutta):
// read them as today's names, so "this computer's zone" and a clinic saved earlier still match.
const RENAMED: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Australia/ACT': 'Australia/Sydney',
  'Australia/Canberra': 'Australia/Sydney',
  'Australia/NSW': 'Australia/Sydney',
  'Australia/Victoria': 'Australia/Melbourne',
  'Australia/Queensland': 'Australia/Brisbane',
  'Australia/West': 'Australia/Perth',
  'Australia/South': 'Australia/Adelaide',
  'Australia/North': 'Australia/Darwin',
  'Australia/Tasmania': 'Australia/Hobart',
  'Europe/Kiev': 'Europe/Kyiv',
  'Etc/UTC': 'UTC',
  NZ: 'Pacific/Auckland',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

export const canonicalZone = (id: string) => RENAMED[id] ?? id;

/** Country code per zone, from tzdata's zone.tab; UTC belongs to no country. */
const COUNTRY_OF: Map<string, string> = (() => {
  const words = ZONE_TAB.trim().split(/\s+/);
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < words.length; i += 2) pairs.push([words[i + 1]!, words[i]!]);
  return new Map([...pairs, ['UTC', '']]);
})();

/** Where the clinics are: these come first (the browser's own zone next). */
const NEAR = new Set(['AU', 'NZ']);

export function utcOffset(zone: string, now: Date): { text: string; minutes: number } {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return { text: 'UTC', minutes: 0 };
  const [, sign, hh, mm] = match;
  const minutes = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
  if (minutes === 0) return { text: 'UTC', minutes };
  const text = `UTC${sign === '-' ? '−' : '+'}${Number(hh)}${mm === '00' ? '' : `:${mm}`}`;
  return { text, minutes };
}

function place(id: string): string {
  if (id === 'UTC') return 'UTC';
  const [, ...rest] = id.split('/').map((part) => part.replace(/_/g, ' '));
  const city = rest.at(-1) ?? id;
  return rest.length > 1 ? `${city} (${rest.slice(0, -1).join(', ')})` : city;
}

let regionNames: Intl.DisplayNames | null = null;
function countryName(code: string): string {
  if (!code) return 'Coordinated Universal Time';
  regionNames ??= new Intl.DisplayNames(['en-AU'], { type: 'region' });
  return regionNames.of(code) ?? code;
}

export function zoneOption(id: string, now: Date): ZoneOption {
  const { text, minutes } = utcOffset(id, now);
  const city = place(id);
  const country = countryName(COUNTRY_OF.get(id) ?? '');
  const label = id === 'UTC' ? `UTC (${country})` : `${city}, ${country} (${text})`;
  const search = `${label} ${id} ${id.replace(/_/g, ' ')} ${text.replace('−', '-')}`.toLowerCase();
  return { id, city, country, offset: text, offsetMinutes: minutes, label, search };
}

const byOffsetThenCity = (a: ZoneOption, b: ZoneOption) =>
  a.offsetMinutes - b.offsetMinutes || a.city.localeCompare(b.city);

/**
 * The zones a clinic can choose: Australian and New Zealand ones first (west to east), then this
 * computer's own zone, then every other current IANA name A–Z. A zone saved under an old name
 * shows under its current one.
 */
export function timeZoneGroups({ now, browserZone }: { now: Date; browserZone?: string }): ZoneGroup[] {
  const all = [...COUNTRY_OF.keys()].filter(isKnownZone).map((id) => zoneOption(id, now));
  const near = all.filter((z) => NEAR.has(COUNTRY_OF.get(z.id) ?? '')).sort(byOffsetThenCity);
  const mine = browserZone ? canonicalZone(browserZone) : undefined;
  const own = near.some((z) => z.id === mine) ? undefined : all.find((z) => z.id === mine);
  const rest = all.filter((z) => !near.includes(z) && z !== own).sort((a, b) => a.id.localeCompare(b.id));
  return [
    { title: 'Australia and New Zealand', zones: near },
    ...(own ? [{ title: 'This computer’s time zone', zones: [own] }] : []),
    { title: 'All time zones', zones: rest },
  ];
}

/** Whether this runtime can show times in the zone (its data may be older than zone.tab's newest names). */
export function isKnownZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en-AU', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}

export const matchesZone = (zone: ZoneOption, input: string) =>
  input
    .toLowerCase()
    .split(/[\s,()]+/)
    .filter(Boolean)
    .every((word) => zone.search.includes(word));
