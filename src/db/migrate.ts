import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './client.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

function journal(): Journal {
  return JSON.parse(readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as Journal;
}

/**
 * Refuses a database that has migrations this code does not know: running old code on a
 * newer schema would silently misread or damage data.
 */
async function assertNotNewer(database: Database): Promise<void> {
  const exists = await queryRows(
    database.db,
    sql`select 1 from information_schema.tables where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`,
  );
  if (exists.length === 0) return;
  const [result] = await queryRows<{ newest: string | null }>(
    database.db,
    sql`select max(created_at) as newest from drizzle.__drizzle_migrations`,
  );
  const newest = Number(result.newest ?? 0);
  const known = Math.max(0, ...journal().entries.map((e) => e.when));
  if (newest > known) {
    throw new Error(
      'The database has been migrated by a newer version of Styringsdialog than this one. ' +
        'Start the newer version, or restore a backup made for this version.',
    );
  }
}

export async function migrate(database: Database): Promise<void> {
  await assertNotNewer(database);
  if (database.kind === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
    await run(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}
