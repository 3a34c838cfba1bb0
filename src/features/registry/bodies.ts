import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { fora, memberships, organisations, people } from './tables.ts';

/*
 * The bodies a meeting is held with or in, and the people on them today, as other features
 * (meetings) need them: plain rows, no tables.
 */

/** An organisation's id, name and supervising municipality; null when there is no such organisation. */
export async function findOrganisationRef(db: Db, id: number) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, municipalityCode: organisations.municipalityCode })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row ?? null;
}

/** A forum's id, name and municipality; null when there is no such forum. */
export async function findForumRef(db: Db, id: number) {
  const [row] = await db
    .select({ id: fora.id, name: fora.name, municipalityCode: fora.municipalityCode })
    .from(fora)
    .where(eq(fora.id, id));
  return row ?? null;
}

export type MemberBodies = { organisationId?: number; forumId?: number; municipalityCode?: string };

/** People with a current membership of any of the bodies, in the order they were added, with the body they sit for. */
export async function currentMembersOf(db: Db, bodies: MemberBodies) {
  const current = or(isNull(memberships.endDate), gte(memberships.endDate, sql`current_date`));
  const body = or(
    bodies.organisationId === undefined ? undefined : eq(memberships.organisationId, bodies.organisationId),
    bodies.forumId === undefined ? undefined : eq(memberships.forumId, bodies.forumId),
    bodies.municipalityCode === undefined ? undefined : eq(memberships.municipalityCode, bodies.municipalityCode),
  );
  return db
    .select({
      name: people.name,
      email: people.email,
      title: memberships.title,
      organisationId: memberships.organisationId,
      forumId: memberships.forumId,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(body ?? sql`false`, current))
    .orderBy(memberships.id);
}
