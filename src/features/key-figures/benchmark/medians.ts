import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { estateProfiles } from '../../registry/index.ts';
import { estateGroupsSql } from './twins.ts';

/**
 * Recomputes the medians (percentile_cont 0.5) of every estate indicator for the given years,
 * per twin group, per kind of homes, per supervising municipality and for the country, in one
 * pass over the figures (grouping sets). The same estates as the percentiles (inactive ones too).
 */
export async function refreshMedians(db: Db, years: number[]): Promise<void> {
  if (years.length === 0) return;
  const p = estateProfiles(db, { includeInactive: true });
  const yearList = sql.join(
    years.map((y) => sql`${y}`),
    sql`, `,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from benchmark_medians where year in (${yearList})`);
    await tx.execute(sql`
      with groups as materialized (${estateGroupsSql(p)}),
      figures as (
        select f.year, g.twins, g.kind, g.supervisor, k.key collate "C" as code, k.value::float8 as v
        from estate_figures f
        join groups g on g.estate_id = f.estate_id
        cross join lateral jsonb_each_text(f.values) k
        where f.year in (${yearList}) and k.key in (select code from indicators where level = 'estate')
      ),
      grouped as (
        select year, code,
          case when grouping(twins) = 0 then 'twins' when grouping(kind) = 0 then 'kind'
            when grouping(supervisor) = 0 then 'municipality' else 'country' end as group_kind,
          coalesce(twins, kind, supervisor, '') as group_key,
          percentile_cont(0.5) within group (order by v) as median,
          count(*) as n
        from figures
        group by year, code, grouping sets ((twins), (kind), (supervisor), ())
      )
      insert into benchmark_medians (year, group_kind, group_key, medians, counts)
      select year, group_kind, group_key, jsonb_object_agg(code, round(median::numeric, 4)), jsonb_object_agg(code, n)
      from grouped
      group by year, group_kind, group_key`);
  });
}
