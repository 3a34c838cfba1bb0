import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../db/client.ts';
import { computeMedians, writeMedians } from '../benchmark/medians.ts';
import { type RankRow, comparisonGroups, computeRanks, rankedCodes, sameRanks, writeRanks } from '../benchmark/ranks.ts';
import {
  type ChangeSummary,
  type ExistingValues,
  type PresentCodes,
  type TargetChange,
  compareWithExisting,
  recordKey,
} from './changes.ts';
import type { FigureRecord } from './validate.ts';
import { writeOrganisationFigures } from './write.ts';

/*
 * An import's estate figures written in one pass with their percentiles. The years' stored rows
 * are read once; the file's values are merged into them here (its columns replaced, the others
 * kept), every percentile of those years is computed again (benchmark/ranks.ts), and only the rows
 * whose values or percentiles changed are written, in chunks of one statement each. A national
 * file thus writes 100,000 rows once, and the same file imported again writes none.
 */

const CHUNK = 5000;

/** An estate's figures of a year as stored after the import: the years the file touched, every estate of them. */
export type EstateFigureRow = RankRow & { ranks: Record<string, number> };
type Stored = EstateFigureRow;

const sameValues = sameRanks;
const pgIntArray = (ids: Iterable<number>) => `{${[...new Set(ids)].join(',')}}`;

function merged(before: Record<string, number> | undefined, present: string[], values: Record<string, number>) {
  const after: Record<string, number> = {};
  if (before) for (const code in before) if (!present.includes(code)) after[code] = before[code];
  return Object.assign(after, values);
}

export async function applyFigures(
  tx: Db,
  {
    records,
    present,
    importId,
    onProgress,
  }: { records: FigureRecord[]; present: PresentCodes; importId: number; onProgress?: (done: number, total: number) => void },
): Promise<{ summary: ChangeSummary; changes: TargetChange[]; figures: EstateFigureRow[] }> {
  // Percentiles depend on every estate of the year: no other import may change the years meanwhile.
  await tx.execute(sql`lock table estate_figures, organisation_figures in share row exclusive mode`);
  const estateRecords = records.filter((r) => r.kind === 'estate');
  const organisationRecords = records.filter((r) => r.kind === 'organisation');
  const years = pgIntArray(estateRecords.map((r) => r.year));
  const [stored, organisationsBefore, groups, codes] = await Promise.all([
    estateRecords.length
      ? queryRows<Stored>(
          tx,
          sql`select estate_id as "estateId", year, values, ranks from estate_figures where year = any(${years}::int[])`,
        )
      : Promise.resolve([] as Stored[]),
    organisationRecords.length
      ? queryRows<{ id: number; year: number; values: Record<string, number> }>(
          tx,
          sql`select organisation_id as id, year, values from organisation_figures
            where year = any(${pgIntArray(organisationRecords.map((r) => r.year))}::int[])
              and organisation_id = any(${pgIntArray(organisationRecords.map((r) => r.targetId))}::int[])`,
        )
      : Promise.resolve([]),
    estateRecords.length ? comparisonGroups(tx) : Promise.resolve(new Map()),
    estateRecords.length ? rankedCodes(tx) : Promise.resolve({ ranked: new Set<string>(), estate: [] }),
  ]);
  const existing: ExistingValues = new Map();
  const rows = new Map<string, { row: RankRow; before: Stored | null; fromFile: boolean }>();
  for (const s of stored) {
    existing.set(recordKey('estate', s.estateId, s.year), s.values);
    rows.set(`${s.estateId}/${s.year}`, { row: { estateId: s.estateId, year: s.year, values: s.values }, before: s, fromFile: false });
  }
  for (const o of organisationsBefore) existing.set(recordKey('organisation', o.id, o.year), o.values);
  const { summary, changes } = compareWithExisting(records, existing, present);

  for (const r of estateRecords) {
    const key = `${r.targetId}/${r.year}`;
    const entry = rows.get(key);
    const values = merged(entry?.before?.values, present.estate, r.values);
    if (entry) Object.assign(entry, { row: { ...entry.row, values }, fromFile: true });
    else rows.set(key, { row: { estateId: r.targetId, year: r.year, values }, before: null, fromFile: true });
  }
  // A year left without any value is no row at all.
  const emptied = [...rows.values()].filter((e) => Object.keys(e.row.values).length === 0);
  for (const e of emptied) rows.delete(`${e.row.estateId}/${e.row.year}`);
  const all = [...rows.values()];
  const ranks = computeRanks(
    all.map((e) => e.row),
    groups,
    codes.ranked,
  );

  const upserts: { e: number; y: number; v: Record<string, number>; r: Record<string, number> }[] = [];
  const rankOnly: { estateId: number; year: number; ranks: Record<string, number> }[] = [];
  for (const [i, e] of all.entries()) {
    const valuesChanged = !e.before || !sameValues(e.before.values, e.row.values);
    const ranksChanged = !e.before || !sameRanks(e.before.ranks, ranks[i]);
    if (e.fromFile && valuesChanged) upserts.push({ e: e.row.estateId, y: e.row.year, v: e.row.values, r: ranks[i] });
    else if (ranksChanged) rankOnly.push({ estateId: e.row.estateId, year: e.row.year, ranks: ranks[i] });
  }
  const total = upserts.length + rankOnly.length + organisationRecords.length;
  for (let i = 0; i < upserts.length; i += CHUNK) {
    await tx.execute(sql`
      insert into estate_figures (estate_id, year, values, ranks, import_id)
      select e, y, v, r, ${importId} from jsonb_to_recordset(${JSON.stringify(upserts.slice(i, i + CHUNK))}::jsonb) as x(e int, y int, v jsonb, r jsonb)
      on conflict (estate_id, year) do update set
        values = excluded.values, ranks = excluded.ranks, import_id = excluded.import_id, updated_at = now()`);
    onProgress?.(Math.min(upserts.length, i + CHUNK), total);
  }
  await writeRanks(tx, rankOnly);
  const gone = emptied.filter((e) => e.before).map((e) => ({ e: e.row.estateId, y: e.row.year }));
  if (gone.length) {
    await tx.execute(sql`
      delete from estate_figures f using jsonb_to_recordset(${JSON.stringify(gone)}::jsonb) as x(e int, y int)
      where f.estate_id = x.e and f.year = x.y`);
  }
  await writeOrganisationFigures(tx, { records: organisationRecords, present: present.organisation, importId });
  if (estateRecords.length) {
    const yearList = [...new Set(estateRecords.map((r) => r.year))];
    await writeMedians(
      tx,
      yearList,
      computeMedians(
        all.map((e) => e.row),
        groups,
        codes.estate,
      ),
    );
  }
  onProgress?.(total, total);
  return { summary, changes, figures: all.map((e, i) => ({ ...e.row, ranks: ranks[i] })) };
}
