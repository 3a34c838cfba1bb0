import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../db/client.ts';
import { estateProfiles } from '../../registry/index.ts';
import { computeMedians, writeMedians } from './medians.ts';
import { MIN_TWINS, homesKindSql, twinGroupSql } from './twins.ts';

/*
 * Each estate's percentile per indicator among comparable estates, stored beside its values
 * (decision 014). The groups come from the database (twinGroupSql, the one definition of a
 * twin); the percentiles are computed here, as percent_rank() does, because on PGlite the same
 * window functions over a national import (1.2 million values) take several times longer than
 * reading the values, sorting them here and writing back only the percentiles that changed.
 */

/** An estate's comparison groups: its twins, and all estates of its kind of homes for when the twins are too few. */
export interface Comparison {
  twins: string;
  kind: string;
}

/** The groups an estate is compared with, and the municipality whose median it is also shown. */
export type EstateGroups = Comparison & { supervisor: string };

export interface RankRow {
  estateId: number;
  year: number;
  values: Record<string, number>;
}

/** The twin group, kind of homes and supervising municipality of every estate, active or not, by estate id. */
export async function comparisonGroups(db: Db): Promise<Map<number, EstateGroups>> {
  const p = estateProfiles(db, { includeInactive: true });
  const rows = await db.select({ id: p.estateId, twins: twinGroupSql(p), kind: homesKindSql(p), supervisor: p.supervisorCode }).from(p);
  return new Map(rows.map((r) => [r.id, { twins: r.twins, kind: r.kind, supervisor: r.supervisor }]));
}

/**
 * The estate indicators, and those of them that get percentiles: where a direction is good (homes
 * and m² have medians but are not ranked).
 */
export async function rankedCodes(db: Db): Promise<{ ranked: Set<string>; estate: string[] }> {
  const rows = await queryRows<{ code: string; ranked: boolean }>(
    db,
    sql`select code, direction <> 'none' as ranked from indicators where level = 'estate' order by code`,
  );
  return { ranked: new Set(rows.filter((r) => r.ranked).map((r) => r.code)), estate: rows.map((r) => r.code) };
}

/**
 * percent_rank() × 100 with one decimal, rounded half away from zero as PostgreSQL's round() on
 * numeric does: the share of the group's other values strictly below this one. Exact in integers,
 * so no binary fraction tips a half the wrong way.
 */
export const percentile = (below: number, size: number) => (size < 2 ? 0 : Math.floor((2000 * below + (size - 1)) / (2 * (size - 1))) / 10);

/**
 * Each row's percentiles by indicator code: among the estate's twins that year, or among all estates
 * of its kind of homes when fewer than MIN_TWINS twins have the figure, or none when even those are fewer.
 * `groups` holds every estate of `rows`.
 */
export function computeRanks(rows: RankRow[], groups: Map<number, Comparison>, codes: Set<string>): Record<string, number>[] {
  // Groups as small integers, looked up once per estate rather than once per value.
  const twinIds = new Map<string, number>();
  const kindIds = new Map<string, number>();
  const idOf = <K>(ids: Map<K, number>, key: K) => ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1);
  const estateGroups = new Map<number, [number, number]>();
  for (const [estateId, g] of groups) estateGroups.set(estateId, [idOf(twinIds, g.twins), idOf(kindIds, g.kind)]);
  // One bucket per year and indicator (indexed, not keyed by a string: 1.2 million values are looped over).
  const codeList = [...codes];
  const yearIndex = new Map<number, number>();
  const buckets: Bucket[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const [twin, kind] = estateGroups.get(row.estateId)!;
    const y = idOf(yearIndex, row.year);
    for (let c = 0; c < codeList.length; c++) {
      const value = row.values[codeList[c]];
      if (value === undefined) continue;
      const b = y * codeList.length + c;
      const bucket = (buckets[b] ??= { code: codeList[c], rows: [], values: [], twins: [], kinds: [] });
      bucket.rows.push(i);
      bucket.values.push(value);
      bucket.twins.push(twin);
      bucket.kinds.push(kind);
    }
  }
  const ranks: Record<string, number>[] = rows.map(() => ({}));
  for (const bucket of buckets) {
    if (!bucket) continue;
    const twins = ranksWithin(bucket.values, bucket.twins);
    const kinds = ranksWithin(bucket.values, bucket.kinds);
    for (let j = 0; j < bucket.rows.length; j++) {
      const ofTwins = twins.size[j] >= MIN_TWINS;
      const size = ofTwins ? twins.size[j] : kinds.size[j];
      if (size >= MIN_TWINS) ranks[bucket.rows[j]][bucket.code] = percentile(ofTwins ? twins.below[j] : kinds.below[j], size);
    }
  }
  return ranks;
}

