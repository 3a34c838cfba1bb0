import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, fieldError, forbidden, notFoundOrHidden } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { estateSummaries, municipalityName } from '../../registry/index.ts';
import { housingAreaEstates, housingAreas } from '../tables.ts';
import { areaVisible, canManageAreas } from './policy.ts';

/*
 * Housing areas: a named group of estates located in one municipality (of one or more
 * organisations). The municipality's editors and admins make and change them; every change is in
 * the history, with the estates the area holds.
 */

export interface AreaInput {
  name: string;
  estateIds: number[];
}

/** One area the actor may see, with its municipality's name and what the actor may do; 404 otherwise. */
export async function getArea({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  const [row] = await db
    .select({
      id: housingAreas.id,
      name: housingAreas.name,
      municipalityCode: housingAreas.municipalityCode,
      municipalityName: municipalityName(housingAreas.municipalityCode),
      active: housingAreas.active,
      version: housingAreas.version,
    })
    .from(housingAreas)
    .where(and(eq(housingAreas.id, id), areaVisible(actor)));
  if (!row) throw notFoundOrHidden('Boligområdet');
  return { ...row, canManage: canManageAreas(actor, row.municipalityCode) };
}
export type Area = Awaited<ReturnType<typeof getArea>>;

async function estateIdsOf(db: Db, areaId: number): Promise<number[]> {
  const rows = await db
    .select({ id: housingAreaEstates.estateId })
    .from(housingAreaEstates)
    .where(eq(housingAreaEstates.areaId, areaId))
    .orderBy(asc(housingAreaEstates.estateId));
  return rows.map((r) => r.id);
}

/** The area's estates with their organisations, for its page. */
export async function areaEstates(db: Db, areaId: number) {
  return estateSummaries(db, { ids: await estateIdsOf(db, areaId) });
}

/**
 * The estates an area of the municipality may hold: those located in it, each with the other
 * active area it already belongs to (an estate lies in one area).
 */
export async function estateChoices(db: Db, municipalityCode: string, areaId: number | null) {
  const [estates, taken] = await Promise.all([
    estateSummaries(db, { municipalityCode }),
    db
      .select({ estateId: housingAreaEstates.estateId, areaName: housingAreas.name })
      .from(housingAreaEstates)
      .innerJoin(housingAreas, eq(housingAreas.id, housingAreaEstates.areaId))
      .where(
        and(
          eq(housingAreas.municipalityCode, municipalityCode),
          eq(housingAreas.active, true),
          areaId === null ? undefined : ne(housingAreas.id, areaId),
        ),
      ),
  ]);
  const takenBy = new Map(taken.map((t) => [t.estateId, t.areaName]));
  return estates.map((e) => ({ ...e, otherArea: takenBy.get(e.id) ?? null }));
}
export type EstateChoice = Awaited<ReturnType<typeof estateChoices>>[number];

async function checkInput(db: Db, municipalityCode: string, areaId: number | null, input: AreaInput) {
  const [duplicate] = await db
    .select({ id: housingAreas.id })
    .from(housingAreas)
    .where(
      and(
        eq(housingAreas.municipalityCode, municipalityCode),
        sql`lower(${housingAreas.name}) = lower(${input.name})`,
        areaId === null ? undefined : ne(housingAreas.id, areaId),
      ),
    );
  if (duplicate) throw fieldError('name', `Kommunen har allerede et boligområde med navnet „${input.name}“.`);
  if (input.estateIds.length === 0) throw fieldError('estates', 'Vælg mindst én afdeling, som boligområdet består af.');
  const choices = new Map((await estateChoices(db, municipalityCode, areaId)).map((e) => [e.id, e]));
  for (const id of input.estateIds) {
    const estate = choices.get(id);
    if (!estate) throw fieldError('estates', 'En af de valgte afdelinger ligger ikke i kommunen. Vælg blandt afdelingerne på listen.');
    if (estate.otherArea) {
      throw fieldError('estates', `Afdeling ${estate.number} ${estate.name} hører allerede til boligområdet „${estate.otherArea}“.`);
    }
  }
}

/** The estates as the history names them: "12 Agerhønevej" (ids would say nothing to a reader). */
async function estateLabels(db: Db, ids: number[]): Promise<string[]> {
  const estates = await estateSummaries(db, { ids });
  return estates.sort((a, b) => a.number - b.number || a.name.localeCompare(b.name, 'da')).map((e) => `${e.number} ${e.name}`);
}

async function setEstates(tx: Db, areaId: number, estateIds: number[]) {
  await tx.delete(housingAreaEstates).where(eq(housingAreaEstates.areaId, areaId));
  if (estateIds.length) await tx.insert(housingAreaEstates).values(estateIds.map((estateId) => ({ areaId, estateId })));
}

const unique = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

/** A new area of the municipality; the municipality's editors and admins. */
export async function createArea({
  db,
  actor,
  municipalityCode,
  input,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  input: AreaInput;
}) {
  if (!canManageAreas(actor, municipalityCode)) throw forbidden();
  const estateIds = unique(input.estateIds);
  await checkInput(db, municipalityCode, null, { ...input, estateIds });
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(housingAreas).values({ name: input.name, municipalityCode }).returning();
    await setEstates(tx, row.id, estateIds);
    const estates = await estateLabels(tx, estateIds);
    await recordAudit(tx, { actor, entityType: 'housing_area', entityId: row.id, action: 'create', after: { ...row, estates } });
    return row;
  });
}

