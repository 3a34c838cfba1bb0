import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { estateProfiles } from '../../registry/index.ts';
import { estateFigures, indicators, trafficLightRules } from '../tables.ts';
import { colourRankSql } from './colour-sql.ts';

/*
 * The colours of organisations' recent figures as SQL, for pages that must answer in one query
 * (the supervisor's overview, a meeting's proposed items). The same rules as estateLights: the
 * supervising municipality's own rule, else the default; active indicators with a direction.
 */

/**
 * Two common table expressions to follow a `with`: `f`, the figures of the estates the actor may see
 * of the organisations, for each organisation's latest year with figures up to `year` and the two
 * years before it (`latest` is that year); and `c`, one row per figure with a rule, with its colour
 * (2 red, 1 yellow, 0 green, null none), its value and the indicator's name, unit and decimals.
 */
export function recentColoursCtes(
  db: Db,
  { actor, organisationIds, year }: { actor: Actor; organisationIds: number[]; year: number },
): SQL {
  const p = estateProfiles(db, { actor });
  const colour = colourRankSql(
    {
      kind: sql`coalesce(o.kind, d.kind)`,
      yellow: sql`coalesce(o.yellow, d.yellow)`,
      red: sql`coalesce(o.red, d.red)`,
      direction: sql`i.direction`,
    },
    sql`f.vals -> i.code`,
    sql`f.rks -> i.code`,
  );
  return sql`f as (
      select * from (
        select ${p.organisationId} as org, ${estateFigures.estateId} as estate, ${p.number} as number, ${p.name} as name,
          ${p.supervisorCode} as sup, ${estateFigures.year} as year, ${estateFigures.values} as vals, ${estateFigures.ranks} as rks,
          max(${estateFigures.year}) over (partition by ${p.organisationId}) as latest
        from ${estateFigures} inner join ${p} on ${p.estateId} = ${estateFigures.estateId}
        where ${estateFigures.year} <= ${year} and ${inArray(p.organisationId, organisationIds)}
      ) all_years where year >= latest - 2
    ), c as (
      select f.org, f.estate, f.number, f.name, f.year, f.latest, i.code, i.name as indicator, i.unit, i.decimals, i.sort_order,
        (f.vals ->> i.code)::numeric as value, ${colour} as colour
      from f
      cross join ${indicators} i
      left join ${trafficLightRules} o on o.indicator_code = i.code and o.municipality_code = f.sup
      left join ${trafficLightRules} d on d.indicator_code = i.code and d.municipality_code is null
      where i.active and i.direction <> 'none' and (o.id is not null or d.id is not null)
    )`;
}
