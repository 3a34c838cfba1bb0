import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../src/db/client.ts';
import {
  areaStatistics,
  estateFigures,
  housingAreaEstates,
  housingAreas,
  organisationFigures,
} from '../../src/features/key-figures/tables.ts';
import { administrators, estates, organisations } from '../../src/features/registry/tables.ts';
import { FILES } from './files.ts';
import type { FigureRow, NationalRegistry } from './model.ts';

/*
 * Puts the national registry (written by `npm run generate:national`) into a migrated database
 * with the municipalities seeded: administrators, organisations, estates and the housing areas
 * with their statistics. For benchmarks: multi-row inserts, no history, no checks beyond the
 * database's own.
 */

const CHUNK = 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function readNationalRegistry(folder: string): Promise<NationalRegistry> {
  return JSON.parse(await readFile(join(folder, FILES.registry), 'utf8')) as NationalRegistry;
}

export async function loadNationalRegistry(db: Db, folder: string) {
  return loadRegistry(db, await readNationalRegistry(folder));
}

/** The registry given (the country's, or a part of it); the organisations' ids by LBF number and the estates' by "organisation id/number". */
export async function loadRegistry(
  db: Db,
  registry: NationalRegistry,
): Promise<{
  organisations: Map<number, number>;
  estates: number;
  estateIds: Map<string, number>;
  areas: number;
  registry: NationalRegistry;
}> {
  const adminIds = new Map<number, number>();
  for (const a of await db
    .insert(administrators)
    .values(registry.administrators.map((a) => ({ name: a.name, cvr: a.cvr })))
    .returning({ id: administrators.id, name: administrators.name })) {
    adminIds.set(registry.administrators.find((x) => x.name === a.name)!.key, a.id);
  }
  const orgIds = new Map<number, number>();
  await insertChunked(registry.organisations, async (chunk) => {
    const rows = await db
      .insert(organisations)
      .values(
        chunk.map((o) => ({
          lbfNumber: o.lbfNumber,
          name: o.name,
          municipalityCode: o.municipalityCode,
          administratorId: o.administratorKey === null ? null : adminIds.get(o.administratorKey)!,
          fiscalYearEndMonth: o.fiscalYearEndMonth,
          address: o.address,
          city: o.city,
        })),
      )
      .returning({ id: organisations.id, lbfNumber: organisations.lbfNumber });
    for (const r of rows) orgIds.set(r.lbfNumber, r.id);
  });
  const estateIds = new Map<string, number>();
  await insertChunked(registry.estates, async (chunk) => {
    const rows = await db
      .insert(estates)
      .values(chunk.map(({ lbfNumber, ...e }) => ({ ...e, organisationId: orgIds.get(lbfNumber)! })))
      .returning({ id: estates.id, organisationId: estates.organisationId, number: estates.number });
    for (const r of rows) estateIds.set(`${r.organisationId}/${r.number}`, r.id);
  });
  for (const area of registry.areas) {
    const [row] = await db
      .insert(housingAreas)
      .values({ name: area.name, municipalityCode: area.municipalityCode })
      .returning({ id: housingAreas.id });
    await db
      .insert(housingAreaEstates)
      .values(area.estates.map((e) => ({ areaId: row.id, estateId: estateIds.get(`${orgIds.get(e.lbfNumber)}/${e.number}`)! })));
    await db.insert(areaStatistics).values(area.statistics.map((s) => ({ ...s, areaId: row.id })));
  }
  return { organisations: orgIds, estates: estateIds.size, estateIds, areas: registry.areas.length, registry };
}

/** The figures as if imported (no import row): estates' and organisations' values, nulls left out. */
export async function loadFigures(
  db: Db,
  figures: FigureRow[],
  ids: { organisations: Map<number, number>; estateIds: Map<string, number> },
) {
  const values = (v: Record<string, number | null>) =>
    Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null)) as Record<string, number>;
  const estateRows = figures.flatMap((f) => {
    const organisationId = ids.organisations.get(f.lbfNumber);
    const estateId =
      organisationId === undefined || f.estateNumber === null ? undefined : ids.estateIds.get(`${organisationId}/${f.estateNumber}`);
    return estateId === undefined ? [] : [{ estateId, year: f.year, values: values(f.values) }];
  });
  const organisationRows = figures.flatMap((f) => {
    const organisationId = ids.organisations.get(f.lbfNumber);
    return f.estateNumber !== null || organisationId === undefined ? [] : [{ organisationId, year: f.year, values: values(f.values) }];
  });
  await insertChunked(estateRows, (chunk) => db.insert(estateFigures).values(chunk));
  await insertChunked(organisationRows, (chunk) => db.insert(organisationFigures).values(chunk));
  return estateRows.length;
}
