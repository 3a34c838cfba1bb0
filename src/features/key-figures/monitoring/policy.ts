import { type SQL, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import { outer } from '../../../lib/sql.ts';
import { estateAdministeredBy, estateOfOrganisation } from '../../registry/index.ts';
import { housingAreaEstates, housingAreas } from '../tables.ts';

/*
 * Who sees and changes the housing areas under monitoring. The figures are not public: the
 * municipality sees its areas, an organisation (and its administrator's staff) the areas that hold
 * one of its estates. The municipality's editors and admins create and change them.
 */

const holdsEstate = (condition: SQL) =>
  sql`exists (select 1 from ${housingAreaEstates} where ${outer(housingAreaEstates.areaId)} = ${outer(housingAreas.id)} and ${condition})`;

/** Areas the actor may see, as a condition on housing_areas. */
export function areaVisible(actor: Actor): SQL | undefined {
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return undefined;
    case 'municipality':
      return eq(housingAreas.municipalityCode, s.municipalityCode);
    case 'organisation':
      return holdsEstate(estateOfOrganisation(outer(housingAreaEstates.estateId), s.organisationId));
    case 'administrator':
      return holdsEstate(estateAdministeredBy(outer(housingAreaEstates.estateId), s.administratorId));
    case 'public':
      return sql`false`;
  }
}

/** Creating, changing and deactivating a municipality's areas, and entering their figures. */
export function canManageAreas(actor: Actor, municipalityCode: string): boolean {
  if (!actor.canEdit) return false;
  const s = actor.scope;
  return s.kind === 'admin' || (s.kind === 'municipality' && s.municipalityCode === municipalityCode);
}

/** Whether the actor may open a municipality's list of areas at all (an organisation sees the areas with its estates). */
export function canSeeMunicipalityAreas(actor: Actor, municipalityCode: string): boolean {
  const s = actor.scope;
  if (s.kind === 'public') return false;
  return s.kind !== 'municipality' || s.municipalityCode === municipalityCode;
}

/** The national monitoring page and the thresholds are the installation's administrators'. */
export const isAdmin = (actor: Actor) => actor.scope.kind === 'admin';
