import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { organisationParty } from './expressions.ts';
import { estates, organisations } from './tables.ts';

/**
 * The organisations the actor may change (canEditOrganisation, as an SQL condition) with every
 * estate's number, active or not: what an import of yearly figures may write to. Organisations
 * outside the scope are not returned at all, so a caller cannot tell them from ones that do not exist.
 */
export async function editableOrganisationsWithEstates(db: Db, actor: Actor) {
  if (!actor.canEdit) return { organisations: [], estates: [] };
  const scope = organisationParty(actor);
  const [orgs, estateRows] = await Promise.all([
    db
      .select({ id: organisations.id, lbfNumber: organisations.lbfNumber, name: organisations.name })
      .from(organisations)
      .where(scope)
      .orderBy(asc(organisations.lbfNumber)),
    db
      .select({ id: estates.id, organisationId: estates.organisationId, number: estates.number, name: estates.name })
      .from(estates)
      .innerJoin(organisations, eq(organisations.id, estates.organisationId))
      .where(scope),
  ]);
  return { organisations: orgs, estates: estateRows };
}
