import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { asc, eq, sql } from 'drizzle-orm';
import { conditionFlag, outer } from '../../lib/sql.ts';
import type { Actor } from '../../auth/scope.ts';
import { organisationVisible } from './policy.ts';
import type { Db } from '../../db/client.ts';
import { estates, municipalities, organisations } from './tables.ts';

const BUNDLED_CSV = fileURLToPath(new URL('./kommuner.csv', import.meta.url));

interface KommuneRow {
  kommunekode: string;
  navn: string;
  kortnavn: string;
  regionskode: string;
  region: string;
}

/** The 98 municipalities from the reference file (a copy ships with the code). */
export function readMunicipalities(path = BUNDLED_CSV) {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true, trim: true, bom: true }) as KommuneRow[];
  return rows.map((r) => ({
    code: r.kommunekode.padStart(4, '0'),
    name: r.navn,
    shortName: r.kortnavn,
    regionCode: r.regionskode,
    regionName: r.region,
  }));
}

/** Inserts or refreshes all municipalities; safe to run on every start. */
export async function seedMunicipalities(db: Db): Promise<number> {
  const rows = readMunicipalities();
  await db
    .insert(municipalities)
    .values(rows)
    .onConflictDoUpdate({
      target: municipalities.code,
      set: {
        name: sql`excluded.name`,
        shortName: sql`excluded.short_name`,
        regionCode: sql`excluded.region_code`,
        regionName: sql`excluded.region_name`,
      },
      // Rows that did not change are not rewritten: the usual start writes nothing.
      setWhere: sql`(${municipalities.name}, ${municipalities.shortName}, ${municipalities.regionCode}, ${municipalities.regionName})
        is distinct from (excluded.name, excluded.short_name, excluded.region_code, excluded.region_name)`,
    });
  return rows.length;
}

export async function listMunicipalities(db: Db) {
  return db
    .select({
      code: municipalities.code,
      name: municipalities.name,
      shortName: municipalities.shortName,
      regionName: municipalities.regionName,
      organisations: sql<number>`(select count(*)::int from ${organisations} where ${organisations.municipalityCode} = ${outer(municipalities.code)} and ${organisations.active})`,
      estates: sql<number>`(select count(*)::int from ${estates} where ${estates.municipalityCode} = ${outer(municipalities.code)} and ${estates.active})`,
    })
    .from(municipalities)
    .orderBy(asc(municipalities.name));
}

export async function municipalityOptions(db: Db) {
  const rows = await db
    .select({ code: municipalities.code, name: municipalities.shortName })
    .from(municipalities)
    .orderBy(asc(municipalities.shortName));
  return rows.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }));
}

export async function getMunicipality(db: Db, code: string) {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.code, code));
  return row ?? null;
}

export async function municipalityExists(db: Db, code: string): Promise<boolean> {
  return (await getMunicipality(db, code)) !== null;
}

/**
 * Public facts about the organisations a municipality supervises (names, addresses, homes), and
 * whether the actor may open each one's page, by the same condition that page applies.
 */
export async function publicOrganisationsOf(db: Db, actor: Actor, code: string) {
  return db
    .select({
      id: organisations.id,
      canOpen: conditionFlag(organisationVisible(actor)),
      name: organisations.name,
      lbfNumber: organisations.lbfNumber,
      city: organisations.city,
      estates: sql<number>`(select count(*)::int from ${estates} where ${estates.organisationId} = ${outer(organisations.id)} and ${estates.active})`,
      homes: sql<number>`(select coalesce(sum(${estates.homesFamily} + ${estates.homesElderly} + ${estates.homesYouth} + ${estates.homesCare}), 0)::int from ${estates} where ${estates.organisationId} = ${outer(organisations.id)} and ${estates.active})`,
    })
    .from(organisations)
    .where(sql`${organisations.municipalityCode} = ${code} and ${organisations.active}`)
    .orderBy(asc(organisations.name));
}

/** The five regions' names, for a filter. */
export async function regionNames(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ name: municipalities.regionName }).from(municipalities).orderBy(asc(municipalities.regionName));
  return rows.map((r) => r.name);
}
