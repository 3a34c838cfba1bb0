import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, queryRows, type Database } from './client.ts';
import { MIGRATIONS_DIR, migrate } from './migrate.ts';
import { copyTemplate, migratedTemplate, templateKey, templatePath } from './template.ts';

/*
 * A new PGlite folder starts as a copy of a migrated template (template.ts). It must be the same
 * database the migrations make, and be rebuilt when they change. On PostgreSQL it is never used.
 */
const embedded = process.env.TEST_DB !== 'postgres';
const scratch = mkdtempSync(join(tmpdir(), 'sd-template-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const folder = () => join(scratch, `f${++n}`);

/** Every table, column, constraint, index and enum of the application's schemas, and the migrations recorded. */
async function schemaOf(database: Database) {
  const q = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);
  const own = sql`not in ('pg_catalog', 'information_schema', 'pg_toast')`;
  return {
    columns: await q(sql`select table_schema, table_name, column_name, data_type, is_nullable, column_default
      from information_schema.columns where table_schema ${own} order by 1, 2, 3`),
    constraints: await q(sql`select n.nspname, c.conrelid::regclass::text as rel, c.conname, pg_get_constraintdef(c.oid) as def
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname ${own} order by 1, 2, 3`),
    indexes: await q(sql`select schemaname, tablename, indexname, indexdef from pg_indexes where schemaname ${own} order by 1, 2, 3`),
    enums: await q(sql`select t.typname, e.enumlabel from pg_enum e join pg_type t on t.oid = e.enumtypid order by 1, e.enumsortorder`),
    migrations: await q(sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at`),
  };
}

describe.runIf(embedded)('the migrated PGlite template', () => {
  it('is keyed by the migrations: a changed or added migration, or a changed journal, gives a new key; snapshots do not', async () => {
    const copy = folder();
    cpSync(MIGRATIONS_DIR, copy, { recursive: true });
    const key = templateKey(copy);
    expect(key).toBe(templateKey(MIGRATIONS_DIR));
    expect(key).toMatch(/^[0-9a-f]{16}$/);

    await appendFile(join(copy, 'meta/0000_snapshot.json'), '\n');
    expect(templateKey(copy)).toBe(key);
    const [first] = readdirSync(copy).filter((f) => f.endsWith('.sql'));
    await appendFile(join(copy, first), '\n-- changed\n');
    const changed = templateKey(copy);
    expect(changed).not.toBe(key);
    writeFileSync(join(copy, '9999_new.sql'), 'create table t (id int);');
    expect(templateKey(copy)).not.toBe(changed);
    const journal = folder();
    cpSync(MIGRATIONS_DIR, journal, { recursive: true });
    await appendFile(join(journal, 'meta/_journal.json'), ' ');
    expect(templateKey(journal)).not.toBe(key);
  });

  it('gives a new folder the database the migrations make; is built once, and old templates are pruned', async () => {
    const dist = folder();
    // Templates of earlier migrations: the newest stays (a process of the older code may be copying it).
    for (const [name, age] of [
      ['pgdata-0000000000000001', 200],
      ['pgdata-0000000000000002', 100],
    ] as const) {
      mkdirSync(join(dist, name), { recursive: true });
      const when = new Date(Date.now() - age * 1000);
      utimesSync(join(dist, name), when, when);
    }
    const template = await migratedTemplate(dist);
    expect(template).toBe(templatePath(templateKey(), dist));
    expect(readdirSync(dist).sort()).toEqual(['pgdata-0000000000000002', template.slice(dist.length + 1)].sort());
    expect(readdirSync(template)).not.toContain('styringsdialog.lock');

    // Built once: the second call finds it.
    const started = performance.now();
    expect(await migratedTemplate(dist)).toBe(template);
    expect(performance.now() - started).toBeLessThan(1000);

    const fill = vi.fn((dir: string) => copyTemplate(template, dir));
    const dataDir = folder();
    const filled = await openDatabase({ dataDir, fillNewFolder: fill });
    const fromScratch = await openDatabase({ dataDir: 'memory://' });
    let expected: Awaited<ReturnType<typeof schemaOf>>;
    try {
      await migrate(fromScratch);
      expect(fill).toHaveBeenCalledTimes(1);
      const schema = await schemaOf(filled);
      expect(schema.columns.length).toBeGreaterThan(100);
      expected = await schemaOf(fromScratch);
      expect(schema).toEqual(expected);
      await migrate(filled); // nothing pending
      expect((await schemaOf(filled)).migrations).toEqual(schema.migrations);
    } finally {
      await fromScratch.close();
      await filled.close();
    }
    // A folder that holds a database is opened as it is.
    const reopened = await openDatabase({ dataDir, fillNewFolder: fill });
    await reopened.close();
    expect(fill).toHaveBeenCalledTimes(1);

    // A copy cut short (no PG_VERSION yet) is copied again, not opened half-made.
    const cut = folder();
    cpSync(template, cut, { recursive: true });
    unlinkSync(join(cut, 'PG_VERSION'));
    rmSync(join(cut, 'global'), { recursive: true });
    const again = await openDatabase({ dataDir: cut, fillNewFolder: (dir) => copyTemplate(template, dir) });
    try {
      expect(await schemaOf(again)).toEqual(expected);
    } finally {
      await again.close();
    }
  }, 180_000);
});

describe('a PostgreSQL database', () => {
  it.runIf(!embedded)('never fills from the template', async () => {
    const fill = vi.fn(async () => undefined);
    const database = await openDatabase({ url: process.env.TEST_DATABASE_URL, fillNewFolder: fill });
    await database.close();
    expect(fill).not.toHaveBeenCalled();
  });
});
