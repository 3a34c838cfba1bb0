import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'styringsdialog.lock';

/** A PGlite folder is open in another process; the message says what to do instead. */
export class FolderInUseError extends Error {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const holderOf = (path: string): number | null => {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

function inUse(dir: string, pid: number): FolderInUseError {
  return new FolderInUseError(
    `PGlite-databasen i ${dir} er allerede åben i en anden proces (pid ${pid}). To processer må aldrig bruge den samme ` +
      `PGlite-mappe: hvad den ene skriver, går tabt. Gør i stedet et af følgende: stop serveren (pid ${pid}) og kør ` +
      `kommandoen igen; gør ændringen på administrationssiderne i den kørende app; eller kør appen på PostgreSQL ` +
      `(DATABASE_URL), hvor flere processer kan arbejde samtidig.`,
  );
}

/**
 * Takes the PGlite folder for this process, or refuses at once. PGlite is PostgreSQL in one
 * process with no shared memory: a second process on the same folder (a CLI command while the
 * server runs) works on its own copy in memory and its writes are lost, or worse, overwrite the
 * server's. The lock file holds the holder's pid; one left by a process that died (kill -9, a
 * crash) is taken over. Returns the release function.
 */
export function lockDataFolder(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(path);
      if (holder !== null && alive(holder)) throw inUse(dir, holder);
      if (attempt > 3) throw inUse(dir, holder ?? 0);
      if (holder === null && attempt < 2) {
        // Created a moment ago and not yet written by the process taking it: look again.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      // Stale: its process is gone. Another process may take it over at the same moment; the
      // exclusive create above decides, and the loser sees a live holder on its next turn.
      try {
        unlinkSync(path);
      } catch {
        // Already taken over and removed by the other process.
      }
    }
  }
  const release = () => {
    process.off('exit', release);
    if (holderOf(path) === process.pid) unlinkSync(path);
  };
  // A normal exit without close() (an uncaught error in a command) leaves no lock behind.
  process.on('exit', release);
  return release;
}
