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

/** The `when` of the newest migration applied to the database, 0 on an empty one. */
async function newestApplied(database: Database): Promise<number> {
  const [found] = await queryRows<{ table: string | null }>(
    database.db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as table`,
  );
  if (!found.table) return 0;
  const [result] = await queryRows<{ newest: string | null }>(
    database.db,
    sql`select max(created_at) as newest from drizzle.__drizzle_migrations`,
  );
  return Number(result.newest ?? 0);
}

/** How many migrations `migrate` would apply, and whether the database has none yet (for the start-up lines). */
export async function pendingMigrations(database: Database): Promise<{ pending: number; empty: boolean }> {
  const newest = await newestApplied(database);
  return { pending: journal().entries.filter((e) => e.when > newest).length, empty: newest === 0 };
}

/**
 * Whether the database already has this code's newest migration. Refuses a database that has
 * migrations this code does not know: running old code on a newer schema would silently misread
 * or damage data.
 */
async function upToDate(database: Database): Promise<boolean> {
  const newest = await newestApplied(database);
  const known = Math.max(0, ...journal().entries.map((e) => e.when));
  if (newest > known) {
    throw new Error(
      'The database has been migrated by a newer version of Styringsdialog than this one. ' +
        'Start the newer version, or restore a backup made for this version.',
    );
  }
  return newest === known;
}

export async function migrate(database: Database): Promise<void> {
  // The usual start: one query instead of the migrator reading and hashing every file.
  if (await upToDate(database)) return;
  if (database.kind === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
    await run(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}
