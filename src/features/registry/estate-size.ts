import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { fieldError, forbidden } from '../../lib/errors.ts';
import { getEstate } from './estates.ts';
import { estates } from './tables.ts';
import { updateVersioned } from './versioned.ts';

/*
 * An estate's size (homes and m²) as other features change it: data quality takes over the
 * figure an imported source states. They read it through estateProfiles.
 */

/** The registry's kinds of homes, by the estate's columns. */
export type HomeKind = 'homesFamily' | 'homesElderly' | 'homesYouth' | 'homesCare';
export const HOME_KIND_LABELS: Record<HomeKind, string> = {
  homesFamily: 'familieboliger',
  homesElderly: 'ældreboliger',
  homesYouth: 'ungdomsboliger',
  homesCare: 'plejeboliger',
};

type Homes = Record<HomeKind, number>;

/** The kind with most homes; ties go to the earlier kind (family homes, the common case), as the twin groups count it. */
export function mainHomeKind(e: Homes): HomeKind {
  if (e.homesFamily >= Math.max(e.homesElderly, e.homesYouth, e.homesCare)) return 'homesFamily';
  if (e.homesElderly >= Math.max(e.homesYouth, e.homesCare)) return 'homesElderly';
  return e.homesYouth >= e.homesCare ? 'homesYouth' : 'homesCare';
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
