import { and, asc, count, desc, eq, gte, ilike, isNull, not, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { forbidden, notFoundOrHidden } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { membershipVisible, personEditableFlag, personVisible } from './member-policy.ts';
import { PAGE_SIZE } from './organisations.ts';
import type { ListQueryInput, PersonInput } from './schemas.ts';
import { administrators, fora, memberships, municipalities, organisations, people } from './tables.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { outer } from '../../lib/sql.ts';
import { updateVersioned } from './versioned.ts';

export type MembershipBody = { organisationId: number } | { forumId: number } | { municipalityCode: string } | { administratorId: number };

export const currentOnly = (today: string) => or(isNull(memberships.endDate), gte(memberships.endDate, today));

function bodyCondition(body: MembershipBody) {
  if ('organisationId' in body) return eq(memberships.organisationId, body.organisationId);
  if ('forumId' in body) return eq(memberships.forumId, body.forumId);
  if ('municipalityCode' in body) return eq(memberships.municipalityCode, body.municipalityCode);
  return eq(memberships.administratorId, body.administratorId);
}

/**
 * Members of one body, current ones first. The caller has already checked that the actor
 * may see the body; `contact: false` leaves e-mail and phone out (public pages).
 */
export async function listMembers({ db, body, contact = true }: { db: Db; actor: Actor; body: MembershipBody; contact?: boolean }) {
  const today = danishToday();
  const current = sql<boolean>`(${memberships.endDate} is null or ${memberships.endDate} >= ${today})`;
  return db
    .select({
      membershipId: memberships.id,
      personId: people.id,
      name: people.name,
      email: contact ? people.email : sql<string | null>`null`,
      phone: contact ? people.phone : sql<string | null>`null`,
      title: memberships.title,
      role: memberships.role,
      startDate: memberships.startDate,
      endDate: memberships.endDate,
      current,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(bodyCondition(body))
    .orderBy(
      desc(current),
      sql`case ${memberships.role} when 'formand' then 0 when 'naestformand' then 1 when 'medlem' then 2 else 3 end`,
      asc(people.name),
    );
}

const SORTS = { navn: people.name, email: people.email } as const;

/** People in the actor's scope, filtered, sorted and paged in SQL, with their current visible memberships. */
export async function listPeople({ db, actor, query }: { db: Db; actor: Actor; query: ListQueryInput }) {
  const today = danishToday();
  const visibleCurrent = and(eq(memberships.personId, outer(people.id)), currentOnly(today), membershipVisible(actor));
  const hasCurrent = sql`exists (select 1 from ${memberships} where ${visibleCurrent})`;
  const where = and(
    personVisible(actor),
    query.q ? or(ilike(people.name, `%${query.q}%`), ilike(people.email, `%${query.q}%`)) : undefined,
    query.status === 'alle' ? undefined : query.status === 'aktive' ? hasCurrent : not(hasCurrent),
  );
  const roles = sql<string | null>`(select string_agg(${memberships.title} || ', ' || coalesce(
      (select ${organisations.name} from ${organisations} where ${organisations.id} = ${outer(memberships.organisationId)}),
      (select ${fora.name} from ${fora} where ${fora.id} = ${outer(memberships.forumId)}),
      (select ${municipalities.name} from ${municipalities} where ${municipalities.code} = ${outer(memberships.municipalityCode)}),
      (select ${administrators.name} from ${administrators} where ${administrators.id} = ${outer(memberships.administratorId)})), '; ' order by ${memberships.title})
    from ${memberships} where ${visibleCurrent})`;
  const sortColumn = SORTS[(query.sort ?? 'navn') as keyof typeof SORTS] ?? people.name;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: people.id, name: people.name, email: people.email, phone: people.phone, roles })
      .from(people)
      .where(where)
      .orderBy(query.dir === 'desc' ? sql`${sortColumn} desc nulls last` : asc(sortColumn), asc(people.id))
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE),
    db.select({ total: count() }).from(people).where(where),
  ]);
  return { rows, total };
}

/** One person the actor may see, and whether the actor may change them; 404 otherwise. */
export async function getPerson({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  const [row] = await db
    .select({ person: people, canEdit: personEditableFlag(actor) })
    .from(people)
    .where(and(eq(people.id, id), personVisible(actor)));
  if (!row) throw notFoundOrHidden('Personen');
  return { ...row.person, canEdit: Boolean(row.canEdit) };
}

/** Inserts a person with their history row; the caller adds the first membership in the same transaction. */
export async function insertPerson(tx: Db, actor: Actor, input: PersonInput) {
  const [row] = await tx.insert(people).values(input).returning();
  await recordAudit(tx, { actor, entityType: 'person', entityId: row.id, action: 'create', after: row });
  return row;
}

export async function updatePerson({
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
  input: PersonInput;
}) {
  const current = await getPerson({ db, actor, id });
  if (!current.canEdit) throw forbidden();
  return db.transaction((tx) =>
    updateVersioned({ tx, table: people, id, version, values: input, actor, entityType: 'person', what: 'Personen' }),
  );
}
