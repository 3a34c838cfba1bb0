/** Named statements on node-postgres give the same answers and errors as unnamed ones, and stay bounded. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl } from '../../test/paths.ts';
import { usePreparedStatementsOnPool } from './pg-prepared.ts';

// PostgreSQL only, and once: the PGlite project has nothing to test here.
const onPostgres = process.env.TEST_DB === 'postgres' && Boolean(process.env.TEST_DATABASE_URL);
const database = `sd_prepared_${randomBytes(4).toString('hex')}`;

let admin: pg.Pool;
let pool: pg.Pool;
let plain: pg.Pool;
/** The statements this pool's one connection has prepared. */
const prepared = async (on: pg.Pool | pg.PoolClient = pool) =>
  (await on.query<{ statement: string }>('select statement from pg_prepared_statements order by prepare_time')).rows.map(
    (r) => r.statement,
  );

beforeAll(async () => {
  if (!onPostgres) return;
  admin = new pg.Pool({ connectionString: adminUrl(process.env.TEST_DATABASE_URL!), max: 1 });
  await admin.query(`create database ${database}`);
  const url = adminUrl(process.env.TEST_DATABASE_URL!, database);
  // One connection each, so that pg_prepared_statements shows what the next query will find.
  pool = new pg.Pool({ connectionString: url, max: 1 });
  plain = new pg.Pool({ connectionString: url, max: 1 });
  usePreparedStatementsOnPool(pool);
  await plain.query(`create table t (id serial primary key, name text unique not null, at timestamptz, doc jsonb, tags int[], ok boolean)`);
});
afterAll(async () => {
  if (!onPostgres) return;
  await Promise.all([pool.end(), plain.end()]);
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
});

describe.runIf(onPostgres)('usePreparedStatementsOnPool', () => {
  it('names a text on its second use and answers as an unnamed query does, for every kind of value', async () => {
    const insert = 'insert into t (name, at, doc, tags, ok) values ($1, $2, $3, $4, $5) returning *';
    const rows: unknown[][] = [
      ['a', new Date('2026-12-05T10:00:00Z'), { æ: 'ø', n: 1.5 }, [1, 2], true],
      ['b', null, null, null, false],
      ['c', new Date('2025-01-01T00:00:00Z'), JSON.stringify([1, 'to']), [], null],
    ];
    for (const row of rows) await pool.query(insert, row);
    expect(await prepared()).toEqual([insert]);

    const select = 'select id, name, at, doc, tags, ok from t where name = any($1) order by id';
    for (const config of [{ text: select }, { text: select, rowMode: 'array' as const }] as pg.QueryConfig[]) {
      for (let i = 0; i < 3; i++) {
        const [mine, theirs] = await Promise.all([pool.query(config, [['a', 'c']]), plain.query(config, [['a', 'c']])]);
        expect(mine.rows).toEqual(theirs.rows);
        expect(mine.fields.map((f) => [f.name, f.dataTypeID])).toEqual(theirs.fields.map((f) => [f.name, f.dataTypeID]));
      }
    }
    expect((await pool.query(select, [['c']])).rows).toEqual([
      { id: 3, name: 'c', at: new Date('2025-01-01T00:00:00Z'), doc: [1, 'to'], tags: [], ok: null },
    ]);
    expect(await prepared()).toEqual([insert, select]);
  });

  it('leaves statements without parameters, DDL and a query with its own name unnamed', async () => {
    const before = await prepared();
    for (let i = 0; i < 3; i++) {
      await pool.query('select count(*) from t');
      await pool.query('create temporary table if not exists tmp (x int)');
      await pool.query({ text: 'select name from t where id = $1', name: 'mine', values: [1] });
    }
    const after = await prepared();
    expect(after.filter((s) => !before.includes(s))).toEqual(['select name from t where id = $1']);
    const names = (await pool.query<{ name: string }>('select name from pg_prepared_statements')).rows.map((r) => r.name);
    expect(names).toContain('mine');
  });

  it('reports errors as they are, and a failed transaction rolls back', async () => {
    const insert = 'insert into t (name) values ($1)';
    await pool.query(insert, ['x']);
    const error = await pool.query(insert, ['x']).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505', constraint: 't_name_key' });

    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(insert, ['y']);
      await expect(client.query(insert, ['y'])).rejects.toMatchObject({ code: '23505' });
      await client.query('rollback');
    } finally {
      client.release();
    }
    expect((await plain.query('select name from t where name = $1', ['y'])).rows).toEqual([]);
  });

  it('prepares again after the server forgot the statement or its result changed shape', async () => {
    // On a connection held by the caller (a transaction's): the pool would close one whose query failed.
    const select = 'select * from t where id = $1';
    const client = await pool.connect();
    try {
      await client.query(select, [1]);
      await client.query(select, [1]);
      expect(await prepared(client)).toContain(select);

      await client.query('deallocate all');
      await expect(client.query(select, [1])).rejects.toMatchObject({ code: '26000' });
      expect((await client.query(select, [1])).rows).toHaveLength(1);
      expect((await client.query(select, [1])).rows).toHaveLength(1);

      await plain.query('alter table t add column extra text');
      await expect(client.query(select, [1])).rejects.toMatchObject({ code: '0A000' });
      expect((await client.query(select, [1])).rows[0]).toHaveProperty('extra', null);
      expect((await client.query(select, [1])).rows[0]).toHaveProperty('extra', null);
    } finally {
      client.release();
    }
  });

  it('answers callers that pass a callback, with or without values, as node-postgres does', async () => {
    const select = 'select name from t where id = $1';
    const viaCallback = (run: (done: (error: Error | null, result?: pg.QueryResult) => void) => void) =>
      new Promise<unknown>((resolve, reject) => run((error, result) => (error ? reject(error) : resolve(result?.rows))));
    for (let i = 0; i < 3; i++) {
      expect(await viaCallback((done) => pool.query(select, [1], done))).toEqual([{ name: 'a' }]);
      expect(await viaCallback((done) => pool.query({ text: select, values: [1] }, done))).toEqual([{ name: 'a' }]);
    }
    expect(await prepared()).toContain(select);
    // (The pool closes a connection whose query failed, and its statements with it.)
    await expect(viaCallback((done) => pool.query(select, ['ikke et tal'], done))).rejects.toMatchObject({ code: '22P02' });
  });

  it('names at most 200 statements per connection; the others run unnamed', async () => {
    await pool.query('deallocate all');
    const texts = Array.from({ length: 230 }, (_, i) => `select $1::int + ${i} as n`);
    for (const text of texts) await pool.query(text, [1]);
    for (const [i, text] of texts.entries()) expect((await pool.query(text, [1])).rows).toEqual([{ n: 1 + i }]);
    for (const text of texts) await pool.query(text, [2]);
    expect((await prepared()).filter((s) => texts.includes(s)).length).toBeLessThanOrEqual(200);
  });
});
