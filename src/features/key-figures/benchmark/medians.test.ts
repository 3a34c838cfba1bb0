import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../../db/client.ts';
import { makeEstate, makeOrganisation } from '../../../demo/factories.ts';
import { freshDatabase } from '../../../../test/db.ts';
import { estateProfiles } from '../../registry/index.ts';
import { benchmarkMedians, estateFigures } from '../tables.ts';
import { computeMedians } from './medians.ts';
import { type RankRow, refreshRanks } from './ranks.ts';
import { estateGroupsSql } from './twins.ts';

let t: Database;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

describe('medians', () => {
  it('is the middle value, or the mean of the middle two, per group, with how many it is taken over', () => {
    const groups = new Map([
      [1, { twins: 'a', kind: 'familie', supervisor: '0101' }],
      [2, { twins: 'a', kind: 'familie', supervisor: '0101' }],
      [3, { twins: 'b', kind: 'familie', supervisor: '0751' }],
    ]);
    const rows: RankRow[] = [
      { estateId: 1, year: 2025, values: { henlaeggelser: 100, husleje: 900 } },
      { estateId: 2, year: 2025, values: { henlaeggelser: 151 } },
      { estateId: 3, year: 2025, values: { henlaeggelser: -20 } },
    ];
    const byKey = new Map(
      computeMedians(rows, groups, ['henlaeggelser', 'husleje', 'boliger']).map((m) => [`${m.groupKind}/${m.groupKey}`, m]),
    );
    expect(byKey.get('twins/a')).toMatchObject({
      medians: { henlaeggelser: 125.5, husleje: 900 },
      counts: { henlaeggelser: 2, husleje: 1 },
    });
    expect(byKey.get('twins/b')).toMatchObject({ medians: { henlaeggelser: -20 }, counts: { henlaeggelser: 1 } });
    expect(byKey.get('country/')).toMatchObject({ medians: { henlaeggelser: 100, husleje: 900 }, counts: { henlaeggelser: 3 } });
    expect(byKey.get('municipality/0101')!.medians).toEqual({ henlaeggelser: 125.5, husleje: 900 });
    expect(byKey.size).toBe(6);
  });

  it('stores what percentile_cont(0.5) gives in the database, for every group, ties and decimals included', async () => {
    const org = await makeOrganisation(t.db);
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) {
      const homes = [20, 200][i % 2]!;
      const kind = i % 5 === 0 ? { homesElderly: homes } : { homesFamily: homes };
      const estate = await makeEstate(t.db, {
        organisationId: org.id,
        number: 2000 + i,
        municipalityCode: ['0101', '0751', '0219'][i % 3],
        homesFamily: 0,
        ...kind,
        yearBuilt: [1970, 1990][(i >> 2) % 2]!,
      });
      ids.push(estate.id);
    }
    await t.db.insert(estateFigures).values(
      ids.flatMap((estateId, i) =>
        [2040, 2041].map((year) => ({
          estateId,
          year,
          values: {
            henlaeggelser: ((i * 7 + year) % 10) + (i % 4 === 0 ? 0.25 : 0) - 3,
            boliger: i,
            ...(i % 3 ? { husleje: ((i * 13) % 11) + 0.1 } : {}),
          },
        })),
      ),
    );
    await refreshRanks(t.db, [2040, 2041]);
    const p = estateProfiles(t.db, { includeInactive: true });
    const reference = await queryRows<{
      year: number;
      group_kind: string;
      group_key: string;
      medians: Record<string, number>;
      counts: Record<string, number>;
    }>(
      t.db,
      sql`with groups as (${estateGroupsSql(p)}),
      figures as (
        select f.year, g.twins, g.kind, g.supervisor, k.key as code, k.value::float8 as v
        from estate_figures f join groups g on g.estate_id = f.estate_id cross join lateral jsonb_each_text(f.values) k
        where f.year in (2040, 2041)
      ), grouped as (
        select year, code,
          case when grouping(twins) = 0 then 'twins' when grouping(kind) = 0 then 'kind'
            when grouping(supervisor) = 0 then 'municipality' else 'country' end as group_kind,
          coalesce(twins, kind, supervisor, '') as group_key,
          percentile_cont(0.5) within group (order by v) as median, count(*) as n
        from figures group by year, code, grouping sets ((twins), (kind), (supervisor), ())
      )
      select year, group_kind, group_key, jsonb_object_agg(code, round(median::numeric, 4)) as medians, jsonb_object_agg(code, n) as counts
      from grouped group by year, group_kind, group_key`,
    );
    const stored = await t.db.select().from(benchmarkMedians);
    const mine = new Map(stored.map((m) => [`${m.year}/${m.groupKind}/${m.groupKey}`, m]));
    expect(reference.length).toBeGreaterThan(10);
    expect(stored.length).toBe(reference.length);
    for (const r of reference) {
      const m = mine.get(`${r.year}/${r.group_kind}/${r.group_key}`);
      expect(m?.medians, `${r.year}/${r.group_kind}/${r.group_key}`).toEqual(r.medians);
      expect(m?.counts).toEqual(r.counts);
    }
  });
});
