/** Named statements on PGlite give the same answers and errors as its own `query`, and stay bounded. */
import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePreparedStatements } from './pglite-prepared.ts';

let pg: PGlite;
let plain: PGlite;
const prepared = async () =>
  (await pg.query<{ statement: string }>('select statement from pg_prepared_statements')).rows.map((r) => r.statement);

beforeAll(async () => {
  [pg, plain] = await Promise.all([PGlite.create(), PGlite.create()]);
  usePreparedStatements(pg);
  for (const db of [pg, plain])
    await db.exec(`create table t (id serial primary key, name text unique not null, at timestamptz, doc jsonb, tags int[], ok boolean)`);
});
afterAll(async () => {
  await Promise.all([pg.close(), plain.close()]);
});

describe('usePreparedStatements', () => {
  it('prepares a text on its second use and answers as PGlite itself does, for every kind of value', async () => {
    const insert = 'insert into t (name, at, doc, tags, ok) values ($1, $2, $3, $4, $5) returning *';
    const rows = [
      ['a', new Date('2026-12-05T10:00:00Z'), { æ: 'ø', n: 1.5 }, [1, 2], true],
      ['b', null, null, null, false],
      ['c', new Date('2025-01-01T00:00:00Z'), [1, 'to'], [], null],
    ];
    for (const row of rows) {
      const [mine, theirs] = await Promise.all([pg.query(insert, row), plain.query(insert, row)]);
      expect(mine.rows).toEqual(theirs.rows);
      expect(mine.affectedRows).toBe(theirs.affectedRows);
    }
    const select = 'select id, name, at, doc, tags, ok from t where name = any($1) order by id';
    for (const options of [undefined, { rowMode: 'array' as const }]) {
      const [mine, theirs] = await Promise.all([pg.query(select, [['a', 'c']], options), plain.query(select, [['a', 'c']], options)]);
      expect(mine.rows).toEqual(theirs.rows);
      expect(mine.fields).toEqual(theirs.fields);
    }
    await pg.query(select, [['b']]);
    const statements = await prepared();
    expect(statements).toContain(insert);
    expect(statements).toContain(select);
  });

  it("applies a query's own parsers over PGlite's, as PGlite does, and leaves the next query's alone", async () => {
    const select = 'select id, at, tags from t where name = $1';
    // As drizzle passes them: timestamps as text; here also integers marked, to see a parser replaced.
    const options = { rowMode: 'array' as const, parsers: { [types.TIMESTAMPTZ]: (v: string) => v, [types.INT4]: (v: string) => `#${v}` } };
    for (let i = 0; i < 3; i++) {
      const [mine, theirs] = await Promise.all([pg.query(select, ['a'], options), plain.query(select, ['a'], options)]);
      expect(mine.rows).toEqual(theirs.rows);
    }
    expect((await pg.query(select, ['a'], options)).rows).toEqual([['#1', '2026-12-05 10:00:00+00', [1, 2]]]);
    expect((await pg.query(select, ['a'])).rows).toEqual([{ id: 1, at: new Date('2026-12-05T10:00:00Z'), tags: [1, 2] }]);
  });

  it('answers a value the statement cannot take with the error PGlite gives, and the next query runs', async () => {
    const select = 'select name from t where id = $1';
    await pg.query(select, [1]);
    await pg.query(select, [1]);
    const [mine, theirs] = await Promise.all([
      pg.query(select, ['ikke et tal']).catch((e: unknown) => e),
      plain.query(select, ['ikke et tal']).catch((e: unknown) => e),
    ]);
    expect(mine).toMatchObject({ code: '22P02', message: (theirs as Error).message });
    expect((await pg.query(select, [1])).rows).toEqual([{ name: 'a' }]);
    expect(pg.isInTransaction()).toBe(false);
  });

  it('keeps statements without parameters and other kinds of statement unprepared', async () => {
    await pg.query('select count(*) from t');
    await pg.query('select count(*) from t');
    await pg.query('set search_path = public');
    await pg.query('set search_path = public');
    expect((await prepared()).some((s) => s.startsWith('select count') || s.startsWith('set '))).toBe(false);
  });

  it('raises the database error of a prepared statement and rolls the transaction back, and the statement stays usable', async () => {
    const insert = 'insert into t (name) values ($1)';
    await pg.query(insert, ['d']);
    await pg.query(insert, ['e']);
    const error = await pg
      .transaction(async (tx) => {
        await tx.query(insert, ['f']);
        await tx.query(insert, ['d']);
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505', constraint: 't_name_key', query: insert });
    expect((await pg.query('select name from t where name = $1', ['f'])).rows).toEqual([]);
    await pg.transaction(async (tx) => {
      await tx.query(insert, ['g']);
    });
    expect((await pg.query<{ name: string }>('select name from t where name = $1', ['g'])).rows).toEqual([{ name: 'g' }]);
  });

  it('refuses a query on a transaction that has ended', async () => {
    let kept: { query: PGlite['query'] } | undefined;
    await pg.transaction(async (tx) => {
      kept = tx;
      await tx.query('select id from t where id = $1', [1]);
    });
    await expect(kept!.query('select id from t where id = $1', [1])).rejects.toThrow('Transaction is closed');
  });

  it('makes a statement anew after a change of its table made the old one unusable', async () => {
    await pg.exec('create table u (id int primary key)');
    await pg.exec('insert into u values (1)');
    const select = 'select * from u where id = $1';
    await pg.query(select, [1]);
    await pg.query(select, [1]);
    await pg.exec('alter table u add column note text');
    await expect(pg.query(select, [1])).rejects.toMatchObject({ code: '0A000' });
    expect((await pg.query(select, [1])).rows).toEqual([{ id: 1, note: null }]);
  });

  it('keeps at most 200 statements, closing the ones pushed out', async () => {
    for (let i = 0; i < 260; i++) for (let twice = 0; twice < 2; twice++) await pg.query(`select $1::int + ${i} as n`, [i]);
    expect((await pg.query<{ n: number }>('select $1::int + 259 as n', [1])).rows).toEqual([{ n: 260 }]);
    expect((await prepared()).length).toBe(200);
  });
});
