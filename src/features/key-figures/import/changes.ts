import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../db/client.ts';
import type { FigureRecord } from './validate.ts';

/*
 * What an import changes, value by value: importing a year again replaces that year's values of
 * the indicators in the file's columns and keeps the others. A value the file has and the
 * database lacks is new, one that differs is changed, and one the database has where the file's
 * cell is empty is removed.
 */

export interface ValueChange {
  code: string;
  before: number | null;
  after: number | null;
}
export interface TargetChange {
  line: number;
  kind: 'estate' | 'organisation';
  who: string;
  year: number;
  /** Nothing stored for this estate or organisation and year before. */
  isNew: boolean;
  changes: ValueChange[];
}
interface YearCounts {
  new: number;
  changed: number;
  unchanged: number;
}
export type ChangeSummary = {
  estateYears: YearCounts;
  organisationYears: YearCounts;
  values: { added: number; changed: number; removed: number };
};
/** The codes of the file's indicator columns, by level: only these are replaced. */
export type PresentCodes = Record<FigureRecord['kind'], string[]>;
export type ExistingValues = Map<string, Record<string, number>>;

export const recordKey = (kind: FigureRecord['kind'], targetId: number, year: number) => `${kind}/${targetId}/${year}`;
const pgIntArray = (ids: Iterable<number>) => `{${[...new Set(ids)].join(',')}}`;

/** The stored values of the estate- and organisation-years the records are about, in two queries. */
export async function readExisting(db: Db, records: FigureRecord[]): Promise<ExistingValues> {
  const existing: ExistingValues = new Map();
  const years = pgIntArray(records.map((r) => r.year));
  for (const kind of ['estate', 'organisation'] as const) {
    const ids = records.filter((r) => r.kind === kind).map((r) => r.targetId);
    if (ids.length === 0) continue;
    const rows = await queryRows<{ id: number; year: number; values: Record<string, number> }>(
      db,
      kind === 'estate'
        ? sql`select estate_id as id, year, values from estate_figures where year = any(${years}::int[]) and estate_id = any(${pgIntArray(ids)}::int[])`
        : sql`select organisation_id as id, year, values from organisation_figures where year = any(${years}::int[]) and organisation_id = any(${pgIntArray(ids)}::int[])`,
    );
    for (const r of rows) existing.set(recordKey(kind, r.id, r.year), r.values);
  }
  return existing;
}

/** Counts every change and keeps the first `keep` estate- or organisation-years that change, for the preview. */
export function compareWithExisting(
  records: FigureRecord[],
  existing: ExistingValues,
  present: PresentCodes,
  keep = 200,
): { summary: ChangeSummary; changes: TargetChange[] } {
  const summary: ChangeSummary = {
    estateYears: { new: 0, changed: 0, unchanged: 0 },
    organisationYears: { new: 0, changed: 0, unchanged: 0 },
    values: { added: 0, changed: 0, removed: 0 },
  };
  const changes: TargetChange[] = [];
  for (const r of records) {
    const before = existing.get(recordKey(r.kind, r.targetId, r.year));
    const list: ValueChange[] = [];
    for (const code of present[r.kind]) {
      const old = before?.[code] ?? null;
      const now = r.values[code] ?? null;
      if (old === now) continue;
      list.push({ code, before: old, after: now });
      if (old === null) summary.values.added++;
      else if (now === null) summary.values.removed++;
      else summary.values.changed++;
    }
    const counts = r.kind === 'estate' ? summary.estateYears : summary.organisationYears;
    if (list.length === 0) counts.unchanged++;
    else if (!before) counts.new++;
    else counts.changed++;
    if (list.length > 0 && changes.length < keep) {
      changes.push({ line: r.line, kind: r.kind, who: r.who, year: r.year, isNew: !before, changes: list });
    }
  }
  return { summary, changes };
}
