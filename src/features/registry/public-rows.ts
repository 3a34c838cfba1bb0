import { type SQL, and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { publicSearchColumns } from '../../lib/public-search-row.ts';
import { outer } from '../../lib/sql.ts';
import {
  administrators,
  estates,
  estateSearchDocument,
  fora,
  municipalities,
  organisations,
  organisationSearchDocument,
} from './tables.ts';

/*
 * The registry's rows as the public site shows them: active bodies only, and only the columns
 * anyone may read. No e-mail address, phone number or person is selected, so none can leak into a
 * public page. No actor: the publication feature decides who calls these (everyone).
 */

const homes = sql<number>`(${estates.homesFamily} + ${estates.homesElderly} + ${estates.homesYouth} + ${estates.homesCare})::int`;
const organisationEstates = sql<number>`(select count(*)::int from ${estates} where ${estates.organisationId} = ${outer(organisations.id)} and ${estates.active})`;
const organisationHomes = sql<number>`(select coalesce(sum(${estates.homesFamily} + ${estates.homesElderly} + ${estates.homesYouth} + ${estates.homesCare}), 0)::int from ${estates} where ${estates.organisationId} = ${outer(organisations.id)} and ${estates.active})`;

/** The active organisations a municipality supervises (their seat), by name. */
export function publicOrganisationRows(db: Db, municipalityCode: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      lbfNumber: organisations.lbfNumber,
      city: organisations.city,
      estates: organisationEstates,
      homes: organisationHomes,
      createdAt: organisations.createdAt,
      updatedAt: organisations.updatedAt,
    })
    .from(organisations)
    .where(and(eq(organisations.municipalityCode, municipalityCode), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
}

/** One active organisation with its municipality's and administrator's names, or null. */
export async function publicOrganisationRow(db: Db, id: number) {
  const [row] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      lbfNumber: organisations.lbfNumber,
      address: organisations.address,
      postalCode: organisations.postalCode,
      city: organisations.city,
      website: organisations.website,
      municipalityCode: organisations.municipalityCode,
      municipalityName: municipalities.name,
      administratorName: administrators.name,
    })
    .from(organisations)
    .innerJoin(municipalities, eq(municipalities.code, organisations.municipalityCode))
    .leftJoin(administrators, eq(administrators.id, organisations.administratorId))
    .where(and(eq(organisations.id, id), eq(organisations.active, true)));
  return row ?? null;
}

/** An organisation's active estates, by number. */
export function publicEstateRows(db: Db, organisationId: number) {
  return db
    .select({
      id: estates.id,
      number: estates.number,
      name: estates.name,
      address: estates.address,
      postalCode: estates.postalCode,
      city: estates.city,
      homes,
    })
    .from(estates)
    .where(and(eq(estates.organisationId, organisationId), eq(estates.active, true)))
    .orderBy(asc(estates.number));
}

/** One active estate of an active organisation, with where it lies and who supervises it, or null. */
export async function publicEstateRow(db: Db, id: number) {
  const [row] = await db
    .select({
      id: estates.id,
      number: estates.number,
      name: estates.name,
      address: estates.address,
      postalCode: estates.postalCode,
      city: estates.city,
      homes,
      areaM2: estates.areaM2,
      yearBuilt: estates.yearBuilt,
      municipalityCode: estates.municipalityCode,
      municipalityName: municipalities.name,
      organisationId: organisations.id,
      organisationName: organisations.name,
      supervisorCode: organisations.municipalityCode,
    })
    .from(estates)
    .innerJoin(organisations, eq(organisations.id, estates.organisationId))
    .innerJoin(municipalities, eq(municipalities.code, estates.municipalityCode))
    .where(and(eq(estates.id, id), eq(estates.active, true), eq(organisations.active, true)));
  return row ?? null;
}

/** The active fora a municipality runs, with their terms of reference. */
export function publicForumRows(db: Db, municipalityCode: string) {
  return db
    .select({
      id: fora.id,
      name: fora.name,
      termsOfReference: fora.termsOfReference,
      meetingsPerYear: fora.meetingsPerYear,
      createdAt: fora.createdAt,
      updatedAt: fora.updatedAt,
    })
    .from(fora)
    .where(and(eq(fora.municipalityCode, municipalityCode), eq(fora.active, true)))
    .orderBy(asc(fora.name));
}

/** Every active organisation and estate, for the sitemap: two small columns each. */
export async function publicRegistryAddresses(db: Db) {
  const [orgs, estateRows] = await Promise.all([
    db
      .select({ id: organisations.id, municipalityCode: organisations.municipalityCode })
      .from(organisations)
      .where(eq(organisations.active, true))
      .orderBy(asc(organisations.id)),
    db
      .select({ id: estates.id, organisationId: estates.organisationId, municipalityCode: organisations.municipalityCode })
      .from(estates)
      .innerJoin(organisations, eq(organisations.id, estates.organisationId))
      .where(and(eq(estates.active, true), eq(organisations.active, true)))
      .orderBy(asc(estates.id)),
  ]);
  return { organisations: orgs, estates: estateRows };
}

