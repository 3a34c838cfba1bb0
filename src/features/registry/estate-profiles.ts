import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { estateVisible } from './policy.ts';
import { estates, municipalities, organisations } from './tables.ts';

/**
 * The estates' attributes other features compare and show (key figures: twin groups, colours by
 * the supervising municipality's rules) as a subquery they join their own rows to, so they never
 * read the registry's tables. With an actor, only the estates it may see.
 */
export function estateProfiles(
  db: Db,
  filter: {
    actor?: Actor;
    ids?: number[];
    organisationId?: number;
    organisationIds?: number[];
    supervisorCode?: string;
    includeInactive?: boolean;
  } = {},
) {
  return db
    .select({
      estateId: sql<number>`${estates.id}`.as('profile_estate_id'),
      organisationId: estates.organisationId,
      number: estates.number,
      name: estates.name,
      // Where the estate lies, and the organisation's seat municipality, which supervises it.
      municipalityCode: estates.municipalityCode,
      supervisorCode: sql<string>`${organisations.municipalityCode}`.as('profile_supervisor_code'),
      organisationName: sql<string>`${organisations.name}`.as('profile_organisation_name'),
      lbfNumber: organisations.lbfNumber,
      regionCode: municipalities.regionCode,
      homesFamily: estates.homesFamily,
      homesElderly: estates.homesElderly,
      homesYouth: estates.homesYouth,
      homesCare: estates.homesCare,
      homes: sql<number>`(${estates.homesFamily} + ${estates.homesElderly} + ${estates.homesYouth} + ${estates.homesCare})`.as(
        'profile_homes',
      ),
      areaM2: estates.areaM2,
      yearBuilt: estates.yearBuilt,
      active: sql<boolean>`${estates.active}`.as('profile_active'),
      // The version an edit of the estate must name (data quality takes over a source's figure).
      version: sql<number>`${estates.version}`.as('profile_version'),
    })
    .from(estates)
    .innerJoin(organisations, eq(organisations.id, estates.organisationId))
    .innerJoin(municipalities, eq(municipalities.code, estates.municipalityCode))
    .where(
      and(
        filter.actor ? estateVisible(filter.actor) : undefined,
        filter.ids ? inArray(estates.id, filter.ids) : undefined,
        filter.organisationId !== undefined ? eq(estates.organisationId, filter.organisationId) : undefined,
        filter.organisationIds ? inArray(estates.organisationId, filter.organisationIds) : undefined,
        filter.supervisorCode ? eq(organisations.municipalityCode, filter.supervisorCode) : undefined,
        filter.ids || filter.includeInactive ? undefined : eq(estates.active, true),
      ),
    )
    .as('estate_profiles');
}
