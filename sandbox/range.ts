import type { Context } from 'hono';

/** RFC 9110 single byte ranges: 200 without Range, 206 for a satisfiable one, 416 otherwise. */
export function serveBytes(c: Context, bytes: Uint8Array<ArrayBuffer>, contentType: string): Response {
  const size = bytes.byteLength;
  const common = { 'accept-ranges': 'bytes', 'content-type': contentType, etag: `"${size}-fixture"` };
  const header = c.req.header('range');
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) {
    // No Range, or one we do not serve (multiple ranges): the whole file, which RFC 9110 allows.
    return new Response(bytes, { status: 200, headers: { ...common, 'content-length': String(size) } });
  }
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    start = Math.max(0, size - suffix);
    end = size - 1;
    if (suffix === 0) start = size;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) {
    return new Response(null, { status: 416, headers: { ...common, 'content-range': `bytes */${size}` } });
  }
  const slice = bytes.subarray(start, end + 1);
  return new Response(slice, {
    status: 206,
    headers: {
      ...common,
      'content-length': String(slice.byteLength),
      'content-range': `bytes ${start}-${end}/${size}`,
    },
  });
}
