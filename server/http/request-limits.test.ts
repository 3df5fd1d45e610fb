import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError } from '../errors';
import { readBody } from './handler';
import { checkedParams, MAX_BODY_BYTES, readLimitedText } from './request-limits';

/** A body sent in chunks, with no Content-Length, as a client streaming it would. */
function chunked(total: number, pulled: { bytes: number }): Request {
  const chunk = new Uint8Array(16 * 1024).fill(0x61);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return new Request('http://waitboard.test/api/x', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (e: unknown) => (e instanceof HttpError ? e.status : 500),
  );

describe('request bodies', () => {
  it('answers a body cut off mid-way with a 400, not an unhandled error', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"theme":'));
        controller.error(new Error('aborted'));
      },
    });
    const request = new Request('http://x/api/me/preferences', {
      method: 'PATCH',
      body,
      duplex: 'half',
    } as RequestInit);
    const error = await readLimitedText(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 400, code: 'body_incomplete' });
  });

  it('refuses a declared length past the limit before reading a byte', async () => {
    const pulled = { bytes: 0 };
    const request = chunked(5 * 1024 * 1024, pulled);
    request.headers.set('content-length', String(5 * 1024 * 1024));
    expect(await status(readLimitedText(request))).toBe(413);
    // A stream fills its queue with one chunk as it is made; nothing is read after that.
    expect(pulled.bytes).toBeLessThanOrEqual(16 * 1024);
  });

  it('stops reading a chunked body once it passes the limit', async () => {
    const pulled = { bytes: 0 };
    expect(await status(readLimitedText(chunked(5 * 1024 * 1024, pulled)))).toBe(413);
    expect(pulled.bytes).toBeLessThan(MAX_BODY_BYTES + 64 * 1024);
  });

  it('reads a body within the limit, and readBody says 413 with a clear message past it', async () => {
    expect((await readLimitedText(chunked(32 * 1024, { bytes: 0 }))).length).toBe(32 * 1024);
    const big = JSON.stringify({ note: 'x'.repeat(MAX_BODY_BYTES) });
    const error = await readBody(new Request('http://w.test', { method: 'POST', body: big }), z.unknown()).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 413, message: expect.stringMatching(/^The request is too large/) });
  });

  it('refuses unstorable text with the field named, whatever the schema', async () => {
    const body = JSON.stringify({ label: 'TV', extra: { note: 'a\u0000' } });
    const error = await readBody(new Request('http://w.test', { method: 'POST', body }), z.unknown()).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 400, message: expect.stringMatching(/^extra\.note: /) });
  });
});

describe('path parameters', () => {
  it('are ids: NUL, lone surrogates, control characters and 3,000 characters are a 400 naming them', async () => {
    expect(await checkedParams(Promise.resolve({ teamId: 'riverbend', callId: 'c0ffee' }))).toEqual({
      teamId: 'riverbend',
      callId: 'c0ffee',
    });
    for (const bad of ['\u0000', 'a\u0000b', '\ud800', 'x\n', 'x'.repeat(3000)]) {
      const error = await checkedParams(Promise.resolve({ sessionId: bad })).catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 400, message: 'sessionId: this is not a valid id.' });
    }
  });
});
