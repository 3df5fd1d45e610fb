import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Coviu's error shape as its SDKs read it: `{error:{message}}` (API-NOTES §5). */
export function fail(c: Context, status: ContentfulStatusCode, message: string) {
  return c.json({ error: { message } }, status);
}

export function iso(ms: number | null | undefined): string | undefined {
  return ms === null || ms === undefined ? undefined : new Date(ms).toISOString();
}

/** Coviu's reference declares no nullable fields, so absent values are left out rather than sent as null. */
export function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const RFC_1123 = /^[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Accepts ISO 8601 (with any offset) and the RFC-1123 form the 2016 SDKs sent. */
export function parseTime(value: unknown): number | null {
  if (typeof value !== 'string' || !(ISO_8601.test(value) || RFC_1123.test(value))) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export function flag(value: string | undefined): boolean {
  return value === 'true' || value === '1';
}

export async function readJsonObject(c: Context): Promise<Record<string, unknown> | null> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
