// Also used by the proxy, so no `server-only` import; it never reaches the browser bundle.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

let cached: string | null = null;

// Read by name at run time: a bundler must not replace these with their build-time values.
const runtimeEnv = (name: string): string | undefined => process.env[name];

/**
 * NEXTAUTH_SECRET when set (required when several instances share sessions). Otherwise a random
 * secret kept in DATA_DIR, so the embedded default needs no configuration and sessions survive
 * a restart.
 */
export function authSecret(): string {
  if (cached) return cached;
  const configured = runtimeEnv('NEXTAUTH_SECRET');
  if (configured) return (cached = configured);
  const dir = resolve(/* turbopackIgnore: true */ runtimeEnv('DATA_DIR') || '.data');
  const file = join(dir, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  cached = readFileSync(file, 'utf8').trim();
  return cached;
}
