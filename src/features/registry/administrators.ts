import { and, asc, count, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, fieldError, forbidden, isUniqueViolation, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { PAGE_SIZE } from './organisations.ts';
import { canEditAdministrator, canManageAdministrators, organisationVisible } from './policy.ts';
import type { AdministratorInput, ListQueryInput } from './schemas.ts';
import { administrators, estates, municipalities, organisations } from './tables.ts';
import { outer } from '../../lib/sql.ts';
import { updateVersioned } from './versioned.ts';

/*
 * Administrators are companies whose names, addresses and clients are public facts,
 * so every logged-in user may see them; changing one is for admins and its own staff.
 */

const organisationCount = sql<number>`(select count(*)::int from ${organisations} where ${organisations.administratorId} = ${outer(administrators.id)} and ${organisations.active})`;
const municipalityCount = sql<number>`(select count(distinct ${organisations.municipalityCode})::int from ${organisations} where ${organisations.administratorId} = ${outer(administrators.id)} and ${organisations.active})`;

export async function administratorOptions(db: Db) {
  const rows = await db
    .select({ id: administrators.id, name: administrators.name })
    .from(administrators)
    .where(eq(administrators.active, true))
    .orderBy(asc(administrators.name));
  return rows.map((r) => ({ value: String(r.id), label: r.name }));
}

export async function listAdministrators({ db, query }: { db: Db; query: ListQueryInput }) {
  const where = and(
    query.q ? or(ilike(administrators.name, `%${query.q}%`), eq(administrators.cvr, query.q)) : undefined,
    // Administrators serving an active organisation supervised by, or with an estate in, the municipality.
    query.kommune
      ? sql`exists (select 1 from ${organisations} where ${organisations.administratorId} = ${outer(administrators.id)} and ${organisations.active}
      and (${organisations.municipalityCode} = ${query.kommune} or exists (select 1 from ${estates} where ${estates.organisationId} = ${organisations.id} and ${estates.municipalityCode} = ${query.kommune})))`
      : undefined,
    query.status === 'alle' ? undefined : eq(administrators.active, query.status === 'aktive'),
  );
  const sorts = { navn: administrators.name, organisationer: organisationCount, kommuner: municipalityCount } as const;
  const sortColumn = sorts[(query.sort ?? 'navn') as keyof typeof sorts] ?? administrators.name;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: administrators.id,
        name: administrators.name,
        cvr: administrators.cvr,
        active: administrators.active,
        organisations: organisationCount,
        municipalities: municipalityCount,
      })
      .from(administrators)
      .where(where)
      .orderBy(query.dir === 'desc' ? desc(sortColumn) : asc(sortColumn), asc(administrators.id))
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE),
    db.select({ total: count() }).from(administrators).where(where),
  ]);
  return { rows, total };
}

export async function getAdministrator({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  const [row] = await db
    .select({ administrator: administrators, organisations: organisationCount, municipalities: municipalityCount })
    .from(administrators)
    .where(eq(administrators.id, id));
  if (!row) throw notFound('Administrationsorganisationen');
  return {
    ...row.administrator,
    organisationCount: row.organisations,
    municipalityCount: row.municipalities,
    canEdit: canEditAdministrator(actor, id),
    canChangeStatus: canManageAdministrators(actor),
  };
}

/**
 * The organisations an administrator serves that the actor may see, by supervising
 * municipality, paged in SQL. Callers see only their own part of the administrator's work.
 */
export async function listAdministratorOrganisations({
  db,
  actor,
  administratorId,
  page,
}: {
  db: Db;
  actor: Actor;
  administratorId: number;
  page: number;
}) {
  const where = and(eq(organisations.administratorId, administratorId), organisationVisible(actor));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        lbfNumber: organisations.lbfNumber,
        active: organisations.active,
        municipalityCode: organisations.municipalityCode,
        municipalityName: municipalities.name,
        estates: sql<number>`(select count(*)::int from ${estates} where ${estates.organisationId} = ${organisations.id} and ${estates.active})`,
      })
      .from(organisations)
      .innerJoin(municipalities, eq(municipalities.code, organisations.municipalityCode))
      .where(where)
      .orderBy(asc(municipalities.name), asc(organisations.name), asc(organisations.id))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db.select({ total: count() }).from(organisations).where(where),
  ]);
  return { rows, total };
}

function duplicateName(error: unknown, name: string): never {
  if (isUniqueViolation(error, 'administrators_name_key'))
    throw fieldError('name', `Der findes allerede en administrationsorganisation med navnet ${name}.`);
  throw error;
}

export async function createAdministrator({ db, actor, input }: { db: Db; actor: Actor; input: AdministratorInput }) {
  if (!canManageAdministrators(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(administrators)
      .values(input)
      .returning()
      .catch((e) => duplicateName(e, input.name));
    await recordAudit(tx, { actor, entityType: 'administrator', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

export async function updateAdministrator({
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
  input: AdministratorInput;
}) {
  if (!canEditAdministrator(actor, id)) throw forbidden();
  return db.transaction((tx) =>
    updateVersioned({
      tx,
      table: administrators,
      id,
      version,
      values: input,
      actor,
      entityType: 'administrator',
      what: 'Administrationsorganisationen',
    }).catch((e) => (e instanceof AppError ? Promise.reject(e) : duplicateName(e, input.name))),
  );
}

export async function setAdministratorActive({
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
  if (!canManageAdministrators(actor)) throw forbidden();
  return db.transaction((tx) =>
    updateVersioned({
      tx,
      table: administrators,
      id,
      version,
      values: { active },
      actor,
      entityType: 'administrator',
      what: 'Administrationsorganisationen',
      action: active ? 'activate' : 'deactivate',
    }),
  );
}
