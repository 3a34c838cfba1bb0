import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, fieldError, forbidden, notFoundOrHidden } from '../../lib/errors.ts';
import { formatShortDate } from '../../ui/format.ts';
import { listEntityHistory, recordAudit } from '../audit/index.ts';
import { membershipEditableFlag, membershipVisible } from './member-policy.ts';
import { getPerson, insertPerson, type MembershipBody } from './people.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import type { MembershipInput, PersonInput } from './schemas.ts';
import { administrators, fora, memberships, municipalities, organisations, people } from './tables.ts';
import { updateVersioned } from './versioned.ts';
import { bodyHref, resolveBody } from './membership-bodies.ts';

/*
 * Memberships: a person's title and role in one body (organisation, forum, municipality,
 * administrator) for a period. The bodies and their form keys are in membership-bodies.ts.
 */

const bodyName = sql<string>`coalesce(${organisations.name}, ${fora.name}, ${municipalities.name}, ${administrators.name})`;

function selectMemberships(db: Db, actor: Actor) {
  const today = danishToday();
  return db
    .select({
      membership: memberships,
      bodyName,
      personName: people.name,
      canEdit: membershipEditableFlag(actor),
      current: sql<boolean>`(${memberships.endDate} is null or ${memberships.endDate} >= ${today})`,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(fora, eq(fora.id, memberships.forumId))
    .leftJoin(municipalities, eq(municipalities.code, memberships.municipalityCode))
    .leftJoin(administrators, eq(administrators.id, memberships.administratorId))
    .$dynamic();
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectMemberships>['execute']>>[number];

function present(r: Selected) {
  const m = r.membership;
  const body: MembershipBody =
    m.organisationId !== null
      ? { organisationId: m.organisationId }
      : m.forumId !== null
        ? { forumId: m.forumId }
        : m.municipalityCode !== null
          ? { municipalityCode: m.municipalityCode }
          : { administratorId: m.administratorId! };
  const today = danishToday();
  return {
    ...m,
    bodyName: r.bodyName,
    bodyHref: bodyHref(body),
    personName: r.personName,
    canEdit: Boolean(r.canEdit),
    current: Boolean(r.current),
    canEnd: Boolean(r.canEdit) && (m.endDate === null || m.endDate > today) && (m.startDate === null || m.startDate <= today),
    // Ending today can be undone the same day; an older end date is history, changed in the edit form if wrong.
    canReopen: Boolean(r.canEdit) && m.endDate === today,
  };
}

/** A person's memberships that the actor may see, current ones first. */
export async function listPersonMemberships({ db, actor, personId }: { db: Db; actor: Actor; personId: number }) {
  const rows = await selectMemberships(db, actor)
    .where(and(eq(memberships.personId, personId), membershipVisible(actor)))
    .orderBy(
      desc(sql`(${memberships.endDate} is null or ${memberships.endDate} >= ${danishToday()})`),
      desc(memberships.startDate),
      asc(memberships.id),
    );
  return rows.map(present);
}

export async function getMembership({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  const [row] = await selectMemberships(db, actor).where(and(eq(memberships.id, id), membershipVisible(actor)));
  if (!row) throw notFoundOrHidden('Medlemskabet');
  return present(row);
}

/** A person's history and that of their memberships the actor may see, newest first. */
export async function personHistory({ db, personId, membershipIds }: { db: Db; personId: number; membershipIds: number[] }) {
  const lists = await Promise.all([
    listEntityHistory(db, 'person', personId, 50),
    ...membershipIds.map((id) => listEntityHistory(db, 'membership', id, 20)),
  ]);
  return lists
    .flat()
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id)
    .slice(0, 100);
}

async function insertMembership(
  tx: Db,
  actor: Actor,
  personId: number,
  target: Awaited<ReturnType<typeof resolveBody>>,
  input: MembershipInput,
) {
  const [row] = await tx
    .insert(memberships)
    .values({ personId, ...target.body, ...input })
    .returning();
  await recordAudit(tx, {
    actor,
    entityType: 'membership',
    entityId: row.id,
    action: 'create',
    summary: `${input.title}, ${target.label}`,
    after: row,
  });
  return row;
}

async function editableBody(db: Db, actor: Actor, body: MembershipBody) {
  const target = await resolveBody({ db, actor, body }).catch((e) => {
    if (e instanceof AppError && e.code === 'not_found') throw fieldError('body', 'Vælg en tilknytning på listen.');
    throw e;
  });
  if (!target.canEdit) throw fieldError('body', `Du kan ikke tilføje personer til ${target.label}.`);
  return target;
}

/**
 * Registers a person, with their first membership when a body is given. Admins may
 * register a person without one; everyone else must tie the person to a body they may
 * change, or they could not see the person afterwards.
 */
export async function createPerson({
  db,
  actor,
  input,
  membership,
}: {
  db: Db;
  actor: Actor;
  input: PersonInput;
  membership: { body: MembershipBody; input: MembershipInput } | null;
}) {
  if (!actor.canEdit) throw forbidden();
  if (!membership && actor.scope.kind !== 'admin') throw fieldError('body', 'Vælg, hvor personen skal tilknyttes.');
  const target = membership ? await editableBody(db, actor, membership.body) : null;
  return db.transaction(async (tx) => {
    const person = await insertPerson(tx, actor, input);
    if (target && membership) await insertMembership(tx, actor, person.id, target, membership.input);
    return person;
  });
}

/** Adds a membership of a body the actor may change to a person the actor sees. */
export async function addMembership({
  db,
  actor,
  personId,
  body,
  input,
}: {
  db: Db;
  actor: Actor;
  personId: number;
  body: MembershipBody;
  input: MembershipInput;
}) {
  await getPerson({ db, actor, id: personId });
  if (!actor.canEdit) throw forbidden();
  const target = await editableBody(db, actor, body);
  return db.transaction((tx) => insertMembership(tx, actor, personId, target, input));
}

export async function updateMembership({
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
  input: MembershipInput;
}) {
  const current = await getMembership({ db, actor, id });
  if (!current.canEdit) throw forbidden();
  return db.transaction((tx) =>
    updateVersioned({ tx, table: memberships, id, version, values: input, actor, entityType: 'membership', what: 'Medlemskabet' }),
  );
}

/** Ends a membership today (its last day); "deactivating" a person's role in a body. */
export async function endMembership({ db, actor, id, version }: { db: Db; actor: Actor; id: number; version: number }) {
  const current = await getMembership({ db, actor, id });
  if (!current.canEdit) throw forbidden();
  const today = danishToday();
  if (current.version === version) {
    if (current.endDate !== null && current.endDate <= today)
      throw new AppError('bad_request', `Medlemskabet er allerede afsluttet ${formatShortDate(current.endDate)}.`);
    if (current.startDate !== null && current.startDate > today) {
      throw new AppError('bad_request', `Medlemskabet begynder først ${formatShortDate(current.startDate)}. Ret perioden i stedet.`);
    }
  }
  return db.transaction((tx) =>
    updateVersioned({
      tx,
      table: memberships,
      id,
      version,
      values: { endDate: today },
      actor,
      entityType: 'membership',
      what: 'Medlemskabet',
      action: 'deactivate',
    }),
  );
}

/** Undoes "Afslut i dag" on the day it was done: the membership runs on with no end date. */
export async function reopenMembership({ db, actor, id, version }: { db: Db; actor: Actor; id: number; version: number }) {
  const current = await getMembership({ db, actor, id });
  if (!current.canEdit) throw forbidden();
  if (current.version === version && !current.canReopen) {
    throw new AppError('bad_request', 'Kun et medlemskab, der er afsluttet i dag, kan genoptages. Ret perioden i stedet.');
  }
  return db.transaction((tx) =>
    updateVersioned({
      tx,
      table: memberships,
      id,
      version,
      values: { endDate: null },
      actor,
      entityType: 'membership',
      what: 'Medlemskabet',
      action: 'activate',
    }),
  );
}
