import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { fieldError, forbidden } from '../../lib/errors.ts';
import { getEstate } from './estates.ts';
import { estateVisible } from './policy.ts';
import { estates } from './tables.ts';
import { updateVersioned } from './versioned.ts';

/*
 * An estate's size (homes and m²) as other features compare it with what imported sources state
 * (data quality), and the one way they may change it: taking a source's figure.
 */

export const HOME_KINDS = ['homesFamily', 'homesElderly', 'homesYouth', 'homesCare'] as const;
export type HomeKind = (typeof HOME_KINDS)[number];
export const HOME_KIND_LABELS: Record<HomeKind, string> = {
  homesFamily: 'familieboliger',
  homesElderly: 'ældreboliger',
  homesYouth: 'ungdomsboliger',
  homesCare: 'plejeboliger',
};

type Homes = Record<HomeKind, number>;

/** The kind with most homes; ties go to the earlier kind (family homes, the common case), as in the SQL below. */
export function mainHomeKind(e: Homes): HomeKind {
  if (e.homesFamily >= Math.max(e.homesElderly, e.homesYouth, e.homesCare)) return 'homesFamily';
  if (e.homesElderly >= Math.max(e.homesYouth, e.homesCare)) return 'homesElderly';
  return e.homesYouth >= e.homesCare ? 'homesYouth' : 'homesCare';
}

const mainHomeKindSql = sql<HomeKind>`case
  when ${estates.homesFamily} >= greatest(${estates.homesElderly}, ${estates.homesYouth}, ${estates.homesCare}) then 'homesFamily'
  when ${estates.homesElderly} >= greatest(${estates.homesYouth}, ${estates.homesCare}) then 'homesElderly'
  when ${estates.homesYouth} >= ${estates.homesCare} then 'homesYouth'
  else 'homesCare' end`;

/**
 * The sizes of the estates the actor may see, as a subquery another feature joins its own rows to
 * (by `estateId`): number, name, homes in all, m², the main kind of homes and the version an edit
 * must name. Only active estates unless asked; only the given organisations' when given.
 */
export function estateSizes(
  db: Db,
  actor: Actor,
  filter: { organisationIds?: number[]; estateIds?: number[]; includeInactive?: boolean } = {},
) {
  return db
    .select({
      estateId: sql<number>`${estates.id}`.as('size_estate_id'),
      organisationId: sql<number>`${estates.organisationId}`.as('size_organisation_id'),
      number: sql<number>`${estates.number}`.as('size_number'),
      name: sql<string>`${estates.name}`.as('size_name'),
      homes: sql<number>`(${estates.homesFamily} + ${estates.homesElderly} + ${estates.homesYouth} + ${estates.homesCare})`.as(
        'size_homes',
      ),
      areaM2: sql<number>`${estates.areaM2}`.as('size_area_m2'),
      mainHomeKind: mainHomeKindSql.as('size_main_home_kind'),
      version: sql<number>`${estates.version}`.as('size_version'),
    })
    .from(estates)
    .where(
      and(
        estateVisible(actor),
        filter.organisationIds ? inArray(estates.organisationId, filter.organisationIds) : undefined,
        filter.estateIds ? inArray(estates.id, filter.estateIds) : undefined,
        filter.includeInactive ? undefined : eq(estates.active, true),
      ),
    )
    .as('estate_sizes');
}

/**
 * Sets an estate's number of homes and/or m² (a figure taken over from an imported source), with
 * its history row and a new version; `version`, when given, must be the one the page showed. The
 * registry keeps homes by kind: the difference goes to the estate's main kind of homes, and a
 * difference that would leave that kind below zero is refused (the estate's own form divides them).
 * Authorisation is checked here: whoever may edit the estate's organisation.
 */
export async function setEstateSize(
  db: Db,
  input: { estateId: number; homes?: number; areaM2?: number; version?: number; actor: Actor },
): Promise<{ version: number; homes: number; areaM2: number; changedKind: HomeKind | null }> {
  const { actor, estateId } = input;
  for (const [field, value] of [
    ['homes', input.homes],
    ['areaM2', input.areaM2],
  ] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > 10_000_000))
      throw fieldError(
        field,
        field === 'homes' ? 'Antal boliger skal være et helt tal, 0 eller mere.' : 'Arealet skal være et helt tal, 0 eller mere.',
      );
  }
  const current = await getEstate({ db, actor, id: estateId });
  if (!current.canEdit) throw forbidden();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(estates).where(eq(estates.id, estateId)).for('update');
    const values: Partial<Homes & { areaM2: number }> = {};
    let changedKind: HomeKind | null = null;
    const total = row.homesFamily + row.homesElderly + row.homesYouth + row.homesCare;
    if (input.homes !== undefined && input.homes !== total) {
      changedKind = mainHomeKind(row);
      const next = row[changedKind] + (input.homes - total);
      if (next < 0) {
        throw fieldError(
          'homes',
          `Afdelingen har ${total} boliger, heraf ${row[changedKind]} ${HOME_KIND_LABELS[changedKind]}. ` +
            `${input.homes} boliger kan ikke nås ved kun at ændre ${HOME_KIND_LABELS[changedKind]}; ret boligerne på afdelingens side.`,
        );
      }
      values[changedKind] = next;
    }
    if (input.areaM2 !== undefined) values.areaM2 = input.areaM2;
    const after = await updateVersioned({
      tx,
      table: estates,
      id: estateId,
      version: input.version ?? row.version,
      values,
      actor,
      entityType: 'estate',
      what: 'Afdelingen',
    });
    return {
      version: after.version,
      homes: after.homesFamily + after.homesElderly + after.homesYouth + after.homesCare,
      areaM2: after.areaM2,
      changedKind,
    };
  });
}
