import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { getOrganisation } from '../organisations.ts';
import type { EstateInput } from '../schemas.ts';
import { estates, municipalities } from '../tables.ts';
import { matchHeader } from './columns.ts';
import { parseFile } from './parse-file.ts';
import { estateImports } from './tables.ts';
import { type ExistingEstate, type ImportRow, municipalityLookup, validateRows } from './validate.ts';
import { countNoun } from '../../../lib/plural.ts';

export type EstateImport = typeof estateImports.$inferSelect;

/** The organisation, if the actor may change it; imports are for editors of the organisation only. */
async function editableOrganisation(db: Db, actor: Actor, organisationId: number) {
  const organisation = await getOrganisation({ db, actor, id: organisationId });
  if (!organisation.canEdit || actor.userId === null) throw forbidden();
  return organisation;
}

async function existingEstates(db: Db, organisationId: number): Promise<Map<number, ExistingEstate>> {
  const rows = await db.select().from(estates).where(eq(estates.organisationId, organisationId));
  return new Map(
    rows.map((r) => {
      const values: EstateInput = {
        number: r.number,
        name: r.name,
        address: r.address,
        postalCode: r.postalCode,
        city: r.city,
        municipalityCode: r.municipalityCode,
        homesFamily: r.homesFamily,
        homesElderly: r.homesElderly,
        homesYouth: r.homesYouth,
        homesCare: r.homesCare,
        areaM2: r.areaM2,
        yearBuilt: r.yearBuilt,
      };
      return [r.number, { id: r.id, version: r.version, values }];
    }),
  );
}

/**
 * Reads and checks every line of an uploaded file and stores the preview; writes no
 * estates. Checks itself that the actor may change the organisation. A file that cannot
 * be read as a table comes back as one message for the form; line errors are stored
 * with the preview so the user sees them all in a report.
 */
export async function startEstateImport({
  db,
  actor,
  organisationId,
  fileName,
  bytes,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  fileName: string;
  bytes: Uint8Array;
}): Promise<{ ok: true; id: number } | { ok: false; message: string }> {
  const organisation = await editableOrganisation(db, actor, organisationId);
  const parsed = await parseFile(bytes);
  if (!parsed.ok) return parsed;
  const header = matchHeader(parsed.header);
  if (!header.ok) return header;
  if (parsed.rows.length === 0) return { ok: false, message: 'Filen har kolonneoverskrifter, men ingen linjer med afdelinger.' };
  const [existing, municipalityRows] = await Promise.all([
    existingEstates(db, organisation.id),
    db.select({ code: municipalities.code, name: municipalities.name, shortName: municipalities.shortName }).from(municipalities),
  ]);
  const { rows, errors } = validateRows(parsed.rows, {
    map: header.map,
    existing,
    municipalities: municipalityLookup(municipalityRows),
    defaultMunicipality: organisation.municipalityCode,
  });
  // Previews nobody confirmed are of no use after a week; clearing them here needs no scheduler.
  await db
    .delete(estateImports)
    .where(and(eq(estateImports.status, 'preview'), lt(estateImports.createdAt, sql`now() - interval '7 days'`)));
  const [row] = await db
    .insert(estateImports)
    .values({
      organisationId: organisation.id,
      createdBy: actor.userId!,
      fileName: fileName.slice(0, 200) || 'fil',
      format: parsed.format,
      rows,
      errors,
      ignoredColumns: header.ignored,
    })
    .returning({ id: estateImports.id });
  return { ok: true, id: row.id };
}

/** A preview, only for the user who made it, of this organisation; anyone else gets "not found". */
export async function getEstateImport({
  db,
  actor,
  organisationId,
  id,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  id: number;
}): Promise<EstateImport> {
  if (actor.userId === null) throw notFound('Importen');
  const [row] = await db
    .select()
    .from(estateImports)
    .where(and(eq(estateImports.id, id), eq(estateImports.organisationId, organisationId), eq(estateImports.createdBy, actor.userId)));
  if (!row) throw notFound('Importen');
  return row;
}

const CHUNK = 500;

/**
 * Writes every estate of a preview in one transaction with its history, or nothing.
 * Estates changed or created by someone else since the preview make the whole import
 * fail with a conflict, so nobody's change is overwritten unseen.
 */
