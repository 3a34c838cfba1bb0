import { and, asc, type Column, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import { users } from '../../../auth/tables.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, fieldError, forbidden } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { estateProfiles, getOrganisation, mainHomeKind, setEstateSize, type HomeKind } from '../../registry/index.ts';
import { dataQualityResolutions, estateSourceFacts } from '../tables.ts';
import {
  findMismatches,
  registryValueOf,
  sourceValueOf,
  type EstateComparison,
  type Mismatch,
  type QualityField,
  type StoredResolution,
} from './compare.ts';
import type { ResolutionInput } from './schemas.ts';

/*
 * Data quality: an estate's homes and m² in the registry against each imported source
 * (Landsbyggefonden, BBR, Danmarks Statistik), and the organisation's resolution of each
 * disagreement. The registry owns the estates; this feature reads them through its subquery and
 * changes them only through its service.
 */

export interface EstateQuality extends EstateComparison {
  mainHomeKind: HomeKind;
  mismatches: Mismatch[];
}

/**
 * An organisation's estates (those the actor may see) compared with every source, and whether the
 * actor may resolve mismatches. 404 for an organisation the actor may not see.
 */
export async function organisationDataQuality({ db, actor, organisationId }: { db: Db; actor: Actor; organisationId: number }) {
  const organisation = await getOrganisation({ db, actor, id: organisationId });
  const p = estateProfiles(db, { actor, organisationId });
  const f = estateSourceFacts;
  const rows = await db
    .select({
      estateId: p.estateId,
      number: p.number,
      name: p.name,
      version: p.version,
      homes: p.homes,
      homesFamily: p.homesFamily,
      homesElderly: p.homesElderly,
      homesYouth: p.homesYouth,
      homesCare: p.homesCare,
      areaM2: p.areaM2,
      source: f.source,
      year: f.year,
      sourceHomes: f.homes,
      sourceAreaM2: f.areaM2,
    })
    .from(p)
    .leftJoin(f, eq(f.estateId, p.estateId))
    .orderBy(asc(p.number), asc(p.estateId), asc(f.source));
  const estates = new Map<number, EstateQuality>();
  for (const r of rows) {
    let e = estates.get(r.estateId);
    if (!e) {
      e = {
        estateId: r.estateId,
        number: r.number,
        name: r.name,
        version: r.version,
        homes: r.homes,
        areaM2: r.areaM2,
        mainHomeKind: mainHomeKind(r),
        sources: [],
        mismatches: [],
      };
      estates.set(r.estateId, e);
    }
    if (r.source !== null && r.year !== null)
      e.sources.push({ source: r.source, year: r.year, homes: r.sourceHomes, areaM2: r.sourceAreaM2 });
  }
  const compared = [...estates.values()].filter((e) => e.sources.length > 0);
  const resolutions = compared.length
    ? await resolutionsOf(
        db,
        compared.map((e) => e.estateId),
      )
    : [];
  for (const e of compared) e.mismatches = findMismatches(e, resolutions);
  return {
    organisation,
    canResolve: organisation.canEdit,
    estateCount: estates.size,
    comparedCount: compared.length,
    sources: [...new Set(compared.flatMap((e) => e.sources.map((s) => s.source)))].sort((a, b) => a.localeCompare(b, 'da')),
    estates: compared.filter((e) => e.mismatches.length > 0),
  };
}

async function resolutionsOf(db: Db, estateIds: number[]): Promise<StoredResolution[]> {
  const r = dataQualityResolutions;
  return db
    .select({
      estateId: r.estateId,
      source: r.source,
      field: r.field,
      registryValue: r.registryValue,
      sourceValue: r.sourceValue,
      resolution: r.resolution,
      note: r.note,
      resolvedByName: users.name,
      resolvedAt: r.resolvedAt,
    })
    .from(r)
    .leftJoin(users, eq(users.id, r.resolvedBy))
    .where(inArray(r.estateId, estateIds))
    .orderBy(desc(r.resolvedAt), desc(r.id));
}

/**
 * The open mismatches per organisation, for the given organisations in one query (for the
 * supervisor's overview): only estates the actor may see, active ones. Organisations without any
 * are left out of the map.
 */
export async function mismatchCounts({
  db,
  actor,
  organisationIds,
}: {
  db: Db;
  actor: Actor;
  organisationIds: number[];
}): Promise<Map<number, number>> {
  if (organisationIds.length === 0) return new Map();
  const p = estateProfiles(db, { actor, organisationIds });
  const f = estateSourceFacts;
  const r = dataQualityResolutions;
  // The same rule as findMismatches: a stated value that differs, with no resolution made on these two values.
  const open = (field: QualityField, registry: SQL, stated: Column) =>
    sql`(case when ${stated} is not null and ${stated} <> ${registry} and not exists (
      select 1 from ${r} where ${r.estateId} = ${f.estateId} and ${r.source} = ${f.source} and ${r.field} = ${field}
        and ${r.registryValue} = ${registry} and ${r.sourceValue} = ${stated}) then 1 else 0 end)`;
  const rows = await db
    .select({
      organisationId: p.organisationId,
      n: sql<number>`sum(${open('homes', sql`${p.homes}`, f.homes)} + ${open('area_m2', sql`${p.areaM2}`, f.areaM2)})::int`,
    })
    .from(p)
    .innerJoin(f, eq(f.estateId, p.estateId))
    .groupBy(p.organisationId);
  return new Map(rows.filter((row) => row.n > 0).map((row) => [row.organisationId, row.n]));
}

const CHANGED =
  'Tallene er ændret, siden du åbnede siden (en ny import eller en rettelse i registret). Se de nye tal herunder, og afklar forskellen igen.';

/**
 * Resolves one mismatch: the registry's value is right, the source's value is taken over (the
 * registry's estate is changed), or the difference is explained. Kept with the two values it was
 * made on. Who may: those who may edit the organisation (its editors, its administrator's staff,
 * the supervising municipality's editors, admins), checked here.
 */
export async function resolveMismatch({
  db,
  actor,
  organisationId,
  input,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  input: ResolutionInput;
}) {
  const organisation = await getOrganisation({ db, actor, id: organisationId });
  if (!organisation.canEdit) throw forbidden();
  return db.transaction(async (tx) => {
    const p = estateProfiles(tx, { actor, organisationId, ids: [input.estateId] });
    const f = estateSourceFacts;
    const [current] = await tx
      .select({ homes: p.homes, areaM2: p.areaM2, sourceHomes: f.homes, sourceAreaM2: f.areaM2, year: f.year })
      .from(p)
      .innerJoin(f, and(eq(f.estateId, p.estateId), eq(f.source, input.source)));
    const registryValue = current ? registryValueOf(current, input.field) : null;
    const sourceValue = current
      ? sourceValueOf({ source: input.source, year: current.year, homes: current.sourceHomes, areaM2: current.sourceAreaM2 }, input.field)
      : null;
    if (!current || registryValue !== input.registryValue || sourceValue !== input.sourceValue || sourceValue === registryValue) {
      throw new AppError('conflict', CHANGED, { field: '_form' });
    }
    if (input.resolution === 'source') {
      await setEstateSize(tx, {
        estateId: input.estateId,
        ...(input.field === 'homes' ? { homes: sourceValue } : { areaM2: sourceValue }),
        version: input.version,
        actor,
      }).catch((error: unknown) => {
        // The registry's reason to refuse the figure (homes it cannot divide) belongs beside the choice made.
        throw error instanceof AppError && error.code === 'bad_request' ? fieldError('resolution', error.userMessage) : error;
      });
    }
    const [row] = await tx
      .insert(dataQualityResolutions)
      .values({
        estateId: input.estateId,
        source: input.source,
        field: input.field,
        registryValue,
        sourceValue,
        resolution: input.resolution,
        note: input.note,
        resolvedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, { actor, entityType: 'data_quality_resolution', entityId: row.id, action: 'create', after: row });
    return row;
  });
}
