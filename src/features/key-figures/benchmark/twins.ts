import { sql, type SQL } from 'drizzle-orm';
import type { estateProfiles } from '../../registry/index.ts';

/*
 * Comparable estates ("twins"): the same main kind of homes, size band, region and building
 * period. A percentile is only meaningful among enough of them: with fewer than MIN_TWINS in the
 * group the estate is compared with all estates of its kind of homes in the country instead, and
 * with fewer than that it gets no percentile (and so no relative colour).
 */
export const MIN_TWINS = 5;

type Profiles = ReturnType<typeof estateProfiles>;

/** The main kind of homes: the kind with most homes (ties go to family homes, the common case). */
export const homesKindSql = (p: Profiles): SQL<string> =>
  sql<string>`case
    when ${p.homesFamily} >= greatest(${p.homesElderly}, ${p.homesYouth}, ${p.homesCare}) then 'familie'
    when ${p.homesElderly} >= greatest(${p.homesYouth}, ${p.homesCare}) then 'aeldre'
    when ${p.homesYouth} >= ${p.homesCare} then 'ungdom'
    else 'pleje' end`;

const sizeBandSql = (p: Profiles) =>
  sql`case when ${p.homes} < 50 then 'under50' when ${p.homes} < 150 then '50-149' when ${p.homes} < 400 then '150-399' else '400+' end`;

const periodSql = (p: Profiles) =>
  sql`case when ${p.yearBuilt} is null then 'ukendt' when ${p.yearBuilt} < 1960 then 'foer1960' when ${p.yearBuilt} < 1980 then '1960-1979' when ${p.yearBuilt} < 2000 then '1980-1999' else '2000+' end`;

/** The twin group as one text key, e.g. "familie|150-399|1084|1960-1979". */
export const twinGroupSql = (p: Profiles): SQL<string> =>
  sql<string>`(${homesKindSql(p)} || '|' || ${sizeBandSql(p)} || '|' || ${p.regionCode} || '|' || ${periodSql(p)})`;

/**
 * Each estate's groups, computed once per estate rather than once per figure: a CTE body
 * (estate_id, twins, kind, supervisor) to be used `as materialized`. The keys sort in the "C"
 * collation: only equal keys matter here, and a byte comparison sorts a million figures several
 * times faster than the language's collation.
 */
export const estateGroupsSql = (p: Profiles): SQL =>
  sql`select ${p.estateId} as estate_id, ${twinGroupSql(p)} collate "C" as twins, ${homesKindSql(p)} collate "C" as kind,
    ${p.supervisorCode}::text collate "C" as supervisor
    from ${p}`;
