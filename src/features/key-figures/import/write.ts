import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { PresentCodes } from './changes.ts';
import type { FigureRecord } from './validate.ts';

/*
 * The organisations' figures and the sources' homes and m², set-based: the records go to the
 * database as JSON in chunks, each chunk one statement (`jsonb_to_recordset` … `on conflict do
 * update`). Runs inside the import's transaction; the estates' figures are apply.ts's.
 */

const CHUNK = 5000;

const textArray = (codes: string[]): SQL =>
  codes.length
    ? sql`array[${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )}]::text[]`
    : sql`array[]::text[]`;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * Merges each organisation's year into what is stored: the values of the file's columns are
 * replaced (an empty cell removes the value), the rest kept; a year left without values goes.
 */
export async function writeOrganisationFigures(
  tx: Db,
  { records, present, importId }: { records: FigureRecord[]; present: string[]; importId: number },
): Promise<void> {
  const rows = records.map((r) => ({ t: r.targetId, y: r.year, v: r.values }));
  await inChunks(rows, (chunk) =>
    tx.execute(sql`
      insert into organisation_figures (organisation_id, year, values, import_id)
      select t, y, v, ${importId} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(t int, y int, v jsonb)
      on conflict (organisation_id, year) do update set
        values = (organisation_figures.values - ${textArray(present)}) || excluded.values,
        import_id = excluded.import_id,
        updated_at = now()
      where organisation_figures.values is distinct from (organisation_figures.values - ${textArray(present)}) || excluded.values`),
  );
  if (rows.length) await tx.execute(sql`delete from organisation_figures where import_id = ${importId} and values = '{}'::jsonb`);
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
