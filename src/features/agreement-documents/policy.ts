import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import { agreementDocuments, type DocumentStatus } from './tables.ts';

/*
 * Who does what with an aftaledokument. The supervising municipality's editors and admins generate,
 * edit, send, approve for the municipality and publish; the organisation's editors (and its
 * administrator's staff) read it once sent and approve for the organisation; readers only read.
 * A published version is readable by every logged-in user; a draft only by the two parties (the
 * organisation's side once it is sent). Everyone else meets a 404 that does not tell it exists.
 */

export type DocumentOwner = { municipalityCode: string; organisationId: number; administratorId: number | null };

/** The municipality's side, reading: its staff (readers too) and admins. */
export function isMunicipalitySide(actor: Actor, o: Pick<DocumentOwner, 'municipalityCode'>): boolean {
  const s = actor.scope;
  return s.kind === 'admin' || (s.kind === 'municipality' && s.municipalityCode === o.municipalityCode);
}

/** The organisation's side, reading: its staff and its administrator's staff. */
export function isOrganisationSide(actor: Actor, o: DocumentOwner): boolean {
  const s = actor.scope;
  return (
    (s.kind === 'organisation' && s.organisationId === o.organisationId) ||
    (s.kind === 'administrator' && o.administratorId !== null && s.administratorId === o.administratorId)
  );
}

/** Generate, edit, send, approve for the municipality, publish, correct, delete a draft. */
export const canManageDocument = (actor: Actor, o: Pick<DocumentOwner, 'municipalityCode'>) =>
  actor.canEdit && isMunicipalitySide(actor, o);

/** Approve for the organisation. */
export const canApproveForOrganisation = (actor: Actor, o: DocumentOwner) => actor.canEdit && isOrganisationSide(actor, o);

/** Whether the actor may read a version in this status. */
export function canRead(actor: Actor, o: DocumentOwner, status: DocumentStatus): boolean {
  if (status === 'offentliggjort') return actor.scope.kind !== 'public';
  if (isMunicipalitySide(actor, o)) return true;
  return status !== 'udkast' && isOrganisationSide(actor, o);
}

/**
 * The same rule in SQL, for the queries that list versions: `isParty` is true when the actor is a
 * party to the organisation (the registry's scope, joined by the caller), `municipalitySide` when it
 * is the municipality's side.
 */
export function readableSql(actor: Actor, isParty: SQL<boolean>): SQL<boolean> {
  const s = actor.scope;
  const muniSide =
    s.kind === 'admin'
      ? sql`true`
      : s.kind === 'municipality'
        ? sql`${agreementDocuments.municipalityCode} = ${s.municipalityCode}`
        : sql`false`;
  return sql<boolean>`(${agreementDocuments.status} = 'offentliggjort' or ${muniSide} or (${isParty} and ${agreementDocuments.status} <> 'udkast'))`;
}
