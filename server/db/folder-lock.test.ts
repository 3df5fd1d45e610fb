import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockDataFolder } from './folder-lock';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waitboard-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A second process opening the folder the way the app does (server/db/client.ts). */
async function openInChild(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  const script = `import { openDatabase } from './server/db/client.ts';
void openDatabase({ dataDir: process.argv[1] }).then((d) => d.close());`;
  try {
    await promisify(execFile)('node_modules/.bin/tsx', ['--conditions=react-server', '-e', script, dataDir], {
      timeout: 60_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number | null; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('one process per embedded data folder', () => {
  it('refuses a second process with a message naming the folder and the owner', async () => {
    const dir = folder();
    const release = lockDataFolder(dir);
    const child = await openInChild(dir);
    expect(child.code).not.toBe(0);
    expect(child.stderr).toContain(
      `Another Waitboard is already running on the data folder ${dir} (pid ${process.pid}). Stop it first, or set DATA_DIR to another folder.`,
    );
    // The refused process left the lock alone, and nothing else in the folder.
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(false);
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 60_000);

  it('takes over a lock left by a process that has died', async () => {
    const dir = folder();
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.once('exit', resolve));
    writeFileSync(join(dir, LOCK_FILE), `${dead.pid}\n`);
    const release = lockDataFolder(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    release();
  });

  it('takes over a lock held by a killed process its parent has not reaped yet', async () => {
    const dir = folder();
    // `sleep 30 &` then `exec sleep 60`: the first sleep's parent becomes a process that never
    // waits for children, so once killed it stays a zombie, which kill(pid, 0) still finds.
    const parent = spawn('sh', ['-c', 'sleep 30 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number((await new Promise<Buffer>((resolve) => parent.stdout!.once('data', resolve))).toString());
      // Killed only once `sh` has become `sleep 60`: `sh` itself would reap it.
      await expect.poll(() => readFileSync(`/proc/${parent.pid}/stat`, 'utf8').split(' ')[1]).toBe('(sleep)');
      process.kill(pid, 'SIGKILL');
      await expect.poll(() => readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2]).toBe('Z');
      writeFileSync(join(dir, LOCK_FILE), `${pid}\n`);
      const release = lockDataFolder(dir);
      expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
      release();
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('takes over a lock holding no pid (its writer died mid-write)', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), '');
    const release = lockDataFolder(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    release();
  });

  it('refuses while a live process other than this one holds it', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    expect(() => lockDataFolder(dir)).toThrow(`(pid ${process.ppid})`);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.ppid));
  });
});
