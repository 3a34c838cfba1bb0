import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { FolderInUseError, LOCK_FILE, lockDataFolder } from './folder-lock.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const freshDir = () => (dir = mkdtempSync(join(tmpdir(), 'sd-lock-')));

describe('the PGlite folder lock', () => {
  it('refuses a second holder with a Danish message naming the pid and what to do, and frees the folder on release', () => {
    freshDir();
    const release = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(FolderInUseError);
    expect(() => lockDataFolder(dir)).toThrow(
      new RegExp(`allerede åben i en anden proces \\(pid ${process.pid}\\).*stop serveren.*PostgreSQL`),
    );
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataFolder(dir)();
  });

  it('takes over a lock left by a process that died', () => {
    freshDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, LOCK_FILE), `${dead.stdout}\n`);
    const release = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(FolderInUseError);
    release();
  });

  it('is taken by opening the database and given back by closing it', async () => {
    freshDir();
    const database = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(FolderInUseError);
    await database.close();
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });
});
