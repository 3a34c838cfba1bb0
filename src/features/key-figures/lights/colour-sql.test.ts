import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../../db/client.ts';
import { freshDatabase } from '../../../../test/db.ts';
import { colourOf, COLOURS, type LightRule } from './colour.ts';
import { colourRankSql } from './colour-sql.ts';

let t: Database;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

const RULES: [LightRule, 'higher' | 'lower'][] = [
  [{ kind: 'absolute', yellow: 200, red: 100 }, 'higher'],
  [{ kind: 'absolute', yellow: 15, red: 25 }, 'lower'],
  [{ kind: 'absolute', yellow: 0, red: 0 }, 'higher'],
  [{ kind: 'relative', yellow: 25, red: 10 }, 'higher'],
  [{ kind: 'relative', yellow: 25, red: 10 }, 'lower'],
  [{ kind: 'relative', yellow: 0, red: 0 }, 'lower'],
];
const VALUES = [-1, 0, 0.5, 9.9, 10, 15, 15.1, 24.99, 25, 25.1, 75, 90, 90.1, 99.99, 100, 199.99, 200, 1234.5];

describe('colourRankSql', () => {
  it('gives the colour colourOf gives, at every boundary, with and without a percentile', async () => {
    const cases = RULES.flatMap(([rule, direction]) =>
      VALUES.flatMap((value) =>
        [undefined, ...VALUES.filter((p) => p >= 0 && p <= 100)].map((percentile) => ({ rule, direction, value, percentile })),
      ),
    );
    const rows = await queryRows<{ i: number; colour: number | null }>(
      t.db,
      sql`select x.i, ${colourRankSql(
        { kind: sql`x.kind`, yellow: sql`x.yellow::numeric`, red: sql`x.red::numeric`, direction: sql`x.direction` },
        sql`x.value`,
        sql`x.percentile`,
      )} as colour
      from jsonb_to_recordset(${JSON.stringify(
        cases.map((c, i) => ({ i, ...c.rule, direction: c.direction, value: c.value, percentile: c.percentile ?? null })),
      )}::jsonb) as x(i int, kind text, yellow float8, red float8, direction text, value jsonb, percentile jsonb)`,
    );
    expect(rows).toHaveLength(cases.length);
    const mismatches = rows.filter((r) => {
      const c = cases[r.i];
      const expected = colourOf(c.rule, c.direction, c.value, c.percentile);
      return (expected === null ? null : COLOURS.indexOf(expected)) !== (r.colour === null ? null : Number(r.colour));
    });
    expect(mismatches).toEqual([]);
  });

  it('gives no colour without a rule, a direction or a number', async () => {
    const [row] = await queryRows<{ a: number | null; b: number | null; c: number | null }>(
      t.db,
      sql`select
        ${colourRankSql({ kind: sql`null`, yellow: sql`null`, red: sql`null`, direction: sql`'higher'` }, sql`'5'::jsonb`, sql`null`)} as a,
        ${colourRankSql({ kind: sql`'absolute'`, yellow: sql`1`, red: sql`0`, direction: sql`'none'` }, sql`'5'::jsonb`, sql`null`)} as b,
        ${colourRankSql({ kind: sql`'absolute'`, yellow: sql`1`, red: sql`0`, direction: sql`'higher'` }, sql`'"x"'::jsonb`, sql`null`)} as c`,
    );
    expect(row).toEqual({ a: null, b: null, c: null });
  });
});
