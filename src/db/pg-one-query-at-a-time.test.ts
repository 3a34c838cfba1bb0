/** Parallel queries on one PostgreSQL connection wait for each other instead of leaning on node-postgres's deprecated queue. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl } from '../../test/paths.ts';
import { oneQueryAtATime } from './pg-one-query-at-a-time.ts';

const onPostgres = process.env.TEST_DB === 'postgres' && Boolean(process.env.TEST_DATABASE_URL);
const warnings: string[] = [];
const onWarning = (w: Error) => void warnings.push(w.message);
let pool: pg.Pool;

beforeAll(() => {
  if (!onPostgres) return;
  pool = new pg.Pool({ connectionString: adminUrl(process.env.TEST_DATABASE_URL!), max: 2 });
  oneQueryAtATime(pool);
  process.on('warning', onWarning);
});
afterAll(async () => {
  if (!onPostgres) return;
  process.off('warning', onWarning);
  await pool.end();
});

describe.runIf(onPostgres)('oneQueryAtATime', () => {
  it('runs a transaction’s parallel queries one after another, in order, with no deprecation warning', async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('create temporary table seen (n int) on commit drop');
      const answers = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => client.query<{ n: number }>('insert into seen (n) values ($1) returning n', [n])),
      );
      expect(answers.map((r) => r.rows[0]!.n)).toEqual([1, 2, 3, 4, 5]);
      const order = await client.query<{ n: number }>('select n from seen order by ctid');
      expect(order.rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5]);
      await client.query('commit');
    } finally {
      client.release();
    }
    await new Promise((r) => setImmediate(r));
    expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
  });

  it('gives each query its own answer or error, in both calling styles, and the transaction fails as PostgreSQL says', async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const [ok, bad, after] = await Promise.allSettled([
        client.query('select $1::int as n', [1]),
        client.query('select $1::int as n', ['ikke et tal']),
        client.query('select 2 as n'),
      ]);
      expect(ok).toMatchObject({ status: 'fulfilled', value: { rows: [{ n: 1 }] } });
      expect(bad).toMatchObject({ status: 'rejected', reason: { code: '22P02' } });
      expect(after).toMatchObject({ status: 'rejected', reason: { code: '25P02' } });
      await client.query('rollback');
      const viaCallback = await new Promise((resolve, reject) =>
        client.query('select $1::text as t', ['æøå'], (error: Error | null, result: pg.QueryResult) =>
          error ? reject(error) : resolve(result.rows),
        ),
      );
      expect(viaCallback).toEqual([{ t: 'æøå' }]);
      expect((await pool.query('select 3 as n')).rows).toEqual([{ n: 3 }]);
    } finally {
      client.release();
    }
  });
});