/** Estates by id with their organisation, for the public lists of agreements that name them. */
export async function publicEstateNames(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: estates.id,
      number: estates.number,
      name: estates.name,
      organisationId: organisations.id,
      organisationName: organisations.name,
      supervisorCode: organisations.municipalityCode,
    })
    .from(estates)
    .innerJoin(organisations, eq(organisations.id, estates.organisationId))
    .where(and(inArray(estates.id, ids), eq(estates.active, true), eq(organisations.active, true)))
    .orderBy(asc(organisations.name), asc(estates.number));
}

/** A condition "the organisation is active", i.e. public, over another feature's column (the public search's sources). */
export const publicOrganisationSql = (organisationId: SQL): SQL =>
  sql`exists (select 1 from ${organisations} where ${organisations.id} = ${organisationId} and ${organisations.active})`;

/** The organisation's seat (supervising) municipality, over another feature's column. */
export const organisationSeatCode = (organisationId: SQL): SQL =>
  sql`(select ${organisations.municipalityCode} from ${organisations} where ${organisations.id} = ${organisationId})`;

const doc = (text: SQL) => sql`to_tsvector('danish', ${text})`;

/**
 * The public search's sources of the registry: municipalities, active organisations, active
 * estates of active organisations and active fora, by name, number and address. No e-mail
 * address, phone number or person is read.
 */
export function publicRegistrySearchSources(query: SQL): SQL[] {
  const m = sql`${outer(municipalities.name)}`;
  const oColumns = {
    name: outer(organisations.name),
    lbfNumber: outer(organisations.lbfNumber),
    address: outer(organisations.address),
    postalCode: outer(organisations.postalCode),
    city: outer(organisations.city),
  };
  const eColumns = {
    number: outer(estates.number),
    name: outer(estates.name),
    address: outer(estates.address),
    postalCode: outer(estates.postalCode),
    city: outer(estates.city),
  };
  const o = sql`concat_ws(' ', ${oColumns.name}, 'LBF-nr. ' || ${oColumns.lbfNumber}, ${oColumns.address}, ${oColumns.postalCode}, ${oColumns.city})`;
  const e = sql`concat_ws(' ', 'Afdeling ' || ${eColumns.number}, ${eColumns.name}, ${eColumns.address}, ${eColumns.postalCode}, ${eColumns.city})`;
  // Matched and ranked by the indexed documents (tables.ts); `o` and `e` are the snippets' text.
  const oDoc = organisationSearchDocument(oColumns);
  const eDoc = estateSearchDocument(eColumns);
  const f = sql`concat_ws(' ', ${outer(fora.name)}, ${outer(fora.termsOfReference)})`;
  return [
    sql`select ${publicSearchColumns({
      kind: 'kommune',
      id: sql`${outer(municipalities.code)}::int`,
      municipalityCode: outer(municipalities.code),
      title: outer(municipalities.name),
      body: m,
      rank: sql`ts_rank(${doc(m)}, ${query})`,
    })} from ${municipalities} where ${doc(m)} @@ ${query}`,
    sql`select ${publicSearchColumns({
      kind: 'boligorganisation',
      id: outer(organisations.id),
      municipalityCode: outer(organisations.municipalityCode),
      organisationId: outer(organisations.id),
      title: outer(organisations.name),
      context: outer(organisations.city),
      body: o,
      rank: sql`ts_rank(${oDoc}, ${query})`,
    })} from ${organisations} where ${outer(organisations.active)} and ${oDoc} @@ ${query}`,
    sql`select ${publicSearchColumns({
      kind: 'afdeling',
      id: outer(estates.id),
      municipalityCode: outer(organisations.municipalityCode),
      organisationId: outer(organisations.id),
      estateId: outer(estates.id),
      title: sql`'Afdeling ' || ${outer(estates.number)} || ' ' || ${outer(estates.name)}`,
      context: outer(organisations.name),
      body: e,
      rank: sql`ts_rank(${eDoc}, ${query})`,
    })} from ${estates} join ${organisations} on ${outer(organisations.id)} = ${outer(estates.organisationId)}
      where ${outer(estates.active)} and ${outer(organisations.active)} and ${eDoc} @@ ${query}`,
    sql`select ${publicSearchColumns({
      kind: 'forum',
      id: outer(fora.id),
      municipalityCode: outer(fora.municipalityCode),
      title: outer(fora.name),
      body: f,
      rank: sql`ts_rank(${doc(f)}, ${query})`,
    })} from ${fora} where ${outer(fora.active)} and ${doc(f)} @@ ${query}`,
  ];
}
