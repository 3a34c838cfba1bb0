import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { BENCHMARK_GROUPS, type BenchmarkGroup } from '../tables.ts';
import type { Comparison, RankRow } from './ranks.ts';

/*
 * The medians the pages compare an estate with: per year and estate indicator, among its twins,
 * its kind of homes, its supervising municipality and the whole country. Computed here from the
 * rows the import (or refreshRanks) already holds, as percentile_cont(0.5) would: on PGlite the
 * same grouping sets over a national import's 1.4 million values took seconds, sorting them here a
 * fraction of one. medians.test.ts holds the two to the same result.
 */

export interface MedianRow {
  year: number;
  groupKind: BenchmarkGroup;
  groupKey: string;
  medians: Record<string, number>;
  counts: Record<string, number>;
}

/** percentile_cont(0.5) of sorted values: the middle one, or the mean of the middle two. */
function median(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** round(x::numeric, 4): half away from zero. */
const round4 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 1e4)) / 1e4 || 0;

/**
 * The medians of `codes` over `rows` in each group of each year. `groups` holds every estate of
 * `rows` with its supervising municipality; a group in which no estate has an indicator has no
 * median for it, and a group with no figures at all no row.
 */
export function computeMedians(rows: RankRow[], groups: Map<number, Comparison & { supervisor: string }>, codes: string[]): MedianRow[] {
  const out: MedianRow[] = [];
  const keyOf: Record<BenchmarkGroup, (e: Comparison & { supervisor: string }) => string> = {
    twins: (e) => e.twins,
    kind: (e) => e.kind,
    municipality: (e) => e.supervisor,
    country: () => '',
  };
  for (const [year, ofYear] of Map.groupBy(rows, (r) => r.year)) {
    const estates = ofYear.map((r) => groups.get(r.estateId)!);
    for (const groupKind of BENCHMARK_GROUPS) {
      // The members of each group are found once per year and kind, then read once per indicator.
      const members = Map.groupBy(ofYear.keys(), (i) => keyOf[groupKind](estates[i]));
      for (const [groupKey, indices] of members) {
        const row: MedianRow = { year, groupKind, groupKey, medians: {}, counts: {} };
        for (const code of codes) {
          const values: number[] = [];
          for (const i of indices) if (ofYear[i].values[code] !== undefined) values.push(ofYear[i].values[code]);
          if (values.length === 0) continue;
          row.medians[code] = round4(median(Float64Array.from(values).sort()));
          row.counts[code] = values.length;
        }
        if (Object.keys(row.counts).length > 0) out.push(row);
      }
    }
  }
  return out;
}

const CHUNK = 5000;

/** Replaces the stored medians of `years` with `medians` (which hold those years only). */
export async function writeMedians(db: Db, years: number[], medians: MedianRow[]): Promise<void> {
  if (years.length === 0) return;
  await db.execute(sql`delete from benchmark_medians where year = any(${`{${years.join(',')}}`}::int[])`);
  for (let i = 0; i < medians.length; i += CHUNK) {
    const chunk = medians.slice(i, i + CHUNK).map((m) => ({ y: m.year, g: m.groupKind, k: m.groupKey, m: m.medians, n: m.counts }));
    await db.execute(sql`
      insert into benchmark_medians (year, group_kind, group_key, medians, counts)
      select y, g, k, m, n from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(y int, g text, k text, m jsonb, n jsonb)`);
  }
}
