import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { estateProfiles } from '../../registry/index.ts';
import { refreshMedians } from './medians.ts';
import { MIN_TWINS, estateGroupsSql } from './twins.ts';

/**
 * Recomputes every estate's percentile per indicator for the given years, among its twins (or
 * all estates of its kind of homes when the twin group is too small). Run after each import: a
 * new estate's figures move everyone else's percentile. One statement, all in the database;
 * then the medians the pages compare with (refreshMedians), from the same figures.
 */
export async function refreshRanks(db: Db, years: number[]): Promise<void> {
  if (years.length === 0) return;
  const p = estateProfiles(db, { includeInactive: true });
  // Fresh statistics first: after a large import the planner would otherwise take the figures for a
  // few rows and join them to every estate in a nested loop (minutes instead of seconds on the
  // country's data). PGlite runs no autovacuum, so nothing else gathers them.
  await db.execute(sql`analyze estate_figures`);
  await db.execute(sql`
    with groups as materialized (${estateGroupsSql(p)}),
    figures as (
      select f.estate_id, f.year, g.twins, g.kind, k.key collate "C" as code, k.value::float8 as v
      from estate_figures f
      join groups g on g.estate_id = f.estate_id
      cross join lateral jsonb_each_text(f.values) k
      where f.year in (${sql.join(
        years.map((y) => sql`${y}`),
        sql`, `,
      )})
        and k.key in (select code from indicators where direction <> 'none')
    ),
    ranked as (
      select estate_id, year, code,
        percent_rank() over (partition by year, code, twins order by v) * 100 as p_twins,
        count(*) over (partition by year, code, twins) as n_twins,
        percent_rank() over (partition by year, code, kind order by v) * 100 as p_kind,
        count(*) over (partition by year, code, kind) as n_kind
      from figures
    ),
    by_estate as (
      select estate_id, year,
        coalesce(jsonb_object_agg(code, round((case when n_twins >= ${MIN_TWINS} then p_twins else p_kind end)::numeric, 1))
          filter (where n_twins >= ${MIN_TWINS} or n_kind >= ${MIN_TWINS}), '{}'::jsonb) as ranks
      from ranked group by estate_id, year
    )
    update estate_figures f set ranks = b.ranks
    from by_estate b
    where f.estate_id = b.estate_id and f.year = b.year and f.ranks is distinct from b.ranks`);
  await refreshMedians(db, years);
}
