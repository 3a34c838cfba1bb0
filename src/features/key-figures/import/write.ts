import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { PresentCodes } from './changes.ts';
import type { FigureRecord } from './validate.ts';

/*
 * The writes of an import, set-based: the records go to the database as JSON in chunks, and
 * each chunk is one statement (`jsonb_to_recordset` … `on conflict do update`), so 100,000
 * estate-years take twenty statements, not 100,000. Runs inside the import's transaction.
 */

const CHUNK = 5000;

const textArray = (codes: string[]): SQL =>
  codes.length ? sql`array[${sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  )}]::text[]` : sql`array[]::text[]`;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, onChunk?: (done: number) => void) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await write(rows.slice(i, i + CHUNK));
    onChunk?.(Math.min(rows.length, i + CHUNK));
  }
}

/**
 * Merges each record into its estate- or organisation-year: the values of the file's columns are
 * replaced (an empty cell removes the value), the rest are kept. A year left without any value is
 * deleted. The ranks of the replaced values go too; refreshRanks sets them again.
 */
export async function writeFigures(
  tx: Db,
  { records, present, importId, onProgress }: { records: FigureRecord[]; present: PresentCodes; importId: number; onProgress?: (done: number) => void },
): Promise<void> {
  const estates = records.filter((r) => r.kind === 'estate').map((r) => ({ t: r.targetId, y: r.year, v: r.values }));
  const organisations = records.filter((r) => r.kind === 'organisation').map((r) => ({ t: r.targetId, y: r.year, v: r.values }));
  let written = 0;
  const progress = (n: number) => onProgress?.(written + n);
  await inChunks(
    estates,
    (chunk) =>
      tx.execute(sql`
        insert into estate_figures (estate_id, year, values, import_id)
        select t, y, v, ${importId} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(t int, y int, v jsonb)
        on conflict (estate_id, year) do update set
          values = (estate_figures.values - ${textArray(present.estate)}) || excluded.values,
          ranks = estate_figures.ranks - ${textArray(present.estate)},
          import_id = excluded.import_id,
          updated_at = now()`),
    progress,
  );
  written = estates.length;
  await inChunks(
    organisations,
    (chunk) =>
      tx.execute(sql`
        insert into organisation_figures (organisation_id, year, values, import_id)
        select t, y, v, ${importId} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(t int, y int, v jsonb)
        on conflict (organisation_id, year) do update set
          values = (organisation_figures.values - ${textArray(present.organisation)}) || excluded.values,
          import_id = excluded.import_id,
          updated_at = now()`),
    progress,
  );
  await tx.execute(sql`delete from estate_figures where import_id = ${importId} and values = '{}'::jsonb`);
  await tx.execute(sql`delete from organisation_figures where import_id = ${importId} and values = '{}'::jsonb`);
}

/**
 * Homes and m² as this source states them, for the data-quality comparison with the registry:
 * per estate the latest year of the file that has either, unless the source already told a later year.
 */
export async function writeSourceFacts(
  tx: Db,
  { records, present, source, importId }: { records: FigureRecord[]; present: PresentCodes; source: string; importId: number },
): Promise<void> {
  if (!present.estate.includes('boliger') && !present.estate.includes('areal')) return;
  const latest = new Map<number, FigureRecord>();
  for (const r of records) {
    if (r.kind !== 'estate' || (r.values.boliger === undefined && r.values.areal === undefined)) continue;
    const earlier = latest.get(r.targetId);
    if (!earlier || earlier.year < r.year) latest.set(r.targetId, r);
  }
  const facts = [...latest.values()].map((r) => ({
    e: r.targetId,
    y: r.year,
    h: r.values.boliger ?? null,
    a: r.values.areal === undefined ? null : Math.round(r.values.areal),
  }));
  await inChunks(facts, (chunk) =>
    tx.execute(sql`
      insert into estate_source_facts (estate_id, source, year, homes, area_m2, import_id)
      select e, ${source}, y, h, a, ${importId} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(e int, y int, h int, a int)
      on conflict (estate_id, source) do update set
        year = excluded.year, homes = excluded.homes, area_m2 = excluded.area_m2, import_id = excluded.import_id
      where excluded.year >= estate_source_facts.year`),
  );
}
