import { z } from 'zod';

// PostgreSQL (and PGlite) refuse NUL in `text` and `jsonb`, and `jsonb` refuses half of a UTF-16
// surrogate pair: such a string reaching the database fails the whole request after any call to
// Coviu already happened. Staff's text is refused with the field named; Coviu's is cleaned.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

export const UNSTORABLE_TEXT = 'Remove the invisible NUL character or the broken character from this text.';

/** Whether the database can store this string as it is. */
export function isStorable(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** The string without NUL, a lone surrogate shown as the replacement character (�). */
export function cleanText(value: string): string {
  return isStorable(value) ? value : value.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\ufffd');
}

/** A parsed JSON value with every string in it, keys included, made storable. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanDeep(v)])) as T;
  return value;
}

/** Where the first unstorable string (or key) in a JSON value is, or null if there is none. */
export function unstorablePath(value: unknown, at: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isStorable(value) ? null : at;
  if (!value || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const path = [...at, Array.isArray(value) ? Number(key) : key];
    if (!isStorable(key)) return path;
    const found = unstorablePath(inner, path);
    if (found) return found;
  }
  return null;
}

/** A string field of our API: every one of them refuses what the database cannot store. */
export function text() {
  return z.string().refine(isStorable, { message: UNSTORABLE_TEXT });
}
