import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { fieldError, forbidden, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertMunicipality } from './estates.ts';
import { PAGE_SIZE } from './organisations.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { canManageForum, canSeeForum } from './policy.ts';
import type { ForumInput, ListQueryInput } from './schemas.ts';
import { fora, memberships, municipalities } from './tables.ts';
import { outer } from '../../lib/sql.ts';
import { updateVersioned } from './versioned.ts';

/*
 * Fora (Dialogforum, Rådet for Almene Boligforhold, partnerships) are municipal bodies
 * whose name, terms of reference and members are public, as in published council
 * minutes: anyone may list and read them. Contact details and history are for the
 * forum's municipality and admins (canSeeForum); changes for its editors (canManageForum).
 */

const memberCount = (today: string) =>
  sql<number>`(select count(*)::int from ${memberships} where ${memberships.forumId} = ${outer(fora.id)} and (${memberships.endDate} is null or ${memberships.endDate} >= ${today}))`;

/** New fora are set up by admins and by a municipality's editors (in their own municipality). */
export function canCreateForum(actor: Actor): boolean {
  return actor.canEdit && (actor.scope.kind === 'admin' || actor.scope.kind === 'municipality');
}

export async function listFora({ db, query }: { db: Db; query: ListQueryInput }) {
  const members = memberCount(danishToday());
  const where = and(
    query.q ? or(ilike(fora.name, `%${query.q}%`), ilike(fora.termsOfReference, `%${query.q}%`)) : undefined,
    query.kommune ? eq(fora.municipalityCode, query.kommune) : undefined,
    query.status === 'alle' ? undefined : eq(fora.active, query.status === 'aktive'),
  );
  const sorts = { navn: fora.name, kommune: municipalities.shortName, moeder: fora.meetingsPerYear, medlemmer: members } as const;
  const sortColumn = sorts[(query.sort ?? 'navn') as keyof typeof sorts] ?? fora.name;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: fora.id,
        name: fora.name,
        active: fora.active,
        municipalityCode: fora.municipalityCode,
        municipalityName: municipalities.shortName,
        meetingsPerYear: fora.meetingsPerYear,
        members,
      })
      .from(fora)
      .innerJoin(municipalities, eq(municipalities.code, fora.municipalityCode))
      .where(where)
      .orderBy(query.dir === 'desc' ? sql`${sortColumn} desc nulls last` : asc(sortColumn), asc(fora.id))
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE),
    db.select({ total: count() }).from(fora).where(where),
  ]);
  return { rows, total };
}

/** One forum (public), with what the actor may do with it. */
export async function getForum({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  const [row] = await db
    .select({ forum: fora, municipalityName: municipalities.name })
    .from(fora)
    .innerJoin(municipalities, eq(municipalities.code, fora.municipalityCode))
    .where(eq(fora.id, id));
  if (!row) throw notFound('Forummet');
  return {
    ...row.forum,
    municipalityName: row.municipalityName,
    canSee: canSeeForum(actor, row.forum),
    canManage: canManageForum(actor, row.forum),
  };
}

/** For select lists: active fora the actor may change the members of. */
export async function manageableForumOptions({ db, actor }: { db: Db; actor: Actor }) {
  if (!canCreateForum(actor)) return [];
  const rows = await db
    .select({ id: fora.id, name: fora.name, municipalityName: municipalities.shortName })
    .from(fora)
    .innerJoin(municipalities, eq(municipalities.code, fora.municipalityCode))
    .where(
      and(eq(fora.active, true), actor.scope.kind === 'municipality' ? eq(fora.municipalityCode, actor.scope.municipalityCode) : undefined),
    )
    .orderBy(asc(fora.name));
  return rows.map((r) => ({ value: `forum:${r.id}`, label: `${r.name} (${r.municipalityName})` }));
}

function checkOwnMunicipality(actor: Actor, code: string, message: string) {
  if (actor.scope.kind === 'municipality' && code !== actor.scope.municipalityCode) throw fieldError('municipalityCode', message);
}

export async function createForum({ db, actor, input }: { db: Db; actor: Actor; input: ForumInput }) {
  if (!canCreateForum(actor)) throw forbidden();
  checkOwnMunicipality(actor, input.municipalityCode, 'Du kan kun oprette fora i din egen kommune.');
  return db.transaction(async (tx) => {
    await assertMunicipality(tx, input.municipalityCode);
    const [row] = await tx.insert(fora).values(input).returning();
    await recordAudit(tx, { actor, entityType: 'forum', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

export async function updateForum({
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
  input: ForumInput;
}) {
  const current = await getForum({ db, actor, id });
  if (!current.canManage) throw forbidden();
  checkOwnMunicipality(actor, input.municipalityCode, 'Kun en administrator kan flytte et forum til en anden kommune.');
  return db.transaction(async (tx) => {
    await assertMunicipality(tx, input.municipalityCode);
    return updateVersioned({ tx, table: fora, id, version, values: input, actor, entityType: 'forum', what: 'Forummet' });
  });
}

export async function setForumActive({
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
  const current = await getForum({ db, actor, id });
  if (!current.canManage) throw forbidden();
  return db.transaction((tx) =>
    updateVersioned({
      tx,
      table: fora,
      id,
      version,
      values: { active },
      actor,
      entityType: 'forum',
      what: 'Forummet',
      action: active ? 'activate' : 'deactivate',
    }),
  );
}
