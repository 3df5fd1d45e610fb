import { describe, expect, it } from 'vitest';
import { HttpError } from '../errors';
import { route } from './handler';

// A public route, so the wrapper needs no session to run the handler.
const request = () => new Request('http://localhost:3000/api/health');

describe('route wrapper: caching', () => {
  it('marks JSON answers and errors no-store, as pages are', async () => {
    const json = await route('t', async () => Response.json({ callers: [] }))(request());
    expect(json.headers.get('cache-control')).toBe('no-store');
    const error = await route('t', async () => {
      throw new HttpError(404, 'team_not_found', 'No such team.');
    })(request());
    expect(error.status).toBe(404);
    expect(error.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps a handler’s own Cache-Control (recordings, event streams)', async () => {
    const own = await route(
      't',
      async () => new Response('x', { headers: { 'cache-control': 'private, no-store' } }),
    )(request());
    expect(own.headers.get('cache-control')).toBe('private, no-store');
  });
});