/** Locks the row and checks the version the form was opened on: a stale form must not overwrite another's change. */
async function lockVersion(tx: Db, id: number, version: number) {
  const [before] = await tx.select().from(housingAreas).where(eq(housingAreas.id, id)).for('update');
  if (!before || before.version !== version) {
    throw new AppError(
      'conflict',
      'Boligområdet er blevet ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt. Genindlæs siden, og prøv igen.',
      { field: '_form' },
    );
  }
  return before;
}

export async function updateArea({
  db,
  actor,
  id,
  version,
  input,
}: {
  db: Db;
  actor: Actor;
  id: number;
  version: number;
  input: AreaInput;
}) {
  const area = await getArea({ db, actor, id });
  if (!area.canManage) throw forbidden();
  const estateIds = unique(input.estateIds);
  await checkInput(db, area.municipalityCode, id, { ...input, estateIds });
  return db.transaction(async (tx) => {
    const before = await lockVersion(tx, id, version);
    const beforeEstates = await estateIdsOf(tx, id);
    const [after] = await tx
      .update(housingAreas)
      .set({ name: input.name, version: before.version + 1, updatedAt: new Date() })
      .where(eq(housingAreas.id, id))
      .returning();
    await setEstates(tx, id, estateIds);
    await recordAudit(tx, {
      actor,
      entityType: 'housing_area',
      entityId: id,
      action: 'update',
      before: { ...before, estates: await estateLabels(tx, beforeEstates) },
      after: { ...after, estates: await estateLabels(tx, estateIds) },
    });
    return after;
  });
}

/**
 * Deactivating takes the area off the monitoring and frees its estates for another area; its
 * figures and history stay, and reactivating undoes it (unless an estate has joined another area since).
 */
export async function setAreaActive({
  db,
  actor,
  id,
  version,
  active,
}: {
  db: Db;
  actor: Actor;
  id: number;
  version: number;
  active: boolean;
}) {
  const area = await getArea({ db, actor, id });
  if (!area.canManage) throw forbidden();
  if (active) {
    const estateIds = await estateIdsOf(db, id);
    const taken = await db
      .select({ name: housingAreas.name })
      .from(housingAreaEstates)
      .innerJoin(housingAreas, eq(housingAreas.id, housingAreaEstates.areaId))
      .where(
        and(
          inArray(housingAreaEstates.estateId, estateIds.length ? estateIds : [-1]),
          eq(housingAreas.active, true),
          ne(housingAreas.id, id),
        ),
      )
      .limit(1);
    if (taken[0]) {
      throw new AppError(
        'conflict',
        `Boligområdet kan ikke genaktiveres: en af dets afdelinger hører nu til boligområdet „${taken[0].name}“.`,
      );
    }
  }
  return db.transaction(async (tx) => {
    const before = await lockVersion(tx, id, version);
    const [after] = await tx
      .update(housingAreas)
      .set({ active, version: before.version + 1, updatedAt: new Date() })
      .where(eq(housingAreas.id, id))
      .returning();
    await recordAudit(tx, { actor, entityType: 'housing_area', entityId: id, action: active ? 'activate' : 'deactivate', before, after });
    return after;
  });
}
