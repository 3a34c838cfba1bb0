import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../../db/client.ts';
import { makeEstate, makeOrganisation } from '../../../demo/factories.ts';
import { freshDatabase } from '../../../../test/db.ts';
import { estateProfiles } from '../../registry/index.ts';
import { estateFigures } from '../tables.ts';
import { percentile, refreshRanks } from './ranks.ts';
import { MIN_TWINS, homesKindSql, twinGroupSql } from './twins.ts';

let t: Database;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

describe('refreshRanks', () => {
  it('gives each estate its percentile among twins, and none when fewer than five are comparable', async () => {
    const org = await makeOrganisation(t.db);
    const ids: number[] = [];
    for (let i = 1; i <= 6; i++) ids.push((await makeEstate(t.db, { organisationId: org.id, homesFamily: 100, yearBuilt: 1970 })).id);
    // henlæggelser 100, 200 … 600 (higher is better): percent_rank 0, 20, 40, 60, 80, 100.
    await t.db
      .insert(estateFigures)
      .values(ids.map((estateId, i) => ({ estateId, year: 2025, values: { henlaeggelser: (i + 1) * 100, boliger: 100 } })));
    // One estate alone in 2024: no percentile.
    await t.db.insert(estateFigures).values({ estateId: ids[0]!, year: 2024, values: { henlaeggelser: 50 } });
    await refreshRanks(t.db, [2024, 2025]);
    const rows = await t.db.select().from(estateFigures);
    const r2025 = rows.filter((r) => r.year === 2025).sort((a, b) => a.estateId - b.estateId);
    expect(r2025.map((r) => r.ranks.henlaeggelser)).toEqual([0, 20, 40, 60, 80, 100]);
    // Homes have no direction: no percentile.
    expect(r2025[0]!.ranks.boliger).toBeUndefined();
    expect(rows.find((r) => r.year === 2024)!.ranks).toEqual({});
  });

  it('gives the same percentiles as percent_rank() in the database, ties, fallbacks and rounding included', async () => {
    const org = await makeOrganisation(t.db);
    // Estates of every kind, size band, two regions and several periods, so groups of all sizes occur.
    const kinds = [{ homesFamily: 1 }, { homesElderly: 1 }, { homesYouth: 1 }, { homesCare: 1 }];
    const ids: number[] = [];
    for (let i = 0; i < 90; i++) {
      const homes = [20, 200][i % 2]!;
      const kind = Object.fromEntries(Object.keys(kinds[i % 7 === 0 ? (i >> 3) % 4 : 0]!).map((k) => [k, homes]));
      const estate = await makeEstate(t.db, {
        organisationId: org.id,
        number: 1000 + i,
        municipalityCode: i % 3 === 0 ? '0101' : '0751',
        homesFamily: 0,
        ...kind,
        yearBuilt: [1970, 1990, null][(i >> 1) % 3]!,
      });
      ids.push(estate.id);
    }
    // Values with many ties (0–9) and a few decimals; husleje only on some estates; boliger is never ranked.
    await t.db.insert(estateFigures).values(
      ids.flatMap((estateId, i) =>
        [2030, 2031].map((year) => ({
          estateId,
          year,
          values: {
            henlaeggelser: ((i * 7 + year) % 10) + (i % 4 === 0 ? 0.5 : 0),
            boliger: i,
            ...(i % 3 ? { husleje: (i * 13) % 11 } : {}),
          },
        })),
      ),
    );
    await refreshRanks(t.db, [2030, 2031]);
    const p = estateProfiles(t.db, { includeInactive: true });
    const reference = await queryRows<{ estate_id: number; year: number; ranks: Record<string, number> }>(
      t.db,
      sql`with figures as (
        select f.estate_id, f.year, ${twinGroupSql(p)} as twins, ${homesKindSql(p)} as kind, k.key as code, k.value::numeric as v
        from estate_figures f join ${p} on ${p.estateId} = f.estate_id cross join lateral jsonb_each_text(f.values) k
        where f.year in (2030, 2031) and k.key in (select code from indicators where direction <> 'none')
      ), ranked as (
        select estate_id, year, code,
          percent_rank() over (partition by year, code, twins order by v) * 100 as p_twins, count(*) over (partition by year, code, twins) as n_twins,
          percent_rank() over (partition by year, code, kind order by v) * 100 as p_kind, count(*) over (partition by year, code, kind) as n_kind
        from figures
      )
      select estate_id, year, coalesce(jsonb_object_agg(code, round((case when n_twins >= ${MIN_TWINS} then p_twins else p_kind end)::numeric, 1))
        filter (where n_twins >= ${MIN_TWINS} or n_kind >= ${MIN_TWINS}), '{}'::jsonb) as ranks
      from ranked group by estate_id, year`,
    );
    const stored = await t.db.select().from(estateFigures);
    const mine = new Map(stored.map((r) => [`${r.estateId}/${r.year}`, r.ranks]));
    expect(reference.length).toBe(180);
    // Both a twin group of five or more, and estates of a kind too rare for any percentile.
    expect(reference.some((r) => Object.keys(r.ranks).length === 0)).toBe(true);
    expect(reference.some((r) => r.ranks.husleje !== undefined)).toBe(true);
    for (const r of reference) expect(mine.get(`${r.estate_id}/${r.year}`), `${r.estate_id}/${r.year}`).toEqual(r.ranks);
  });

  it('rounds a half up, as round() on numeric does', () => {
    // 289 of 2,001 values below: 14.45 exactly.
    expect(percentile(289, 2001)).toBe(14.5);
    expect(percentile(1, 3)).toBe(50);
    expect(percentile(1, 4)).toBe(33.3);
    expect(percentile(2, 4)).toBe(66.7);
    expect(percentile(0, 1)).toBe(0);
  });
});
