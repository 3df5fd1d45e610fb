// What the token manager saves: N waiting-area reads at concurrency C against the sandbox, with
// the shared single-flight token cache against a naive client that fetches a token per request.
import { createCoviuClient } from '../server/coviu/client';
import { startSandbox } from '../sandbox/server';

const READS = 400;
const CONCURRENCY = 25;

const sandbox = await startSandbox({ simulate: true, timeScale: 0 });
const team = sandbox.ctx.store.teams[0]!;
const credentials = Buffer.from('sandbox-client:sandbox-secret').toString('base64');

async function pool(work: () => Promise<unknown>) {
  let left = READS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) await work();
    }),
  );
  return performance.now() - started;
}

async function naiveRead() {
  const tokenResponse = await fetch(`${sandbox.url}/v1/auth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${credentials}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${sandbox.url}/v1/waiting/${team.id}`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  await response.json();
}

const tokensBefore = sandbox.ctx.tokens.issued;
const naiveMs = await pool(naiveRead);
const naiveTokens = sandbox.ctx.tokens.issued - tokensBefore;

const coviu = createCoviuClient({ baseUrl: sandbox.url, clientId: 'sandbox-client', clientSecret: 'sandbox-secret' });
const oursBefore = sandbox.ctx.tokens.issued;
const oursMs = await pool(() => coviu.waiting.calls(team.id));
const oursTokens = sandbox.ctx.tokens.issued - oursBefore;

await sandbox.close();
console.log(`${READS} reads, ${CONCURRENCY} at a time, against the sandbox`);
console.log(
  `token requests: naive ${naiveTokens}, ours ${oursTokens} (ratio ${(naiveTokens / Math.max(1, oursTokens)).toFixed(0)}:1)`,
);
console.log(
  `wall time:      naive ${naiveMs.toFixed(0)} ms, ours ${oursMs.toFixed(0)} ms (ours takes ${(oursMs / naiveMs).toFixed(2)}x the naive time)`,
);
