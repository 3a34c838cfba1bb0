import { and, eq, lt, max, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { refreshStatistics } from '../../../db/statistics.ts';
import { AppError, notFound } from '../../../lib/errors.ts';
import { readFile } from 'node:fs/promises';
import { sha256, storedPath, storeFilesThen } from '../../../lib/file-store/index.ts';
import type { Emitter } from '../../../lib/hooks.ts';
import { recordAudit } from '../../audit/index.ts';
import { keyFigureImports } from '../tables.ts';
import type { ChangeSummary, PresentCodes, TargetChange } from './changes.ts';
import { type OnProgress, type PreviewReport, prepareFigures } from './report.ts';
import { describeChanges } from './words.ts';
import { keyFigureImportPreviews } from './tables.ts';
import type { FigureRecord, LineError } from './validate.ts';
import { applyFigures, type EstateFigureRow } from './apply.ts';
import { writeSourceFacts } from './write.ts';

/*
 * Importing yearly figures: a file read and checked into a preview (kept in the database, the
 * file in the file store, so any process can confirm it), then written all at once or not at
 * all. The command line imports in one go through importFigures.
 */

export const DEFAULT_SOURCE = 'Landsbyggefonden';

/**
 * Another feature may react when figures have been imported (inside the import's transaction).
 * `figures` are every estate's figures of the imported years as now stored, so a reaction over
 * all of them (the action plans) need not read a national import back.
 */
export type KeyFigureEvents = {
  keyFiguresImported: { tx: Db; actor: Actor; importId: number; years: number[]; figures: readonly EstateFigureRow[] };
};

export type KeyFigureImportPreview = typeof keyFigureImportPreviews.$inferSelect;
export type KeyFigureImport = typeof keyFigureImports.$inferSelect;
/** What a finished import stored about itself: shown on the result page. */
export type ImportSummary = ChangeSummary & { skipped: number; ignoredColumns: string[]; changes: TargetChange[] };

/** Anyone who may change some organisation may import figures; each line is checked against what they may change. */
export const canImportFigures = (actor: Actor) => actor.canEdit && actor.userId !== null && actor.scope.kind !== 'public';

/** What an import writes, with the columns the pages look rows up by (src/db/statistics.ts). */
const WRITTEN_TABLES = [
  'estate_figures (estate_id, year, import_id)',
  'organisation_figures (organisation_id, year)',
  'benchmark_medians (year, group_kind, group_key)',
  'estate_source_facts (estate_id, source)',
  'action_plans (estate_id, year)',
];

async function latestImportId(db: Db): Promise<number> {
  const [row] = await db.select({ id: max(keyFigureImports.id) }).from(keyFigureImports);
  return row?.id ?? 0;
}

/**
 * Writes checked records with their import row, the source's homes and m², their percentiles and
 * one history entry, inside `tx`; returns what changed. Callers have checked that there are no errors.
 */
async function writeImport(
  tx: Db,
  input: {
    actor: Actor;
    hooks: Emitter<KeyFigureEvents>;
    fileName: string;
    source: string;
    report: PreviewReport;
    records: FigureRecord[];
    present: PresentCodes;
    onProgress?: OnProgress;
  },
): Promise<{ importId: number; summary: ImportSummary }> {
  const { actor, fileName, source, report, records, present, onProgress } = input;
  const [row] = await tx
    .insert(keyFigureImports)
    .values({ fileName, source, format: report.format, years: report.years, rowCount: report.rows, createdBy: actor.userId })
    .returning({ id: keyFigureImports.id });
  onProgress?.('write', 0, 1);
  const applied = await applyFigures(tx, {
    records,
    present,
    importId: row.id,
    onProgress: (done, total) => onProgress?.('write', done, total),
  });
  await writeSourceFacts(tx, { records, present, source, importId: row.id });
  const summary: ImportSummary = {
    ...applied.summary,
    skipped: report.skipped,
    ignoredColumns: report.ignoredColumns,
    changes: applied.changes,
  };
  await tx.update(keyFigureImports).set({ summary }).where(eq(keyFigureImports.id, row.id));
  await recordAudit(tx, {
    actor,
    entityType: 'key_figure_import',
    entityId: row.id,
    action: 'import',
    summary: `${fileName} (${source}): ${describeChanges(summary)}`,
    after: { fileName, source, years: report.years.join(', '), rowCount: report.rows, ...summary.values },
  });
  await input.hooks.emit('keyFiguresImported', { tx, actor, importId: row.id, years: report.years, figures: applied.figures });
  return { importId: row.id, summary };
}

/** The command line's import: read, check and write in one go. Errors come back with nothing written. */
export async function importFigures(input: {
  db: Db;
  actor: Actor;
  hooks: Emitter<KeyFigureEvents>;
  fileName: string;
  bytes: Uint8Array;
  source: string;
  year: number | null;
  onProgress?: OnProgress;
}): Promise<
  | { ok: false; message: string }
  | { ok: false; errors: LineError[] }
  | { ok: true; importId: number; report: PreviewReport; summary: ImportSummary }
> {
  const { db, actor, onProgress } = input;
  // The changes are counted while writing, against what is stored then.
  const prepared = await prepareFigures({ db, actor, bytes: input.bytes, year: input.year, compare: false, onProgress });
  if (!prepared.ok) return prepared;
  if (prepared.errors.length > 0) return { ok: false, errors: prepared.errors };
  const { importId, summary } = await db.transaction((tx) =>
    writeImport(tx, { ...input, report: prepared.report, records: prepared.records, present: prepared.present }),
  );
  await refreshStatistics(db, WRITTEN_TABLES);
  return { ok: true, importId, report: prepared.report, summary };
}

/**
 * Reads and checks an uploaded file and stores it with its preview; writes no figures. A file that
 * cannot be read as a table comes back as one message for the form; line errors are stored with
 * the preview so the user sees them all in a report.
 */
export async function startFiguresImport({
  db,
  dataDir,
  actor,
  fileName,
  bytes,
  source,
  year,
  organisationId,
}: {
  db: Db;
  dataDir: string;
  actor: Actor;
  fileName: string;
  bytes: Uint8Array;
  source: string;
  year: number | null;
  organisationId: number | null;
}): Promise<{ ok: true; id: number } | { ok: false; message: string }> {
  if (!canImportFigures(actor)) throw new AppError('forbidden', 'Du har ikke adgang til at indlæse nøgletal.');
  const watermark = await latestImportId(db);
  const prepared = await prepareFigures({ db, actor, bytes, year });
  if (!prepared.ok) return prepared;
  const hash = sha256(bytes);
  // Previews nobody confirmed are of no use after a week; clearing them here needs no scheduler.
  await db
    .delete(keyFigureImportPreviews)
    .where(and(eq(keyFigureImportPreviews.status, 'preview'), lt(keyFigureImportPreviews.createdAt, sql`now() - interval '7 days'`)));
  const row = await storeFilesThen(db, dataDir, [{ hash, bytes, mediaType: mediaTypeOf(prepared.report.format) }], (tx) =>
    tx
      .insert(keyFigureImportPreviews)
      .values({
        createdBy: actor.userId!,
        organisationId,
        fileName: fileName.slice(0, 200) || 'fil',
        fileHash: hash,
        source,
        year,
        watermark,
        report: prepared.report,
        errors: prepared.errors,
      })
      .returning({ id: keyFigureImportPreviews.id }),
  );
  return { ok: true, id: row[0].id };
}

const mediaTypeOf = (format: string) =>
  format.startsWith('XLSX') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';

/** A preview, only for the user who made it; anyone else gets "not found". */
export async function getFiguresImport({ db, actor, id }: { db: Db; actor: Actor; id: number }): Promise<KeyFigureImportPreview> {
  if (actor.userId === null) throw notFound('Importen');
  const [row] = await db
    .select()
    .from(keyFigureImportPreviews)
    .where(and(eq(keyFigureImportPreviews.id, id), eq(keyFigureImportPreviews.createdBy, actor.userId)));
  if (!row) throw notFound('Importen');
  return row;
}

/** The import a confirmed preview made, for the result page. */
export async function getImportResult(db: Db, preview: KeyFigureImportPreview): Promise<KeyFigureImport | null> {
  if (preview.importId === null) return null;
  const [row] = await db.select().from(keyFigureImports).where(eq(keyFigureImports.id, preview.importId));
  return row ?? null;
}

/**
 * Writes a preview's file, all of it or nothing. The file is read and checked again (the registry
 * or the importer's rights may have changed); if another import has been made since the preview,
 * its changes are out of date: the preview is made again and shown, nothing is written (409).
 */
export async function confirmFiguresImport({
  db,
  dataDir,
  actor,
  hooks,
  id,
}: {
  db: Db;
  dataDir: string;
  actor: Actor;
  hooks: Emitter<KeyFigureEvents>;
  id: number;
}): Promise<number> {
  const preview = await getFiguresImport({ db, actor, id });
  if (preview.status !== 'preview') throw new AppError('conflict', 'Importen er allerede gennemført eller annulleret.');
  if (preview.errors.length > 0)
    throw new AppError('bad_request', 'Filen har fejl og kan ikke importeres. Ret fejlene, og indlæs filen igen.');
  const bytes = new Uint8Array(await readFile(storedPath(dataDir, preview.fileHash)));
  const unchanged = (await latestImportId(db)) === preview.watermark;
  const prepared = await prepareFigures({ db, actor, bytes, year: preview.year, compare: !unchanged });
  if (!prepared.ok || prepared.errors.length > 0 || !unchanged) {
    const watermark = await latestImportId(db);
    await db
      .update(keyFigureImportPreviews)
      .set(
        prepared.ok
          ? { report: prepared.report, errors: prepared.errors, watermark }
          : { errors: [{ line: null, message: prepared.message }] },
      )
      .where(eq(keyFigureImportPreviews.id, preview.id));
    throw new AppError(
      'conflict',
      prepared.ok && prepared.errors.length === 0
        ? 'Der er indlæst andre nøgletal, siden forhåndsvisningen blev lavet. Forhåndsvisningen herunder er lavet igen; se ændringerne, og bekræft igen.'
        : 'Filen kan ikke længere importeres, fordi registret eller dine rettigheder er ændret, siden forhåndsvisningen blev lavet. Se fejlene herunder.',
    );
  }
  const importId = await db.transaction(async (tx) => {
    // Claiming the preview first makes a double submit wait here and then find it taken.
    const [claimed] = await tx
      .update(keyFigureImportPreviews)
      .set({ status: 'imported', finishedAt: new Date() })
      .where(and(eq(keyFigureImportPreviews.id, preview.id), eq(keyFigureImportPreviews.status, 'preview')))
      .returning({ id: keyFigureImportPreviews.id });
    if (!claimed) throw new AppError('conflict', 'Importen er allerede gennemført eller annulleret.');
    if ((await latestImportId(tx)) !== preview.watermark)
      throw new AppError(
        'conflict',
        'Der er lige indlæst andre nøgletal. Intet er gemt; indlæs filen igen for at se en ny forhåndsvisning.',
      );
    const { importId } = await writeImport(tx, {
      actor,
      hooks,
      fileName: preview.fileName,
      source: preview.source,
      report: prepared.report,
      records: prepared.records,
      present: prepared.present,
    });
    await tx.update(keyFigureImportPreviews).set({ importId }).where(eq(keyFigureImportPreviews.id, preview.id));
    return importId;
  });
  await refreshStatistics(db, WRITTEN_TABLES);
  return importId;
}

/** Drops a preview without writing anything. */
export async function cancelFiguresImport({ db, actor, id }: { db: Db; actor: Actor; id: number }): Promise<void> {
  const preview = await getFiguresImport({ db, actor, id });
  await db
    .update(keyFigureImportPreviews)
    .set({ status: 'cancelled', finishedAt: new Date() })
    .where(and(eq(keyFigureImportPreviews.id, preview.id), eq(keyFigureImportPreviews.status, 'preview')));
}
