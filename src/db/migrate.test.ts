import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { freshDatabase } from '../../test/db.ts';
import type { Database } from './client.ts';
import { migrate } from './migrate.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('migrations', () => {
  it('are idempotent on an up-to-date database', async () => {
    await migrate(database);
    await migrate(database);
  });

  it('refuse a database migrated by a newer version', async () => {
    await database.db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', ${Date.now() + 10 ** 11})`,
    );
    await expect(migrate(database)).rejects.toThrow(/newer version of Styringsdialog/);
  });
});