interface Bucket {
  code: string;
  rows: number[];
  values: number[];
  twins: number[];
  kinds: number[];
}

/**
 * For each entry: its group's size and how many of the group's values lie strictly below its own
 * (so equal values share a rank, as percent_rank() gives peers). The entries are bucketed by group
 * (a counting sort), each group's values sorted as a typed array (no comparator: that is what
 * makes 1.2 million values take a fraction of a second), and each value's rank found by bisection.
 */
function ranksWithin(values: number[], group: number[]): { below: Uint32Array; size: Uint32Array } {
  const n = values.length;
  let groups = 0;
  for (const g of group) if (g >= groups) groups = g + 1;
  const start = new Uint32Array(groups + 1);
  for (const g of group) start[g + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const members = new Uint32Array(n);
  const fill = start.slice(0, groups);
  for (let j = 0; j < n; j++) members[fill[group[j]]++] = j;
  const below = new Uint32Array(n);
  const size = new Uint32Array(n);
  for (let g = 0; g < groups; g++) {
    const from = start[g];
    const to = start[g + 1];
    const sorted = new Float64Array(to - from);
    for (let k = from; k < to; k++) sorted[k - from] = values[members[k]];
    sorted.sort();
    for (let k = from; k < to; k++) {
      const j = members[k];
      below[j] = lowerBound(sorted, values[j]);
      size[j] = to - from;
    }
  }
  return { below, size };
}

/** The number of values in `sorted` strictly below `v`. */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const sameRanks = (a: Record<string, number>, b: Record<string, number>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

const CHUNK = 5000;

/** Writes the given rows' percentiles, a chunk per statement. */
export async function writeRanks(db: Db, rows: { estateId: number; year: number; ranks: Record<string, number> }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => ({ e: r.estateId, y: r.year, r: r.ranks }));
    await db.execute(sql`
      update estate_figures f set ranks = x.r
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(e int, y int, r jsonb)
      where f.estate_id = x.e and f.year = x.y`);
  }
}

/**
 * Recomputes every estate's percentiles for the given years (a new estate's figures move everyone
 * else's) and writes those that changed. Run after each change of figures, in its transaction.
 */
export async function refreshRanks(db: Db, years: number[]): Promise<void> {
  if (years.length === 0) return;
  const [rows, groups, codes] = await Promise.all([
    queryRows<RankRow & { ranks: Record<string, number> }>(
      db,
      sql`select estate_id as "estateId", year, values, ranks from estate_figures where year = any(${`{${years.join(',')}}`}::int[])`,
    ),
    comparisonGroups(db),
    rankedCodes(db),
  ]);
  const ranks = computeRanks(rows, groups, codes.ranked);
  await writeRanks(
    db,
    rows.flatMap((r, i) => (sameRanks(r.ranks, ranks[i]) ? [] : [{ estateId: r.estateId, year: r.year, ranks: ranks[i] }])),
  );
  // The medians the pages compare with, from the same figures.
  await writeMedians(db, years, computeMedians(rows, groups, codes.estate));
}
