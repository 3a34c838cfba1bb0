import { and, asc, count, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import { outer, pagedTotal } from '../../lib/sql.ts';
import type { Db } from '../../db/client.ts';
import { AppError, fieldError, forbidden, isUniqueViolation, notFoundOrHidden } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { canCreateOrganisation, canEditOrganisation, canSuperviseOrganisation, organisationVisible } from './policy.ts';
import type { ListQueryInput, OrganisationInput } from './schemas.ts';
import { administrators, estates, municipalities, organisations } from './tables.ts';
import { updateVersioned } from './versioned.ts';

export const PAGE_SIZE = 25;

const homesSum = sql<number>`(select coalesce(sum(${estates.homesFamily} + ${estates.homesElderly} + ${estates.homesYouth} + ${estates.homesCare}), 0)::int from ${estates} where ${estates.organisationId} = ${outer(organisations.id)} and ${estates.active})`;
const estateCount = sql<number>`(select count(*)::int from ${estates} where ${estates.organisationId} = ${outer(organisations.id)} and ${estates.active})`;

const SORTS = {
  navn: organisations.name,
  lbf: organisations.lbfNumber,
  kommune: municipalities.shortName,
  afdelinger: estateCount,
  boliger: homesSum,
} as const;

/** Organisations in the actor's scope, filtered, sorted and paged in SQL. */
export async function listOrganisations({ db, actor, query }: { db: Db; actor: Actor; query: ListQueryInput }) {
  const where = and(
    organisationVisible(actor),
    query.q ? or(ilike(organisations.name, `%${query.q}%`), sql`${organisations.lbfNumber}::text = ${query.q}`) : undefined,
    query.kommune ? eq(organisations.municipalityCode, query.kommune) : undefined,
    query.status === 'alle' ? undefined : eq(organisations.active, query.status === 'aktive'),
  );
  const sortColumn = SORTS[(query.sort ?? 'navn') as keyof typeof SORTS] ?? organisations.name;
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      lbfNumber: organisations.lbfNumber,
      active: organisations.active,
      municipalityCode: organisations.municipalityCode,
      municipalityName: municipalities.shortName,
      administratorName: administrators.name,
      estates: estateCount,
      homes: homesSum,
    })
    .from(organisations)
    .innerJoin(municipalities, eq(municipalities.code, organisations.municipalityCode))
    .leftJoin(administrators, eq(administrators.id, organisations.administratorId))
    .where(where)
    .orderBy(query.dir === 'desc' ? desc(sortColumn) : asc(sortColumn), asc(organisations.id))
    .limit(PAGE_SIZE)
    .offset((query.page - 1) * PAGE_SIZE);
  const total = await pagedTotal(
    rows.length,
    query.page,
    PAGE_SIZE,
    async () => (await db.select({ total: count() }).from(organisations).where(where))[0].total,
  );
  return { rows, total };
}

/** One organisation the actor may see, with names of its municipality and administrator; 404 otherwise. */
export async function getOrganisation({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  const [row] = await db
    .select({
      organisation: organisations,
      municipalityName: municipalities.name,
      administratorName: administrators.name,
    })
    .from(organisations)
    .innerJoin(municipalities, eq(municipalities.code, organisations.municipalityCode))
    .leftJoin(administrators, eq(administrators.id, organisations.administratorId))
    .where(and(eq(organisations.id, id), organisationVisible(actor)));
  if (!row) throw notFoundOrHidden('Boligorganisationen');
  return {
    ...row.organisation,
    municipalityName: row.municipalityName,
    administratorName: row.administratorName,
    canEdit: canEditOrganisation(actor, row.organisation),
    canSupervise: canSuperviseOrganisation(actor, row.organisation),
  };
}

/** For select lists: organisations the actor may change. */
export async function editableOrganisationOptions({ db, actor }: { db: Db; actor: Actor }) {
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      lbfNumber: organisations.lbfNumber,
      municipalityCode: organisations.municipalityCode,
      administratorId: organisations.administratorId,
    })
    .from(organisations)
    .where(and(organisationVisible(actor), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
  return rows.filter((o) => canEditOrganisation(actor, o)).map((o) => ({ value: String(o.id), label: `${o.name} (${o.lbfNumber})` }));
}

async function checkReferences(tx: Db, input: OrganisationInput) {
  const [m] = await tx.select({ code: municipalities.code }).from(municipalities).where(eq(municipalities.code, input.municipalityCode));
  if (!m) throw fieldError('municipalityCode', `Kommunekoden ${input.municipalityCode} er ikke en af de 98 kommuner.`);
  if (input.administratorId !== null) {
    const [a] = await tx.select({ id: administrators.id }).from(administrators).where(eq(administrators.id, input.administratorId));
    if (!a) throw fieldError('administratorId', 'Den valgte administrationsorganisation findes ikke.');
  }
}

function uniqueLbf(error: unknown, lbfNumber: number): never {
  if (isUniqueViolation(error, 'organisations_lbf_number_key'))
    throw fieldError('lbfNumber', `Der findes allerede en boligorganisation med LBF-nummer ${lbfNumber}.`);
  throw error;
}

export async function createOrganisation({ db, actor, input }: { db: Db; actor: Actor; input: OrganisationInput }) {
  if (!canCreateOrganisation(actor)) throw forbidden();
  if (actor.scope.kind === 'municipality' && input.municipalityCode !== actor.scope.municipalityCode) {
    throw fieldError('municipalityCode', 'Du kan kun oprette boligorganisationer, som din egen kommune fører tilsyn med.');
  }
  return db.transaction(async (tx) => {
    await checkReferences(tx, input);
    const [row] = await tx
      .insert(organisations)
      .values(input)
      .returning()
      .catch((e) => uniqueLbf(e, input.lbfNumber));
    await recordAudit(tx, { actor, entityType: 'organisation', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

export async function updateOrganisation({
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
  input: OrganisationInput;
}) {
  const current = await getOrganisation({ db, actor, id });
  if (!current.canEdit) throw forbidden();
  // The form offers the field only to the supervisor; a change from anyone else is not a form error but a refusal.
  if (input.municipalityCode !== current.municipalityCode && !current.canSupervise) throw forbidden();
  return db.transaction(async (tx) => {
    await checkReferences(tx, input);
    return updateVersioned({
      tx,
      table: organisations,
      id,
      version,
      values: input,
      actor,
      entityType: 'organisation',
      what: 'Boligorganisationen',
    }).catch((e) => (e instanceof AppError ? Promise.reject(e) : uniqueLbf(e, input.lbfNumber)));
  });
}

export async function setOrganisationActive({
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
  const current = await getOrganisation({ db, actor, id });
  if (!current.canSupervise) throw forbidden();
  return db.transaction((tx) =>
    updateVersioned({
      tx,
      table: organisations,
      id,
      version,
      values: { active },
      actor,
      entityType: 'organisation',
      what: 'Boligorganisationen',
      action: active ? 'activate' : 'deactivate',
    }),
  );
}
