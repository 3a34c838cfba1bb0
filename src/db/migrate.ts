import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { countNoun } from '../lib/plural.ts';
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

/**
 * Applies the migrations this database lacks. `say` gets one line before any work (the start-up
 * lines); an up-to-date database costs two small queries and no line. Refuses a database that has
 * migrations this code does not know: running old code on a newer schema would silently misread
 * or damage data.
 */
export async function migrate(database: Database, say: (line: string) => void = () => undefined): Promise<void> {
  const newest = await newestApplied(database);
  const entries = journal().entries;
  if (newest > Math.max(0, ...entries.map((e) => e.when))) {
    throw new Error(
      'The database has been migrated by a newer version of Styringsdialog than this one. ' +
        'Start the newer version, or restore a backup made for this version.',
    );
  }
  const pending = entries.filter((e) => e.when > newest).length;
  // The usual start: nothing to apply, and the migrator need not read and hash every file.
  if (pending === 0) return;
  say(newest === 0 ? 'Opretter tabellerne …' : `Opdaterer databasen (${countNoun(pending, 'ændring', 'ændringer')}) …`);
  if (database.kind === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
    await run(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}
