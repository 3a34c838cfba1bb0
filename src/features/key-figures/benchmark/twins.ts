import { sql, type SQL } from 'drizzle-orm';

/*
 * Comparable estates ("twins"): the same main kind of homes, size band, region and building
 * period. A percentile is only meaningful among enough of them: with fewer than MIN_TWINS in the
 * group the estate is compared with all estates of its kind of homes in the country instead, and
 * with fewer than that it gets no percentile (and so no relative colour).
 */
export const MIN_TWINS = 5;

/** The main kind of homes: the kind with most homes (ties go to family homes, the common case). */
export const homesKindSql = (e: string): SQL =>
  sql.raw(`case
    when ${e}.homes_family >= greatest(${e}.homes_elderly, ${e}.homes_youth, ${e}.homes_care) then 'familie'
    when ${e}.homes_elderly >= greatest(${e}.homes_youth, ${e}.homes_care) then 'aeldre'
    when ${e}.homes_youth >= ${e}.homes_care then 'ungdom'
    else 'pleje' end`);

export const SIZE_BANDS = [
  { key: 'under50', label: 'under 50 boliger', below: 50 },
  { key: '50-149', label: '50–149 boliger', below: 150 },
  { key: '150-399', label: '150–399 boliger', below: 400 },
  { key: '400+', label: '400 boliger eller flere', below: Infinity },
] as const;

export const PERIODS = [
  { key: 'foer1960', label: 'før 1960', below: 1960 },
  { key: '1960-1979', label: '1960–1979', below: 1980 },
  { key: '1980-1999', label: '1980–1999', below: 2000 },
  { key: '2000+', label: '2000 eller senere', below: Infinity },
] as const;

const homesSql = (e: string) => `(${e}.homes_family + ${e}.homes_elderly + ${e}.homes_youth + ${e}.homes_care)`;

/** The twin group as one text key, e.g. "familie|150-399|1084|1960-1979"; `e` is the estates alias, `m` the municipalities alias. */
export function twinGroupSql(e: string, m: string): SQL {
  const size = `case when ${homesSql(e)} < 50 then 'under50' when ${homesSql(e)} < 150 then '50-149' when ${homesSql(e)} < 400 then '150-399' else '400+' end`;
  const period = `case when ${e}.year_built is null then 'ukendt' when ${e}.year_built < 1960 then 'foer1960' when ${e}.year_built < 1980 then '1960-1979' when ${e}.year_built < 2000 then '1980-1999' else '2000+' end`;
  return sql`(${homesKindSql(e)} || '|' || ${sql.raw(size)} || '|' || ${sql.raw(`${m}.region_code`)} || '|' || ${sql.raw(period)})`;
}
