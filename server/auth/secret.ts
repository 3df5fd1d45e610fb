// Also used by the proxy. Next bundles the proxy with the react-server condition, so env.ts's
// `server-only` import is allowed there as it is on the server.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { env } from '../env';

let cached: string | null = null;

/**
 * NEXTAUTH_SECRET when set (required when several instances share sessions). Otherwise a random
 * secret kept in DATA_DIR, so the embedded default needs no configuration and sessions survive
 * a restart. env() reads the variables at run time, so neither is fixed at build time.
 */
export function authSecret(): string {
  if (cached) return cached;
  const e = env();
  if (e.NEXTAUTH_SECRET) return (cached = e.NEXTAUTH_SECRET);
  const dir = resolve(/* turbopackIgnore: true */ e.DATA_DIR);
  const file = join(dir, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  cached = readFileSync(file, 'utf8').trim();
  return cached;
}
