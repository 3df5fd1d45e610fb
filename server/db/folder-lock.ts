import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// PGlite is PostgreSQL in this process's memory: a second process opening the same folder would
// write over the first one's files and corrupt them, and PGlite itself does not stop it. A lock
// file holding the owner's pid does; a lock left by a process that has died (kill -9, a crash, a
// container restart) is taken over.

export const LOCK_FILE = 'waitboard.lock';

/** Recognised by name (instrumentation.ts stops the server), as classes differ between bundles. */
export const FOLDER_IN_USE = 'DataFolderInUse';

/** A killed process not yet reaped by its parent still answers kill(pid, 0) (Linux shows it as Z). */
function zombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !zombie(pid);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function create(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the data folder for this process, or throws a message naming the folder and the process
 * that has it. Returns the release (also done when the process exits normally). Our own pid in the
 * file is a lock from an earlier open in this process, or from a restarted container whose process
 * got the same pid: either way nobody else has the folder.
 */
export function lockDataFolder(dataDir: string): () => void {
  // A new folder is made here: the lock comes before anything else is in it.
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; !create(path); attempt++) {
    const owner = ownerOf(path);
    if (owner !== null && owner !== process.pid && alive(owner)) {
      const error = new Error(
        `Another Waitboard is already running on the data folder ${dataDir} (pid ${owner}). Stop it first, or set DATA_DIR to another folder.`,
      );
      error.name = FOLDER_IN_USE;
      throw error;
    }
    // Stale (or half-written by a process that died while writing it): taken over. Two processes
    // starting at once on the same stale lock are the only race left; the retry bound ends it.
    if (attempt >= 2) throw new Error(`Could not take the lock ${path}: remove it if no Waitboard is running.`);
    try {
      unlinkSync(path);
    } catch {
      // removed by the other starter: try again
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (ownerOf(path) === process.pid) {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', release);
  return release;
}
