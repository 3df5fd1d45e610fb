import 'server-only';
import { env, upstream } from '../env';
import { measuredFetch } from '../metrics/hooks';
import { type CoviuClient, createCoviuClient } from './client';

export { isCoviuError } from './errors';

// One client per process so every caller shares the token cache and its single-flight refresh.
const globalForCoviu = globalThis as unknown as { waitboardCoviu?: CoviuClient };

export function coviu(): CoviuClient {
  if (!globalForCoviu.waitboardCoviu) {
    const e = env();
    const u = upstream(e);
    globalForCoviu.waitboardCoviu = createCoviuClient({
      baseUrl: u.baseUrl,
      clientId: u.clientId,
      clientSecret: u.clientSecret,
      timeoutMs: e.COVIU_TIMEOUT_MS,
      backoff: { budgetMs: e.COVIU_RETRY_BUDGET_MS },
      // The global fetch looked up per request, so a test that replaces it is still measured.
      fetch: measuredFetch((input, init) => fetch(input, init)),
    });
  }
  return globalForCoviu.waitboardCoviu;
}

/** Points the process's client at a test sandbox (tests only). */
export function setCoviuClientForTests(client: CoviuClient): void {
  globalForCoviu.waitboardCoviu = client;
}
