import { type SQL, and, eq, exists, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import { organisationVisible } from './policy.ts';
import { conditionFlag, outer } from '../../lib/sql.ts';
import { fora, memberships, organisations, people } from './tables.ts';

/*
 * Who sees and changes people and memberships. A membership is seen by whoever sees its
 * body: the organisation (organisationVisible), the forum (its municipality, as
 * canSeeForum), the municipality (its own staff), the administrator (its own staff, and
 * whoever sees one of the organisations it administers). A person is seen by whoever sees
 * one of their memberships; only admins see people without one. Changing follows the
 * body: canEditOrganisation, canManageForum, canEditAdministrator, the own municipality.
 */

const foraOf = (code: string) => sql`(select ${fora.id} from ${fora} where ${fora.municipalityCode} = ${code})`;
const orgsWhere = (cond: SQL | undefined) => sql`(select ${organisations.id} from ${organisations} where ${cond ?? sql`true`})`;
const administratorsOfVisibleOrgs = (actor: Actor) =>
  sql`(select ${organisations.administratorId} from ${organisations} where ${organisationVisible(actor) ?? sql`true`})`;

/** Memberships the actor may see, as an SQL condition on `memberships`. */
export function membershipVisible(actor: Actor): SQL | undefined {
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return undefined;
    case 'public':
      return sql`false`;
    case 'municipality':
      return or(
        eq(memberships.municipalityCode, s.municipalityCode),
        inArray(memberships.forumId, foraOf(s.municipalityCode)),
        inArray(memberships.organisationId, orgsWhere(organisationVisible(actor))),
        inArray(memberships.administratorId, administratorsOfVisibleOrgs(actor)),
      );
    case 'organisation':
      return or(eq(memberships.organisationId, s.organisationId), inArray(memberships.administratorId, administratorsOfVisibleOrgs(actor)));
    case 'administrator':
      return or(
        eq(memberships.administratorId, s.administratorId),
        inArray(memberships.organisationId, orgsWhere(eq(organisations.administratorId, s.administratorId))),
      );
  }
}

/** Memberships the actor may change; `false` for readers and the public. */
export function membershipEditable(actor: Actor): SQL | undefined {
  if (!actor.canEdit) return sql`false`;
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return undefined;
    case 'public':
      return sql`false`;
    case 'municipality':
      return or(
        eq(memberships.municipalityCode, s.municipalityCode),
        inArray(memberships.forumId, foraOf(s.municipalityCode)),
        inArray(memberships.organisationId, orgsWhere(eq(organisations.municipalityCode, s.municipalityCode))),
      );
    case 'organisation':
      return eq(memberships.organisationId, s.organisationId);
    case 'administrator':
      return or(
        eq(memberships.administratorId, s.administratorId),
        inArray(memberships.organisationId, orgsWhere(eq(organisations.administratorId, s.administratorId))),
      );
  }
}

/** A boolean column: may the actor change this membership row. */
export function membershipEditableFlag(actor: Actor): SQL<boolean> {
  return conditionFlag(membershipEditable(actor));
}

const membershipOfPerson = (actor: Actor, cond: SQL | undefined) =>
  exists(sql`(select 1 from ${memberships} where ${and(eq(memberships.personId, outer(people.id)), cond)})`);

/** People the actor may see: those with a membership the actor sees. Admins see everyone. */
export function personVisible(actor: Actor): SQL | undefined {
  if (actor.scope.kind === 'admin') return undefined;
  return membershipOfPerson(actor, membershipVisible(actor));
}

/** A boolean column: may the actor change this person (name, contact): admin, or an editor of one of their bodies. */
export function personEditableFlag(actor: Actor): SQL<boolean> {
  if (!actor.canEdit) return sql<boolean>`false`;
  if (actor.scope.kind === 'admin') return sql<boolean>`true`;
  return sql<boolean>`${membershipOfPerson(actor, membershipEditable(actor))}`;
}
