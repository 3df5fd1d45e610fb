import 'server-only';
import { isStorable, UNSTORABLE_TEXT, unstorablePath } from '@/lib/core/text';
import { HttpError } from '../errors';

/** Our JSON bodies are small forms and actions: 64 KB is many times the largest (a clinic's settings). */
export const MAX_BODY_BYTES = 64 * 1024;

export function tooLarge(maxBytes = MAX_BODY_BYTES): HttpError {
  return new HttpError(
    413,
    'too_large',
    `The request is too large: Waitboard accepts at most ${Math.round(maxBytes / 1024)} KB here.`,
  );
}

/**
 * The body as text, refused with a 413 past `maxBytes` — by its Content-Length before reading, and
 * by counting while reading, as a chunked body declares no length. Never more is held in memory.
 */
export async function readLimitedText(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // A body cut off mid-way (the browser closed, the connection dropped) is the client's doing:
    // a 400, not an unhandled error.
    const { done, value } = await reader.read().catch(() => {
      throw new HttpError(400, 'body_incomplete', 'The request body was cut off before it ended. Send it again.');
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** A parsed body whose every string the database can store: a net under schemas that forget text(). */
export function storableBody<T>(body: T): T {
  const where = unstorablePath(body);
  if (where) throw new HttpError(400, 'bad_request', `${where.join('.') || 'body'}: ${UNSTORABLE_TEXT}`);
  return body;
}

/** Ids of ours and Coviu's are at most 100 characters (team ids; the rest are UUIDs). */
const MAX_ID_LENGTH = 200;
const CONTROL = /\p{Cc}/u;

/**
 * A route's path parameters, each a plausible id: `%00`, a lone surrogate, bytes that are not
 * UTF-8 or a 3,000-character id is a 400 naming the parameter, never a database error.
 */
export async function checkedParams<P>(params: Promise<P> | undefined): Promise<P> {
  let values: P;
  try {
    values = ((await params) ?? {}) as P;
  } catch {
    throw new HttpError(400, 'bad_path', 'The address is not valid.');
  }
  for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
    for (const one of [value].flat()) {
      const ok = typeof one === 'string' && one.length <= MAX_ID_LENGTH && isStorable(one) && !CONTROL.test(one);
      if (!ok) throw new HttpError(400, 'bad_path', `${name}: this is not a valid id.`);
    }
  }
  return values;
}
