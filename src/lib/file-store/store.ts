import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { storedFiles } from './table.ts';

/*
 * The content-addressed file store: bytes under their sha256 in the data folder, what we know
 * of them in `stored_files`. Features record their own rows (a package file, an agenda item's
 * bilag) pointing at the hash, through storeFilesThen.
 */

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const storedPath = (dataDir: string, hash: string) => join(dataDir, 'files', hash.slice(0, 2), hash.slice(2, 4), hash);

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Writes the bytes under their hash: to a temporary name, flushed, then renamed, so a crash
 * never leaves a half-written file under a real hash. Returns whether the file is new.
 */
async function writeStoredFile(dataDir: string, hash: string, bytes: Uint8Array): Promise<boolean> {
  const path = storedPath(dataDir, hash);
  if (await exists(path)) return false;
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.tmp`;
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
  return true;
}

export type FileToStore = { hash: string; bytes: Uint8Array; mediaType: string };
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Stores the files' bytes, then runs `record` in one transaction with their `stored_files` rows.
 * If the transaction fails, bytes this call added are removed again — unless a committed row
 * points at them (another upload of the same bytes may have won the race).
 */
export async function storeFilesThen<T>(db: Db, dataDir: string, files: FileToStore[], record: (tx: Tx) => Promise<T>): Promise<T> {
  const added: string[] = [];
  try {
    for (const f of files) if (await writeStoredFile(dataDir, f.hash, f.bytes)) added.push(f.hash);
    return await db.transaction(async (tx) => {
      for (const f of files) {
        await tx.insert(storedFiles).values({ sha256: f.hash, size: f.bytes.byteLength, mediaType: f.mediaType }).onConflictDoNothing();
      }
      return record(tx);
    });
  } catch (error) {
    for (const hash of added) {
      const [kept] = await db.select({ sha256: storedFiles.sha256 }).from(storedFiles).where(eq(storedFiles.sha256, hash));
      if (!kept) await rm(storedPath(dataDir, hash), { force: true });
    }
    throw error;
  }
}
