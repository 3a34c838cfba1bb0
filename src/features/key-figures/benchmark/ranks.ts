import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../db/client.ts';
import { estateProfiles } from '../../registry/index.ts';
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

export interface RankRow {
  estateId: number;
  year: number;
  values: Record<string, number>;
}

/** The twin group and kind of homes of every estate, active or not, by estate id. */
export async function comparisonGroups(db: Db): Promise<Map<number, Comparison>> {
  const p = estateProfiles(db, { includeInactive: true });
  const rows = await db.select({ id: p.estateId, twins: twinGroupSql(p), kind: homesKindSql(p) }).from(p);
  return new Map(rows.map((r) => [r.id, { twins: r.twins, kind: r.kind }]));
}

/** The indicators that get percentiles: those where a direction is good (homes and m² are not ranked). */
export async function rankedCodes(db: Db): Promise<Set<string>> {
  const rows = await queryRows<{ code: string }>(db, sql`select code from indicators where direction <> 'none'`);
  return new Set(rows.map((r) => r.code));
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
  const ranks: Record<string, number>[] = rows.map(() => ({}));
  // One bucket per year and indicator; in it, the rows' positions and values.
  const buckets = new Map<string, { rows: number[]; values: number[] }>();
  for (const [i, row] of rows.entries()) {
    for (const code in row.values) {
      if (!codes.has(code)) continue;
      const key = `${row.year}\u0000${code}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = { rows: [], values: [] }));
      bucket.rows.push(i);
      bucket.values.push(row.values[code]);
    }
  }
  for (const [key, bucket] of buckets) {
    const code = key.slice(key.indexOf('\u0000') + 1);
    const twins = ranksWithin(bucket, (i) => groups.get(rows[i].estateId)!.twins);
    const kind = ranksWithin(bucket, (i) => groups.get(rows[i].estateId)!.kind);
    for (const [j, i] of bucket.rows.entries()) {
      const chosen = twins[j].size >= MIN_TWINS ? twins[j] : kind[j].size >= MIN_TWINS ? kind[j] : null;
      if (chosen) ranks[i][code] = percentile(chosen.below, chosen.size);
    }
  }
  return ranks;
}

/** For each entry of a bucket: its group's size and how many of the group's values lie strictly below its own. */
function ranksWithin(bucket: { rows: number[]; values: number[] }, groupOf: (row: number) => string) {
  const groups = new Map<string, number[]>();
  for (const [j, i] of bucket.rows.entries()) {
    const g = groupOf(i);
    const members = groups.get(g);
    if (members) members.push(j);
    else groups.set(g, [j]);
  }
  const out: { below: number; size: number }[] = new Array(bucket.rows.length);
  for (const members of groups.values()) {
    members.sort((a, b) => bucket.values[a] - bucket.values[b]);
    let below = 0;
    for (const [k, j] of members.entries()) {
      // Equal values share the rank of the first of them, as percent_rank() gives peers.
      if (k > 0 && bucket.values[j] !== bucket.values[members[k - 1]]) below = k;
      out[j] = { below, size: members.length };
    }
  }
  return out;
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
  const ranks = computeRanks(rows, groups, codes);
  await writeRanks(
    db,
    rows.flatMap((r, i) => (sameRanks(r.ranks, ranks[i]) ? [] : [{ estateId: r.estateId, year: r.year, ranks: ranks[i] }])),
  );
}
