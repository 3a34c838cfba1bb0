import { type SQL, and, eq, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import { administeredBy, municipalityOfAdministered, municipalityOfOrganisation } from '../registry/index.ts';
import { meetings, type MeetingKind } from './tables.ts';

/*
 * A meeting belongs to its municipality. The bilateral meeting is also the organisation's
 * (and its administrator's); the joint meeting is shared with every organisation the
 * municipality supervises; a forum's meetings stay with the municipality that runs the forum.
 */

/** Meetings the actor may see, as a condition on `meetings`. */
export function meetingVisible(actor: Actor): SQL | undefined {
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return undefined;
    case 'municipality':
      return eq(meetings.municipalityCode, s.municipalityCode);
    case 'organisation':
      return or(
        eq(meetings.organisationId, s.organisationId),
        and(eq(meetings.kind, 'faellesmoede'), municipalityOfOrganisation(meetings.municipalityCode, s.organisationId)),
      );
    case 'administrator':
      return or(
        administeredBy(meetings.organisationId, s.administratorId),
        and(eq(meetings.kind, 'faellesmoede'), municipalityOfAdministered(meetings.municipalityCode, s.administratorId)),
      );
    case 'public':
      return sql`false`;
  }
}

export type MeetingRef = { municipalityCode: string; organisationId: number | null; organisationAdministratorId: number | null };

/** The municipality's side: agenda, minutes, convening. */
export function canManageMeeting(actor: Actor, m: Pick<MeetingRef, 'municipalityCode'>): boolean {
  if (!actor.canEdit) return false;
  return actor.scope.kind === 'admin' || (actor.scope.kind === 'municipality' && actor.scope.municipalityCode === m.municipalityCode);
}

/** The organisation's side of a bilateral meeting: comments on and approves the minutes. */
export function canActForOrganisationSide(actor: Actor, m: MeetingRef): boolean {
  if (!actor.canEdit || m.organisationId === null) return false;
  const s = actor.scope;
  return (
    (s.kind === 'organisation' && s.organisationId === m.organisationId) ||
    (s.kind === 'administrator' && m.organisationAdministratorId !== null && s.administratorId === m.organisationAdministratorId)
  );
}

/**
 * Who may add a comment to a draft: either side of the meeting. A joint meeting (fællesmøde) has
 * every organisation of the municipality as its other side: their editors comment, while the
 * municipality alone approves. Call only for a meeting the actor may see (`meetingVisible`),
 * which for an organisation means one of the municipality's.
 */
export function canComment(actor: Actor, m: MeetingRef & { kind: MeetingKind }): boolean {
  if (canManageMeeting(actor, m) || canActForOrganisationSide(actor, m)) return true;
  return m.kind === 'faellesmoede' && actor.canEdit && (actor.scope.kind === 'organisation' || actor.scope.kind === 'administrator');
}
