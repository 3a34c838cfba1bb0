import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { notFoundOrHidden } from '../../../lib/errors.ts';
import { canEditOrganisation, estateProfiles, municipalityName } from '../../registry/index.ts';
import type { Colour } from '../lights/colour.ts';
import type { MedianRow as StoredMedians } from './medians.ts';
import { estateLights, redThreeYearsRun, type EstateYearLight } from '../lights/estate-lights.ts';
import { BENCHMARK_GROUPS, benchmarkMedians, type BenchmarkGroup } from '../tables.ts';
import { listIndicators, type Indicator } from '../catalogue/service.ts';
import { roundTo } from './round.ts';
import { describeTwinGroup, KIND_WORDS } from './twin-words.ts';
import { MIN_TWINS, homesKindSql, twinGroupSql } from './twins.ts';

/*
 * An estate's figures against comparable estates: its value, colour and percentile per
 * indicator, and the medians of its twin group, its supervising municipality and the country,
 * year by year. Read in a fixed number of queries whatever the number of indicators or years:
 * the estate with the medians of its four groups (1), its figures with colours (1 + 2 for the
 * rules), the catalogue (1).
 */

export type GroupMedians = Map<number, { medians: Record<string, number>; counts: Record<string, number> }>;

export interface EstateBenchmark {
  estate: {
    id: number;
    number: number;
    name: string;
    organisationId: number;
    organisationName: string;
    supervisorCode: string;
    supervisorName: string;
    twinKey: string;
    kind: string;
  };
  /** "familieboliger, 150–399 boliger, Region Hovedstaden, opført 1960–1979" */
  twinWords: string;
  /** The estate-level indicators the estate has a value of in some year, in the catalogue's order. */
  indicators: Indicator[];
  /** The estate's years with figures, ascending, each with its colours. */
  lights: EstateYearLight[];
  years: number[];
  medians: Record<BenchmarkGroup, GroupMedians>;
  /** May the actor import figures for this estate (the organisation's editors, its administrator, the supervisor, admins). */
  canImport: boolean;
}

/**
 * The estate the actor may see, with its groups and their medians of every year, in one query;
 * 404 ("findes ikke, eller du har ikke adgang") otherwise.
 */
async function findEstate(db: Db, actor: Actor, estateId: number) {
  const p = estateProfiles(db, { actor, ids: [estateId] });
  const m = benchmarkMedians;
  const [row] = await db
    .select({
      id: p.estateId,
      number: p.number,
      name: p.name,
      organisationId: p.organisationId,
      organisationName: p.organisationName,
      administratorId: p.administratorId,
      supervisorCode: p.supervisorCode,
      supervisorName: municipalityName(sql`${p.supervisorCode}`),
      regionName: p.regionName,
      twinKey: twinGroupSql(p),
      kind: homesKindSql(p),
      medians: sql<
        MedianRow[]
      >`(select coalesce(jsonb_agg(jsonb_build_object('year', ${m.year}, 'groupKind', ${m.groupKind}, 'medians', ${m.medians}, 'counts', ${m.counts})), '[]'::jsonb)
        from ${m}
        where (${m.groupKind} = 'twins' and ${m.groupKey} = ${twinGroupSql(p)})
          or (${m.groupKind} = 'kind' and ${m.groupKey} = ${homesKindSql(p)})
          or (${m.groupKind} = 'municipality' and ${m.groupKey} = ${p.supervisorCode})
          or ${m.groupKind} = 'country')`,
    })
    .from(p);
  if (!row) throw notFoundOrHidden('Afdelingen');
  return row;
}

type MedianRow = Omit<StoredMedians, 'groupKey'>;

