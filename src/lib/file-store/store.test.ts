import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { freshDatabase } from '../../../test/db.ts';
import { sha256, storedFiles, storedPath, storeFilesThen } from './index.ts';

let database: Database;
let dataDir: string;
const bytesOf = (s: string) => new TextEncoder().encode(s);
const onDisk = (hash: string) =>
  stat(storedPath(dataDir, hash)).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  database = await freshDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'file-store-'));
});
afterAll(() => database.close());

describe('storeFilesThen', () => {
  it('stores the bytes under their hash with their row, and runs the caller’s writes in the same transaction', async () => {
    const bytes = bytesOf('Referat af dialogmødet');
    const hash = sha256(bytes);
    const result = await storeFilesThen(database.db, dataDir, [{ hash, bytes, mediaType: 'text/csv' }], async () => 'recorded');
    expect(result).toBe('recorded');
    expect(await readFile(storedPath(dataDir, hash), 'utf8')).toBe('Referat af dialogmødet');
    const [row] = await database.db.select().from(storedFiles).where(eq(storedFiles.sha256, hash));
    expect(row).toMatchObject({ size: bytes.byteLength, mediaType: 'text/csv' });
  });

  it('removes bytes it added when the transaction fails, and keeps bytes a committed row points at', async () => {
    const kept = bytesOf('Allerede gemt');
    const keptHash = sha256(kept);
    await storeFilesThen(database.db, dataDir, [{ hash: keptHash, bytes: kept, mediaType: 'text/csv' }], async () => null);
    const fresh = bytesOf('Ny fil');
    const freshHash = sha256(fresh);
    const files = [
      { hash: keptHash, bytes: kept, mediaType: 'text/csv' },
      { hash: freshHash, bytes: fresh, mediaType: 'text/csv' },
    ];
    await expect(
      storeFilesThen(database.db, dataDir, files, async () => {
        throw new Error('the caller’s write failed');
      }),
    ).rejects.toThrow('the caller’s write failed');
    expect(await onDisk(freshHash)).toBe(false);
    expect(await onDisk(keptHash)).toBe(true);
    expect(await database.db.select().from(storedFiles).where(eq(storedFiles.sha256, freshHash))).toEqual([]);
  });
});
