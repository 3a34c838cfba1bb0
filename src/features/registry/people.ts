import { and, asc, desc, eq, isNull, gte, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { memberships, people } from './tables.ts';

export type MembershipBody =
  | { organisationId: number } | { forumId: number } | { municipalityCode: string } | { administratorId: number };

function bodyCondition(body: MembershipBody) {
  if ('organisationId' in body) return eq(memberships.organisationId, body.organisationId);
  if ('forumId' in body) return eq(memberships.forumId, body.forumId);
  if ('municipalityCode' in body) return eq(memberships.municipalityCode, body.municipalityCode);
  return eq(memberships.administratorId, body.administratorId);
}

/**
 * Members of one body, current ones first. The caller has already checked that the actor
 * may see the body; contact details are shown only to logged-in users of that scope.
 */
export async function listMembers({ db, body }: { db: Db; actor: Actor; body: MembershipBody }) {
  const today = new Date().toISOString().slice(0, 10);
  return db.select({
    membershipId: memberships.id, personId: people.id, name: people.name, email: people.email, phone: people.phone,
    title: memberships.title, role: memberships.role, startDate: memberships.startDate, endDate: memberships.endDate,
    current: sql<boolean>`(${memberships.endDate} is null or ${memberships.endDate} >= ${today})`,
  }).from(memberships).innerJoin(people, eq(people.id, memberships.personId))
    .where(and(bodyCondition(body)))
    .orderBy(desc(sql`(${memberships.endDate} is null or ${memberships.endDate} >= ${today})`),
      sql`case ${memberships.role} when 'formand' then 0 when 'naestformand' then 1 when 'medlem' then 2 else 3 end`, asc(people.name));
}

export const currentOnly = (today: string) => or(isNull(memberships.endDate), gte(memberships.endDate, today));
