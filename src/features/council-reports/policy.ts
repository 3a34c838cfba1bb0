import { eq, sql, and, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import { municipalityOfAdministered, municipalityOfOrganisation } from '../registry/index.ts';
import { councilReports } from './tables.ts';

/*
 * Who does what with a municipality's report to its council. Its editors (and admins) generate,
 * edit, approve and reopen it; its readers read it. Until it is approved nobody else sees it, not
 * even that it exists (404). Approved, it may be read by every logged-in user of that
 * municipality: its staff and the organisations it supervises (with their administrators). No
 * public pages yet.
 */

/** The municipality's editors and admins. */
export function canManageReports(actor: Actor, municipalityCode: string): boolean {
  if (!actor.canEdit) return false;
  const s = actor.scope;
  return s.kind === 'admin' || (s.kind === 'municipality' && s.municipalityCode === municipalityCode);
}

/** The municipality's own staff and admins: they see drafts and the list of years. */
export function isMunicipalityStaff(actor: Actor, municipalityCode: string): boolean {
  const s = actor.scope;
  return s.kind === 'admin' || (s.kind === 'municipality' && s.municipalityCode === municipalityCode);
}

/** The reports the actor may read, as a condition on council_reports. */
export function reportVisible(actor: Actor): SQL | undefined {
  const s = actor.scope;
  const approved = eq(councilReports.status, 'godkendt');
  switch (s.kind) {
    case 'admin':
      return undefined;
    case 'municipality':
      return eq(councilReports.municipalityCode, s.municipalityCode);
    case 'organisation':
      return and(approved, municipalityOfOrganisation(councilReports.municipalityCode, s.organisationId));
    case 'administrator':
      return and(approved, municipalityOfAdministered(councilReports.municipalityCode, s.administratorId));
    case 'public':
      return sql`false`;
  }
}
