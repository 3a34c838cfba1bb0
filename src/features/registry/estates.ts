import { and, asc, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { pagedTotal } from '../../lib/sql.ts';
import { AppError, fieldError, forbidden, isUniqueViolation, notFoundOrHidden } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrganisation, PAGE_SIZE } from './organisations.ts';
import { canEditOrganisation, estateVisible } from './policy.ts';
import type { EstateInput, ListQueryInput } from './schemas.ts';
import { estates, municipalities, organisations } from './tables.ts';
import { updateVersioned } from './versioned.ts';

const homes = sql<number>`(${estates.homesFamily} + ${estates.homesElderly} + ${estates.homesYouth} + ${estates.homesCare})`;

const SORTS = {
  nummer: estates.number,
  navn: estates.name,
  organisation: organisations.name,
  kommune: municipalities.shortName,
  boliger: homes,
  areal: estates.areaM2,
} as const;

export async function listEstates({
  db,
  actor,
  query,
  organisationId,
}: {
  db: Db;
  actor: Actor;
  query: ListQueryInput;
  organisationId?: number;
}) {
  const where = and(
    estateVisible(actor),
    organisationId ? eq(estates.organisationId, organisationId) : undefined,
    query.q
      ? or(ilike(estates.name, `%${query.q}%`), ilike(estates.address, `%${query.q}%`), sql`${estates.number}::text = ${query.q}`)
      : undefined,
    query.kommune ? eq(estates.municipalityCode, query.kommune) : undefined,
    query.status === 'alle' ? undefined : eq(estates.active, query.status === 'aktive'),
  );
  const sortColumn = SORTS[(query.sort ?? (organisationId ? 'nummer' : 'navn')) as keyof typeof SORTS] ?? estates.name;
  const rows = await db
    .select({
      id: estates.id,
      number: estates.number,
      name: estates.name,
      address: estates.address,
      city: estates.city,
      active: estates.active,
      organisationId: estates.organisationId,
      organisationName: organisations.name,
      municipalityName: municipalities.shortName,
      homes,
      areaM2: estates.areaM2,
    })
    .from(estates)
    .innerJoin(organisations, eq(organisations.id, estates.organisationId))
    .innerJoin(municipalities, eq(municipalities.code, estates.municipalityCode))
    .where(where)
    .orderBy(query.dir === 'desc' ? desc(sortColumn) : asc(sortColumn), asc(estates.id))
    .limit(PAGE_SIZE)
    .offset((query.page - 1) * PAGE_SIZE);
  const total = await pagedTotal(
    rows.length,
    query.page,
    PAGE_SIZE,
    async () => (await db.select({ total: count() }).from(estates).where(where))[0].total,
  );
  return { rows, total };
}

export async function getEstate({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  const [row] = await db
    .select({ estate: estates, organisation: organisations, municipalityName: municipalities.name })
    .from(estates)
    .innerJoin(organisations, eq(organisations.id, estates.organisationId))
    .innerJoin(municipalities, eq(municipalities.code, estates.municipalityCode))
    .where(and(eq(estates.id, id), estateVisible(actor)));
  if (!row) throw notFoundOrHidden('Afdelingen');
  return {
    ...row.estate,
    homes: row.estate.homesFamily + row.estate.homesElderly + row.estate.homesYouth + row.estate.homesCare,
    organisationName: row.organisation.name,
    organisationLbf: row.organisation.lbfNumber,
    municipalityName: row.municipalityName,
    canEdit: canEditOrganisation(actor, row.organisation),
  };
}

function duplicateNumber(error: unknown, number: number): never {
  if (isUniqueViolation(error, 'estates_organisation_number_key'))
    throw fieldError('number', `Boligorganisationen har allerede en afdeling med nummer ${number}.`);
  throw error;
}

export async function assertMunicipality(tx: Db, code: string) {
  const [m] = await tx.select({ code: municipalities.code }).from(municipalities).where(eq(municipalities.code, code));
  if (!m) throw fieldError('municipalityCode', `Kommunekoden ${code} er ikke en af de 98 kommuner.`);
}

export async function createEstate({
  db,
  actor,
  organisationId,
  input,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  input: EstateInput;
}) {
  const org = await getOrganisation({ db, actor, id: organisationId });
  if (!org.canEdit) throw forbidden();
  return db.transaction(async (tx) => {
    await assertMunicipality(tx, input.municipalityCode);
    const [row] = await tx
      .insert(estates)
      .values({ ...input, organisationId })
      .returning()
      .catch((e) => duplicateNumber(e, input.number));
    await recordAudit(tx, { actor, entityType: 'estate', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

export async function updateEstate({
  db,
  actor,
  id,
  version,
  input,
}: {
  db: Db;
  actor: Actor;
  id: number;
  version: number;
  input: EstateInput;
}) {
  const current = await getEstate({ db, actor, id });
  if (!current.canEdit) throw forbidden();
  return db.transaction(async (tx) => {
    await assertMunicipality(tx, input.municipalityCode);
    return updateVersioned({ tx, table: estates, id, version, values: input, actor, entityType: 'estate', what: 'Afdelingen' }).catch(
      (e) => (e instanceof AppError ? Promise.reject(e) : duplicateNumber(e, input.number)),
    );
  });
}

export async function setEstateActive({
  db,
  actor,
  id,
  version,
  active,
}: {
  db: Db;
  actor: Actor;
  id: number;
  version: number;
  active: boolean;
}) {
  const current = await getEstate({ db, actor, id });
  if (!current.canEdit) throw forbidden();
  return db.transaction((tx) =>
    updateVersioned({
      tx,
      table: estates,
      id,
      version,
      values: { active },
      actor,
      entityType: 'estate',
      what: 'Afdelingen',
      action: active ? 'activate' : 'deactivate',
    }),
  );
}

/** The municipalities the actor's visible estates lie in, with counts: "where do we work". */
export async function estateMunicipalities({ db, actor }: { db: Db; actor: Actor }) {
  return db
    .select({
      code: municipalities.code,
      name: municipalities.name,
      estates: sql<number>`count(*)::int`,
      homes: sql<number>`sum(${homes})::int`,
    })
    .from(estates)
    .innerJoin(municipalities, eq(municipalities.code, estates.municipalityCode))
    .where(and(estateVisible(actor), eq(estates.active, true)))
    .groupBy(municipalities.code, municipalities.name)
    .orderBy(asc(municipalities.name));
}

/**
 * Estates by location or by id, with their organisation's name, for another feature that groups
 * estates (a housing area of the municipality). No scope: the caller decides who may see its group.
 */
export async function estateSummaries(db: Db, filter: { municipalityCode?: string; ids?: number[] }) {
  if (filter.ids?.length === 0) return [];
  return db
    .select({
      id: estates.id,
      number: estates.number,
      name: estates.name,
      municipalityCode: estates.municipalityCode,
      active: estates.active,
      homes,
      organisationId: estates.organisationId,
      organisationName: organisations.name,
    })
    .from(estates)
    .innerJoin(organisations, eq(organisations.id, estates.organisationId))
    .where(
      and(
        filter.municipalityCode ? eq(estates.municipalityCode, filter.municipalityCode) : undefined,
        filter.ids ? inArray(estates.id, filter.ids) : undefined,
      ),
    )
    .orderBy(asc(organisations.name), asc(estates.number));
}