export async function estateBenchmark(db: Db, { actor, estateId }: { actor: Actor; estateId: number }): Promise<EstateBenchmark> {
  const row = await findEstate(db, actor, estateId);
  const [{ lights }, catalogue] = await Promise.all([
    estateLights(db, { actor, ids: [estateId] }),
    listIndicators(db, { level: 'estate', activeOnly: true }),
  ]);
  const medians = Object.fromEntries(BENCHMARK_GROUPS.map((kind) => [kind, new Map()])) as Record<BenchmarkGroup, GroupMedians>;
  for (const m of row.medians) medians[m.groupKind].set(m.year, { medians: m.medians, counts: m.counts });
  const present = new Set(lights.flatMap((l) => Object.keys(l.values)));
  const { administratorId, regionName, medians: _, ...estate } = row;
  return {
    estate: { ...estate, supervisorName: row.supervisorName ?? row.supervisorCode },
    twinWords: describeTwinGroup(row.twinKey, regionName),
    indicators: catalogue.filter((i) => present.has(i.code)),
    lights,
    years: lights.map((l) => l.year),
    medians,
    canImport: canEditOrganisation(actor, { id: row.organisationId, municipalityCode: row.supervisorCode, administratorId }),
  };
}

/** A group's median of an indicator in a year, when it is taken over at least MIN_TWINS estates (fewer would show one estate's figure). */
export function medianOf(b: EstateBenchmark, group: BenchmarkGroup, year: number, code: string, decimals: number): number | null {
  const m = b.medians[group].get(year);
  const n = m?.counts[code] ?? 0;
  const v = m?.medians[code];
  return n >= MIN_TWINS && v !== undefined ? roundTo(Number(v), decimals) : null;
}

export interface BenchmarkRow {
  indicator: Indicator;
  value: number | null;
  colour: Colour | null;
  /** 0–100 among the group compared with; null when fewer than MIN_TWINS are comparable or the indicator has no direction. */
  percentile: number | null;
  /** Who the percentile and the group median are taken among: the twins, or (too few twins) all estates of the same kind of homes. */
  comparedWith: { group: 'twins' | 'kind'; count: number; words: string } | null;
  groupMedian: number | null;
  twinCount: number;
  municipalMedian: number | null;
  nationalMedian: number | null;
}

/** The benchmark table of one year, one row per indicator. */
export function benchmarkRows(b: EstateBenchmark, year: number): BenchmarkRow[] {
  const light = b.lights.find((l) => l.year === year);
  const twins = b.medians.twins.get(year);
  const kind = b.medians.kind.get(year);
  return b.indicators.map((indicator) => {
    const { code, decimals } = indicator;
    const raw = light?.values[code];
    const twinCount = twins?.counts[code] ?? 0;
    const kindCount = kind?.counts[code] ?? 0;
    const comparedWith =
      twinCount >= MIN_TWINS
        ? { group: 'twins' as const, count: twinCount, words: `${twinCount} tvillinger` }
        : kindCount >= MIN_TWINS
          ? {
              group: 'kind' as const,
              count: kindCount,
              words: `alle ${kindCount} afdelinger med ${KIND_WORDS[b.estate.kind] ?? b.estate.kind} (for få tvillinger)`,
            }
          : null;
    const rank = light?.ranks[code];
    return {
      indicator,
      value: raw === undefined ? null : roundTo(raw, decimals),
      colour: light?.colours[code] ?? null,
      percentile: comparedWith && rank !== undefined ? rank : null,
      comparedWith,
      groupMedian: comparedWith ? medianOf(b, comparedWith.group, year, code, decimals) : null,
      twinCount,
      municipalMedian: medianOf(b, 'municipality', year, code, decimals),
      nationalMedian: medianOf(b, 'country', year, code, decimals),
    };
  });
}

/** The estate's overall colour in a year, and whether it closes three red years in a row. */
export function yearStatus(b: EstateBenchmark, year: number): { overall: Colour | null; redThreeYears: boolean } {
  return { overall: b.lights.find((l) => l.year === year)?.overall ?? null, redThreeYears: redThreeYearsRun(b.lights, year) };
}
