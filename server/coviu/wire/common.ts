import 'server-only';
import { z } from 'zod';

/** The furthest a JavaScript Date reaches either side of 1970 (ECMA-262 §21.4.1.1). */
const MAX_DATE_MS = 8.64e15;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T|\s)\d{2}:\d{2}/;
const RFC_1123 = /^[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} (GMT|UTC|[+-]\d{4})$/;

/**
 * Coviu has sent ISO 8601 (current) and RFC-1123 (2016 docs and SDK tests), and webhooks carry
 * epoch seconds (API-NOTES §3.7, §7 #9). Everything becomes an ISO 8601 UTC string.
 */
export function parseCoviuTime(value: string | number): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    // Epoch seconds; a value this large can only be milliseconds.
    const ms = value > 100_000_000_000 ? value : value * 1000;
    // 1e308 is finite but no date: toISOString would throw.
    return Math.abs(ms) <= MAX_DATE_MS ? new Date(ms).toISOString() : null;
  }
  const text = value.trim();
  if (!ISO_8601.test(text) && !RFC_1123.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export const timestamp = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const parsed = parseCoviuTime(value);
  if (parsed === null) {
    ctx.addIssue({ code: 'custom', message: 'expected an ISO 8601 or RFC-1123 timestamp' });
    return z.NEVER;
  }
  return parsed;
});

export const optionalTimestamp = timestamp.nullish().transform((v) => v ?? null);
export const optionalString = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

/** Coviu takes roles in any case and answers upper case; default is guest (API-NOTES §3.3). */
export const role = z
  .string()
  .nullish()
  .transform((v) => (v ?? 'guest').toUpperCase())
  .pipe(z.enum(['HOST', 'GUEST', 'PARTICIPANT']));

export const ok = z.object({ ok: z.boolean() });

export const token = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().nullish(),
  expires_in: z.coerce.number().positive(),
  token_type: z.string().nullish(),
  scope: z.string().nullish(),
});
export type WireToken = z.infer<typeof token>;
