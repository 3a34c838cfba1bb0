import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.ts';
import { TEMPLATE_DB, TEMPLATE_DUMP, adminUrl } from './paths.ts';

/** A fresh, migrated database for one test file: a PGlite copy of the template, or a new PostgreSQL database. */
export async function freshDatabase(): Promise<Database> {
  if (process.env.TEST_DB === 'postgres' && process.env.TEST_DATABASE_URL) {
    const url = process.env.TEST_DATABASE_URL;
    const name = `sd_test_${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ url: adminUrl(url) });
    await admin.db.execute(sql.raw(`create database ${name} template ${TEMPLATE_DB}`));
    await admin.close();
    const database = await openDatabase({ url: adminUrl(url, name) });
    return {
      ...database,
      async close() {
        await database.close();
        const cleanup = await openDatabase({ url: adminUrl(url) });
        await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
        await cleanup.close();
      },
    };
  }
  return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(TEMPLATE_DUMP)]) });
}
