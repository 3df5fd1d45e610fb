// Starts the built app and the sandbox as real processes for the live benchmarks, and gives them
// signed-in SSE clients.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

export interface Stack {
  appUrl: string;
  sandboxUrl: string;
  app: ChildProcess;
  stop(): void;
}

export async function startStack(
  appPort: number,
  sandboxPort: number,
  env: Record<string, string> = {},
): Promise<Stack> {
  const lib = (await import('../scripts/lib.mjs' as string)) as { ensureBuild: () => void };
  lib.ensureBuild();
  const token = 'bench-webhook-token-0123456789';
  const appUrl = `http://127.0.0.1:${appPort}`;
  const sandbox = spawn('node_modules/.bin/tsx', ['sandbox/main.ts'], {
    env: {
      ...process.env,
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_SIMULATION: 'off',
      SANDBOX_WEBHOOK_URL: `${appUrl}/api/webhooks/coviu`,
      SANDBOX_WEBHOOK_AUTH: `bearer:${token}`,
    },
    stdio: 'ignore',
  });
  const app = spawn('node_modules/.bin/next', ['start', '-p', String(appPort)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'waitboard-bench-')),
      NEXTAUTH_URL: appUrl,
      SANDBOX_PORT: String(sandboxPort),
      COVIU_WEBHOOK_TOKEN: token,
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: 'ignore',
  });
  const stop = () => {
    app.kill('SIGTERM');
    sandbox.kill('SIGTERM');
  };
  process.once('exit', stop);
  await waitFor(`http://127.0.0.1:${sandboxPort}/_sandbox`, 30_000);
  await waitFor(`${appUrl}/api/health?ready=1`, 120_000);
  return { appUrl, sandboxUrl: `http://127.0.0.1:${sandboxPort}`, app, stop };
}

/** A session cookie for a demo account, from next-auth's own endpoints. */
export async function signIn(appUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar, 'content-type': 'application/x-www-form-urlencoded', origin: appUrl },
    body: new URLSearchParams({ csrfToken, email, password: 'waitboard-demo', json: 'true' }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error('sign-in failed');
  return session.split(';')[0]!;
}

export interface StreamClient {
  close(): void;
}

/** A minimal EventSource over fetch: calls `onEvent` with each event's name and parsed data. */
export function openStream(
  appUrl: string,
  teamId: string,
  cookie: string,
  onEvent: (event: string, data: unknown) => void,
): StreamClient {
  const controller = new AbortController();
  void (async () => {
    const response = await fetch(`${appUrl}/api/teams/${teamId}/waiting/stream`, {
      headers: { cookie },
      signal: controller.signal,
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) onEvent(event, JSON.parse(data));
      }
    }
  })().catch(() => undefined);
  return { close: () => controller.abort() };
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return kb / 1024;
}
