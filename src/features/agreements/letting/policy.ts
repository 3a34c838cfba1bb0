import { eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import { administeredBy } from '../../registry/index.ts';
import { lettingAgreements } from './tables.ts';

/*
 * Who sees and changes letting agreements. They are the two parties' business: the municipality
 * where the estates lie sees its agreements, the organisation (and its administrator's staff)
 * its own, the admin all. Both parties' editors write the draft; the organisation's side submits
 * it, the municipality's side approves it or sends it back. Readers read.
 */

/** Agreements the actor may see, as a condition on letting_agreements. */
export function lettingVisible(actor: Actor): SQL | undefined {
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return undefined;
    case 'municipality':
      return eq(lettingAgreements.municipalityCode, s.municipalityCode);
    case 'organisation':
      return eq(lettingAgreements.organisationId, s.organisationId);
    case 'administrator':
      return administeredBy(lettingAgreements.organisationId, s.administratorId);
    case 'public':
      return sql`false`;
  }
}

type Parties = { organisationId: number; administratorId: number | null; municipalityCode: string };

/** The organisation's side: its editors, its administrator's staff, the admin. */
export function isOrganisationSide(actor: Actor, a: Omit<Parties, 'municipalityCode'>): boolean {
  if (!actor.canEdit) return false;
  const s = actor.scope;
  return (
    s.kind === 'admin' ||
    (s.kind === 'organisation' && s.organisationId === a.organisationId) ||
    (s.kind === 'administrator' && a.administratorId !== null && s.administratorId === a.administratorId)
  );
}

/** The municipality's side: its editors and the admin. */
export function isMunicipalitySide(actor: Actor, municipalityCode: string): boolean {
  if (!actor.canEdit) return false;
  const s = actor.scope;
  return s.kind === 'admin' || (s.kind === 'municipality' && s.municipalityCode === municipalityCode);
}

/** Writing a draft: either party's editors. */
export const canWrite = (actor: Actor, a: Parties) => isOrganisationSide(actor, a) || isMunicipalitySide(actor, a.municipalityCode);