export async function confirmEstateImport({ db, actor, organisationId, id }: { db: Db; actor: Actor; organisationId: number; id: number }) {
  const organisation = await editableOrganisation(db, actor, organisationId);
  const current = await getEstateImport({ db, actor, organisationId: organisation.id, id });
  return db.transaction(async (tx) => {
    // Claiming the preview first makes a double submit wait here and then find it taken.
    const [claimed] = await tx
      .update(estateImports)
      .set({ status: 'imported', finishedAt: new Date() })
      .where(and(eq(estateImports.id, current.id), eq(estateImports.status, 'preview')))
      .returning();
    if (!claimed) throw new AppError('conflict', 'Importen er allerede gennemført eller annulleret.');
    if (claimed.errors.length > 0)
      throw new AppError('bad_request', 'Filen har fejl og kan ikke importeres. Ret fejlene, og indlæs filen igen.');
    const creates = claimed.rows.filter((r) => r.action === 'create');
    const updates = claimed.rows.filter((r) => r.action === 'update');
    await applyUpdates(tx, actor, updates, claimed.fileName);
    for (let i = 0; i < creates.length; i += CHUNK) {
      const inserted = await tx
        .insert(estates)
        .values(creates.slice(i, i + CHUNK).map((r) => ({ ...r.values, organisationId: organisation.id })))
        .returning()
        .catch((e) => {
          if (isUniqueViolation(e, 'estates_organisation_number_key')) throw stale('Der er oprettet en afdeling med et af filens numre');
          throw e;
        });
      for (const row of inserted) {
        await recordAudit(tx, {
          actor,
          entityType: 'estate',
          entityId: row.id,
          action: 'create',
          summary: `importeret fra ${claimed.fileName}`,
          after: row,
        });
      }
    }
    const summary = `${countNoun(creates.length, 'afdeling', 'afdelinger')} oprettet og ${updates.length} opdateret fra ${claimed.fileName}`;
    await recordAudit(tx, { actor, entityType: 'organisation', entityId: organisation.id, action: 'import', summary });
    return { created: creates.length, updated: updates.length };
  });
}

/**
 * updateVersioned's rule (same version as the preview, bump it, history with old and new
 * values) for many rows at once: locking and checking them all in a few queries first
 * means a stale row fails the import before anything is written, and a large import does
 * not spend a query per row on locking.
 */
async function applyUpdates(tx: Db, actor: Actor, rows: ImportRow[], fileName: string) {
  const before = new Map<number, typeof estates.$inferSelect>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const locked = await tx
      .select()
      .from(estates)
      .where(
        inArray(
          estates.id,
          rows.slice(i, i + CHUNK).map((r) => r.estateId!),
        ),
      )
      .for('update');
    for (const row of locked) before.set(row.id, row);
  }
  for (const r of rows) {
    if (before.get(r.estateId!)?.version !== r.version) throw stale(`Afdeling ${r.values.number} er ændret`);
  }
  for (const r of rows) {
    const old = before.get(r.estateId!)!;
    const [after] = await tx
      .update(estates)
      .set({ ...r.values, version: old.version + 1, updatedAt: new Date() })
      .where(eq(estates.id, old.id))
      .returning();
    await recordAudit(tx, {
      actor,
      entityType: 'estate',
      entityId: old.id,
      action: 'update',
      summary: `importeret fra ${fileName}`,
      before: old,
      after,
    });
  }
}

const stale = (what: string) =>
  new AppError(
    'conflict',
    `${what}, siden forhåndsvisningen blev lavet. Intet er importeret. Indlæs filen igen for at se en ny forhåndsvisning.`,
  );

/** Drops a preview without writing anything. */
export async function cancelEstateImport({ db, actor, organisationId, id }: { db: Db; actor: Actor; organisationId: number; id: number }) {
  const organisation = await editableOrganisation(db, actor, organisationId);
  const current = await getEstateImport({ db, actor, organisationId: organisation.id, id });
  await db
    .update(estateImports)
    .set({ status: 'cancelled', finishedAt: new Date() })
    .where(and(eq(estateImports.id, current.id), eq(estateImports.status, 'preview')));
}
