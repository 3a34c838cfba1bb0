import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { outer } from '../../../lib/sql.ts';
import { municipalityName, municipalityRegionName } from '../../registry/index.ts';
import { areaStatistics, housingAreaEstates, housingAreas, monitoringThresholds } from '../tables.ts';
import { classifyYear, type AreaHistory, type AreaYear, type YearClassification } from './classify.ts';
import { areaVisible } from './policy.ts';
import { groupThresholds, type ThresholdSet } from './thresholds.ts';
import { earlyWarnings, type Warning } from './warnings.ts';
import type { ListKey } from './words.ts';

/*
 * The monitoring of many areas at once (a municipality's, the country's): one query reads the
 * areas in the actor's scope with all their yearly figures, and the classification and warnings
 * are computed in one pass in memory. No query per area.
 */

export async function thresholdSets(db: Db): Promise<ThresholdSet[]> {
  const rows = await db.select().from(monitoringThresholds);
  return groupThresholds(rows);
}

/** One area's standing in a year: its classification and early warnings, or null without figures for the year. */
export interface Assessment {
  classification: YearClassification | null;
  warnings: Warning[];
}

export function assess(history: AreaHistory, year: number, sets: readonly ThresholdSet[]): Assessment {
  const classification = classifyYear(history, year, sets);
  return { classification, warnings: classification ? earlyWarnings(history, classification, sets) : [] };
}

export const historyOf = (years: readonly AreaYear[]): AreaHistory => new Map(years.map((y) => [y.year, y]));

/** The year a page shows by default: the newest with figures among the areas shown. */
export const newestYear = (areas: readonly { years: readonly AreaYear[] }[]) =>
  areas.reduce<number | null>((max, a) => {
    const last = a.years.at(-1)?.year;
    return last !== undefined && (max === null || last > max) ? last : max;
  }, null);

// Arrays, not objects: a country's figures are 1,800 area-years, and the JSON's size is most of the query's time.
const statisticsJson = sql<(number | null)[][] | string>`coalesce((
  select json_agg(json_build_array(
    ${outer(areaStatistics.year)},
    ${outer(areaStatistics.residents)},
    ${outer(areaStatistics.outsideWorkPct)},
    ${outer(areaStatistics.convictionsRatio)},
    ${outer(areaStatistics.primarySchoolOnlyPct)},
    ${outer(areaStatistics.incomeRatioPct)},
    ${outer(areaStatistics.nonWesternPct)}
  ) order by ${outer(areaStatistics.year)})
  from ${areaStatistics} where ${outer(areaStatistics.areaId)} = ${outer(housingAreas.id)}
), '[]'::json)`;

function areaYearsOf(json: (number | null)[][] | string): AreaYear[] {
  const rows = typeof json === 'string' ? (JSON.parse(json) as (number | null)[][]) : json;
  return rows.map(([year, residents, outsideWorkPct, convictionsRatio, primarySchoolOnlyPct, incomeRatioPct, nonWesternPct]) => ({
    year: year!,
    residents: residents!,
    outsideWorkPct,
    convictionsRatio,
    primarySchoolOnlyPct,
    incomeRatioPct,
    nonWesternPct,
  }));
}

const estateCount = sql<number>`(select count(*)::int from ${housingAreaEstates} where ${outer(housingAreaEstates.areaId)} = ${outer(housingAreas.id)})`;

export interface AreaFilter {
  municipalityCode?: string;
  region?: string;
  /** Deactivated areas too (a municipality's editors see them to reactivate them). */
  includeInactive?: boolean;
}

/** The areas in the actor's scope with all their figures, by name. */
export async function monitoredAreas({ db, actor, filter }: { db: Db; actor: Actor; filter: AreaFilter }) {
  const region = municipalityRegionName(housingAreas.municipalityCode);
  const rows = await db
    .select({
      id: housingAreas.id,
      name: housingAreas.name,
      municipalityCode: housingAreas.municipalityCode,
      municipalityName: municipalityName(housingAreas.municipalityCode),
      regionName: region,
      active: housingAreas.active,
      estates: estateCount,
      years: statisticsJson,
    })
    .from(housingAreas)
    .where(
      and(
        areaVisible(actor),
        filter.municipalityCode ? eq(housingAreas.municipalityCode, filter.municipalityCode) : undefined,
        filter.region ? sql`${region} = ${filter.region}` : undefined,
        filter.includeInactive ? undefined : eq(housingAreas.active, true),
      ),
    )
    .orderBy(asc(housingAreas.name), asc(housingAreas.id));
  // json_build_array keeps numeric as JSON numbers; PGlite and pg hand the json over parsed.
  return rows.map((r) => ({ ...r, years: areaYearsOf(r.years) }));
}
export type MonitoredArea = Awaited<ReturnType<typeof monitoredAreas>>[number];

export interface AssessedArea extends MonitoredArea {
  assessment: Assessment;
}

/** Every area assessed for one year, and the count of areas on each list and with warnings. */
export function assessAll(areas: readonly MonitoredArea[], year: number, sets: readonly ThresholdSet[]) {
  const assessed: AssessedArea[] = areas.map((a) => ({ ...a, assessment: assess(historyOf(a.years), year, sets) }));
  const counts: Record<ListKey | 'warning' | 'none' | 'missing', number> = {
    omdannelse: 0,
    parallel: 0,
    udsat: 0,
    forebyggelse: 0,
    warning: 0,
    none: 0,
    missing: 0,
  };
  for (const a of assessed) {
    const c = a.assessment.classification;
    if (!c) counts.missing++;
    else if (c.lists.length === 0) counts.none++;
    for (const list of c?.lists ?? []) counts[list]++;
    if (a.assessment.warnings.length) counts.warning++;
  }
  return { assessed, counts };
}
