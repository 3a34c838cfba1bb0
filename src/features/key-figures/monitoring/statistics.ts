import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { forbidden } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { areaStatistics } from '../tables.ts';
import { getArea } from './areas.ts';
import type { AreaYear } from './classify.ts';
import type { StatisticsInput } from './schemas.ts';

/* An area's yearly figures: read for its page, written one year at a time (the form) or many (the import). */

const COLUMNS = {
  year: areaStatistics.year,
  residents: areaStatistics.residents,
  outsideWorkPct: areaStatistics.outsideWorkPct,
  convictionsRatio: areaStatistics.convictionsRatio,
  primarySchoolOnlyPct: areaStatistics.primarySchoolOnlyPct,
  incomeRatioPct: areaStatistics.incomeRatioPct,
  nonWesternPct: areaStatistics.nonWesternPct,
};

/** The area's figures, oldest year first. Callers have checked that the actor may see the area. */
export async function areaYears(db: Db, areaId: number): Promise<AreaYear[]> {
  return db.select(COLUMNS).from(areaStatistics).where(eq(areaStatistics.areaId, areaId)).orderBy(asc(areaStatistics.year));
}

/** The fields of a year's figures that differ, as the history records them. */
function figures(row: Partial<AreaYear> | undefined) {
  if (!row) return null;
  const { year, residents, outsideWorkPct, convictionsRatio, primarySchoolOnlyPct, incomeRatioPct, nonWesternPct } = row;
  return { year, residents, outsideWorkPct, convictionsRatio, primarySchoolOnlyPct, incomeRatioPct, nonWesternPct };
}

export type SaveResult = 'created' | 'updated' | 'unchanged';

/**
 * Writes one year's figures of an area inside the caller's transaction, with its history row;
 * figures already there for the year are replaced. Checks of who may are the caller's.
 */
export async function writeAreaYear(tx: Db, actor: Actor, areaId: number, input: StatisticsInput): Promise<SaveResult> {
  const [before] = await tx
    .select(COLUMNS)
    .from(areaStatistics)
    .where(and(eq(areaStatistics.areaId, areaId), eq(areaStatistics.year, input.year)))
    .for('update');
  const after = figures(input)!;
  if (before && JSON.stringify(figures(before)) === JSON.stringify(after)) return 'unchanged';
  await tx
    .insert(areaStatistics)
    .values({ areaId, ...input })
    .onConflictDoUpdate({ target: [areaStatistics.areaId, areaStatistics.year], set: { ...input, updatedAt: new Date() } });
  await recordAudit(tx, {
    actor,
    entityType: 'area_statistics',
    entityId: areaId,
    action: before ? 'update' : 'create',
    summary: `Tal for ${input.year}`,
    before: figures(before),
    after,
  });
  return before ? 'updated' : 'created';
}

/** One year's figures from the form; the municipality's editors and admins. */
export async function saveAreaYear({ db, actor, areaId, input }: { db: Db; actor: Actor; areaId: number; input: StatisticsInput }) {
  const area = await getArea({ db, actor, id: areaId });
  if (!area.canManage) throw forbidden();
  return db.transaction((tx) => writeAreaYear(tx, actor, areaId, input));
}
