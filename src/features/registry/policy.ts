import { type SQL, eq, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import { estates, organisations } from './tables.ts';

/*
 * Who sees and changes what in the registry. Visibility is an SQL condition that every
 * query of non-public rows includes; nothing is filtered after loading.
 */

/** Organisations the actor may see: its own, those it supervises or administers, or with an estate in its municipality. */
export function organisationVisible(actor: Actor): SQL | undefined {
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return undefined;
    case 'municipality':
      return or(
        eq(organisations.municipalityCode, s.municipalityCode),
        inArray(
          organisations.id,
          sql`(select ${estates.organisationId} from ${estates} where ${estates.municipalityCode} = ${s.municipalityCode})`,
        ),
      );
    case 'organisation':
      return eq(organisations.id, s.organisationId);
    case 'administrator':
      return eq(organisations.administratorId, s.administratorId);
    case 'public':
      return sql`false`;
  }
}

/** Estates the actor may see: of visible organisations, or located in its municipality. */
export function estateVisible(actor: Actor): SQL | undefined {
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return undefined;
    case 'municipality':
      return or(
        eq(estates.municipalityCode, s.municipalityCode),
        inArray(
          estates.organisationId,
          sql`(select ${organisations.id} from ${organisations} where ${organisations.municipalityCode} = ${s.municipalityCode})`,
        ),
      );
    case 'organisation':
      return eq(estates.organisationId, s.organisationId);
    case 'administrator':
      return inArray(
        estates.organisationId,
        sql`(select ${organisations.id} from ${organisations} where ${organisations.administratorId} = ${s.administratorId})`,
      );
    case 'public':
      return sql`false`;
  }
}

/**
 * Who may change an organisation and its estates: the supervising municipality's editors,
 * the organisation's own editors, its administrator's staff, and admins. A municipality
 * where only an estate lies may look, not change.
 */
export function canEditOrganisation(actor: Actor, org: { id: number; municipalityCode: string; administratorId: number | null }): boolean {
  if (!actor.canEdit) return false;
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return true;
    case 'municipality':
      return org.municipalityCode === s.municipalityCode;
    case 'organisation':
      return org.id === s.organisationId;
    case 'administrator':
      return org.administratorId === s.administratorId;
    case 'public':
      return false;
  }
}

/**
 * The supervisor's decisions about an organisation: deactivating it (which takes it off the
 * municipality's overview), reactivating it, moving it to another supervising municipality.
 * Admins and the supervising municipality's editors make them; the organisation and its
 * administrator do not. Pages show these actions and fields by the same function.
 */
export function canSuperviseOrganisation(actor: Actor, org: { municipalityCode: string }): boolean {
  if (!actor.canEdit) return false;
  const s = actor.scope;
  return s.kind === 'admin' || (s.kind === 'municipality' && s.municipalityCode === org.municipalityCode);
}

/** New organisations are registered by admins and by the supervising municipality. */
export function canCreateOrganisation(actor: Actor): boolean {
  return actor.canEdit && (actor.scope.kind === 'admin' || actor.scope.kind === 'municipality');
}

/** Registering administrators and deactivating them is for admins; their own staff keep their details. */
export function canManageAdministrators(actor: Actor): boolean {
  return actor.canEdit && actor.scope.kind === 'admin';
}

export function canEditAdministrator(actor: Actor, administratorId: number): boolean {
  return (
    actor.canEdit &&
    (actor.scope.kind === 'admin' || (actor.scope.kind === 'administrator' && actor.scope.administratorId === administratorId))
  );
}

export function canManageForum(actor: Actor, forum: { municipalityCode: string }): boolean {
  return (
    actor.canEdit &&
    (actor.scope.kind === 'admin' || (actor.scope.kind === 'municipality' && actor.scope.municipalityCode === forum.municipalityCode))
  );
}

export function canSeeForum(actor: Actor, forum: { municipalityCode: string }): boolean {
  return actor.scope.kind === 'admin' || (actor.scope.kind === 'municipality' && actor.scope.municipalityCode === forum.municipalityCode);
}
