import { and, asc, eq, isNotNull, isNull, notExists, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { AppError, fieldError, forbidden, isUniqueViolation, notFound } from '../../lib/errors.ts';
import { formatDate } from '../../ui/format.ts';
import { recordAudit } from '../audit/index.ts';
import { changeStage, type DialogueEvents } from '../dialogue/index.ts';
import type { Emitter } from '../../lib/hooks.ts';
import { sha256, sniffType, storeFilesThen } from '../../lib/file-store/index.ts';
import { extractText } from './extract-text.ts';
import { completeness, findRemovedFile, loadPackage, type PackageView } from './package.ts';
import { documentationPackages, packageFiles, packageItemEvents, packageItems, type ItemReview, type PackageStatus } from './tables.ts';
import { cleanFileName } from '../../lib/file-names.ts';

type Ctx = { db: Db; actor: Actor; organisationId: number; year: number };
type OpenView = PackageView & { pkg: NonNullable<PackageView['pkg']> };

const CONFLICT = 'Dokumentationspakken er blevet ændret af en anden, siden du åbnede siden. Genindlæs siden, og prøv igen.';
const NOT_OPEN = 'Dokumentationspakken åbner, når kommunen indkalder til styringsdialog.';
const SENT = 'Pakken er sendt til kommunen. Du kan ændre den igen, hvis kommunen sender den retur.';
const editableStatus = (status: PackageStatus) => status === 'aaben' || status === 'returneret';

/** The package as the organisation's side sees it (404 outside its scope, 403 for the supervisor's side). */
async function organisationSide(ctx: Ctx): Promise<PackageView> {
  const view = await loadPackage(ctx);
  if (!view.dialogue.canActForOrganisation) throw forbidden();
  return view;
}

/** Only an open or returned package can be changed by the organisation. */
function requireEditable(view: PackageView): OpenView {
  if (!view.pkg) throw new AppError('bad_request', NOT_OPEN, { field: '_form' });
  if (!editableStatus(view.pkg.status)) throw new AppError('bad_request', SENT, { field: '_form' });
  return view as OpenView;
}

async function supervisorSide(ctx: Ctx): Promise<OpenView> {
  const view = await loadPackage(ctx);
  if (!view.dialogue.canSupervise) throw forbidden();
  if (!view.pkg) throw notFound('Dokumentationspakken');
  return view as OpenView;
}

const itemOf = (view: PackageView, itemId: number) => {
  const item = view.items.find((i) => i.id === itemId);
  if (!item) throw notFound('Punktet');
  return item;
};

/** Locks the package row for the rest of the transaction, so an upload and a send never cross. */
async function lockPackage(tx: Db, dialogueId: number) {
  const [row] = await tx.select().from(documentationPackages).where(eq(documentationPackages.dialogueId, dialogueId)).for('update');
  return row;
}

/**
 * Adds files to an item: each is checked (size, type from content, same file twice), all are
 * stored, then recorded in one transaction; if that fails, files this upload added are removed.
 */
export async function uploadFiles(ctx: Ctx & { config: Config; itemId: number; files: File[] }): Promise<void> {
  const loaded = await organisationSide(ctx);
  const item = itemOf(loaded, ctx.itemId);
  const view = requireEditable(loaded);
  if (ctx.files.length === 0) throw fieldError('files', 'Vælg en eller flere filer.');
  const prepared: { name: string; bytes: Uint8Array; mediaType: string; hash: string; text: string | null }[] = [];
  for (const file of ctx.files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mediaType = await sniffType(bytes, file.name, ctx.config.UPLOAD_MAX_MB);
    const hash = sha256(bytes);
    const earlier = item.files.find((f) => f.sha256 === hash);
    if (earlier)
      throw fieldError(
        'files',
        `Filen „${file.name}“ er allerede lagt op på dette punkt (${earlier.fileName}, ${formatDate(earlier.uploadedAt)}).`,
      );
    if (prepared.some((p) => p.hash === hash)) throw fieldError('files', `Filen „${file.name}“ er valgt to gange.`);
    prepared.push({ name: cleanFileName(file.name) || 'fil', bytes, mediaType, hash, text: await extractText(bytes, mediaType) });
  }
  try {
    await storeFilesThen(ctx.db, ctx.config.DATA_DIR, prepared, async (tx) => {
      const pkg = await lockPackage(tx, view.pkg.dialogueId);
      if (!pkg || !editableStatus(pkg.status)) throw new AppError('bad_request', SENT, { field: '_form' });
      for (const p of prepared) {
        const [row] = await tx
          .insert(packageFiles)
          .values({ packageItemId: item.id, sha256: p.hash, fileName: p.name, uploadedBy: ctx.actor.userId, textContent: p.text })
          .returning({ id: packageFiles.id });
        await tx
          .insert(packageItemEvents)
          .values({ packageItemId: item.id, kind: 'upload', note: p.name, actorUserId: ctx.actor.userId, actorLabel: ctx.actor.label });
        await recordAudit(tx, {
          actor: ctx.actor,
          entityType: 'package_file',
          entityId: row.id,
          action: 'create',
          summary: `${item.title}: ${p.name}`,
        });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error, 'package_files_item_sha_key')) throw fieldError('files', 'Filen er allerede lagt op på dette punkt.');
    throw error;
  }
}

/** The file the organisation's side is about to remove, checked as removeFile checks it; for the confirmation step. */
export async function fileToRemove(ctx: Ctx & { fileId: number }) {
  const loaded = await organisationSide(ctx);
  const item = loaded.items.find((i) => i.files.some((f) => f.id === ctx.fileId));
  if (!item) throw notFound('Filen');
  const view = requireEditable(loaded);
  return { view, item, file: item.files.find((f) => f.id === ctx.fileId)! };
}

export async function removeFile(ctx: Ctx & { fileId: number }): Promise<void> {
  const { view, item, file } = await fileToRemove(ctx);
  await ctx.db.transaction(async (tx) => {
    const pkg = await lockPackage(tx, view.pkg.dialogueId);
    if (!pkg || !editableStatus(pkg.status)) throw new AppError('bad_request', SENT, { field: '_form' });
    const [gone] = await tx
      .update(packageFiles)
      .set({ removedAt: new Date() })
      .where(and(eq(packageFiles.id, file.id), isNull(packageFiles.removedAt)))
      .returning({ id: packageFiles.id });
    if (!gone) return; // removed by someone else a moment ago
    await tx
      .insert(packageItemEvents)
      .values({ packageItemId: item.id, kind: 'fjernet', note: file.fileName, actorUserId: ctx.actor.userId, actorLabel: ctx.actor.label });
    await recordAudit(tx, {
      actor: ctx.actor,
      entityType: 'package_file',
      entityId: file.id,
      action: 'delete',
      summary: `${item.title}: ${file.fileName}`,
    });
  });
}

/** Undoes removeFile: the file is back on its item, while the package can still be changed. */
export async function restoreFile(ctx: Ctx & { fileId: number }): Promise<void> {
  const loaded = await organisationSide(ctx);
  const removed = await findRemovedFile(ctx.db, loaded, ctx.fileId);
  if (!removed) throw notFound('Filen');
  const view = requireEditable(loaded);
  const item = view.items.find((i) => i.id === removed.packageItemId)!;
  try {
    await ctx.db.transaction(async (tx) => {
      const pkg = await lockPackage(tx, view.pkg.dialogueId);
      if (!pkg || !editableStatus(pkg.status)) throw new AppError('bad_request', SENT, { field: '_form' });
      const [back] = await tx
        .update(packageFiles)
        .set({ removedAt: null })
        .where(and(eq(packageFiles.id, removed.id), isNotNull(packageFiles.removedAt)))
        .returning({ id: packageFiles.id });
      if (!back) return; // put back by someone else a moment ago
      await tx.insert(packageItemEvents).values({
        packageItemId: item.id,
        kind: 'genindsat',
        note: removed.fileName,
        actorUserId: ctx.actor.userId,
        actorLabel: ctx.actor.label,
      });
      await recordAudit(tx, {
        actor: ctx.actor,
        entityType: 'package_file',
        entityId: removed.id,
        action: 'activate',
        summary: `${item.title}: ${removed.fileName}`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'package_files_item_sha_key'))
      throw new AppError('bad_request', `Filen "${removed.fileName}" er lagt op på punktet igen i mellemtiden.`, { field: '_form' });
    throw error;
  }
}

const STATUS_EVENT = { indsendt: 'indsendt', returneret: 'returneret', accepteret: 'accepteret' } as const;

/**
 * Moves the package to a new status if it is still at the version the form was opened on,
 * and writes the step into every item's history and the audit log.
 */
async function setStatus(tx: Db, ctx: Ctx, view: OpenView, version: number, status: 'indsendt' | 'returneret' | 'accepteret') {
  const now = new Date();
  const [after] = await tx
    .update(documentationPackages)
    .set({ status, version: view.pkg.version + 1, updatedAt: now, ...(status === 'indsendt' ? { submittedAt: now } : { decidedAt: now }) })
    .where(and(eq(documentationPackages.dialogueId, view.pkg.dialogueId), eq(documentationPackages.version, version)))
    .returning();
  if (!after) throw new AppError('conflict', CONFLICT, { field: '_form' });
  if (view.items.length) {
    await tx.insert(packageItemEvents).values(
      view.items.map((item) => ({
        packageItemId: item.id,
        kind: STATUS_EVENT[status],
        actorUserId: ctx.actor.userId,
        actorLabel: ctx.actor.label,
      })),
    );
  }
  await recordAudit(tx, {
    actor: ctx.actor,
    entityType: 'documentation_package',
    entityId: view.pkg.dialogueId,
    action: 'update',
    before: view.pkg,
    after,
  });
}

/** Required items of a package without a file, read inside the transaction that sends it. */
async function missingRequired(tx: Db, dialogueId: number): Promise<string[]> {
  const rows = await tx
    .select({ title: packageItems.title })
    .from(packageItems)
    .where(
      and(
        eq(packageItems.dialogueId, dialogueId),
        eq(packageItems.required, true),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(packageFiles)
            .where(and(eq(packageFiles.packageItemId, packageItems.id), isNull(packageFiles.removedAt))),
        ),
      ),
    )
    .orderBy(asc(packageItems.position), asc(packageItems.id));
  return rows.map((r) => r.title);
}

const missingMessage = (titles: string[]) =>
  new AppError('bad_request', `Der mangler filer til: ${titles.join(', ')}.`, { field: '_form' });

/** Sends the package: every required item must have a file. Moves a convened dialogue on. */
export async function sendPackage(ctx: Ctx & { version: number; hooks: Emitter<DialogueEvents> }): Promise<void> {
  const view = requireEditable(await organisationSide(ctx));
  const { missingFiles } = completeness(view.items);
  if (missingFiles.length) throw missingMessage(missingFiles);
  await ctx.db.transaction(async (tx) => {
    await lockPackage(tx, view.pkg.dialogueId);
    const missing = await missingRequired(tx, view.pkg.dialogueId);
    if (missing.length) throw missingMessage(missing);
    await setStatus(tx, ctx, view, ctx.version, 'indsendt');
    if (view.dialogue.stage === 'indkaldt') {
      await changeStage({
        db: tx,
        tx,
        hooks: ctx.hooks,
        actor: ctx.actor,
        organisationId: ctx.organisationId,
        year: ctx.year,
        version: view.dialogue.version,
        to: 'pakke_modtaget',
        reason: null,
      });
    }
  });
}

/** The supervisor's verdict on one item, with a note both sides see. */
export async function reviewItem(
  ctx: Ctx & { itemId: number; version: number; review: ItemReview | null; note: string | null },
): Promise<void> {
  const view = await supervisorSide(ctx);
  const item = itemOf(view, ctx.itemId);
  if (view.pkg.status !== 'indsendt')
    throw fieldError(`note-${item.id}`, 'Punkterne kan vurderes, når boligorganisationen har sendt pakken.');
  const review = ctx.review;
  if (!review || review === 'afventer') throw fieldError(`note-${item.id}`, 'Vælg Godkendt eller Mangler.');
  if (review === 'mangler' && !ctx.note)
    throw fieldError(`note-${item.id}`, 'Skriv, hvad der mangler, så boligorganisationen kan rette det.');
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(packageItems)
      .set({
        review,
        reviewNote: ctx.note,
        reviewedAt: new Date(),
        reviewedBy: ctx.actor.userId,
        version: item.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(packageItems.id, item.id), eq(packageItems.version, ctx.version)))
      .returning();
    if (!after)
      throw new AppError(
        'conflict',
        `${item.title}: punktet er blevet vurderet af en anden, siden du åbnede siden. Genindlæs siden, og se den nye vurdering, før du gemmer igen.`,
        { field: `note-${item.id}` },
      );
    const { files: _files, events: _events, ...before } = item;
    await tx.insert(packageItemEvents).values({
      packageItemId: item.id,
      kind: 'vurdering',
      review,
      note: ctx.note,
      actorUserId: ctx.actor.userId,
      actorLabel: ctx.actor.label,
    });
    await recordAudit(tx, { actor: ctx.actor, entityType: 'package_item', entityId: item.id, action: 'update', before, after });
  });
}

/** Back to the organisation, which sees the items marked "mangler" and can add files and send again. */
export async function returnPackage(ctx: Ctx & { version: number }): Promise<void> {
  const view = await supervisorSide(ctx);
  if (view.pkg.status !== 'indsendt') throw new AppError('bad_request', 'Kun en indsendt pakke kan sendes retur.', { field: '_form' });
  await ctx.db.transaction((tx) => setStatus(tx, ctx, view, ctx.version, 'returneret'));
}

/** Accepts the package once every required item is approved. */
export async function acceptPackage(ctx: Ctx & { version: number }): Promise<void> {
  const view = await supervisorSide(ctx);
  if (view.pkg.status !== 'indsendt') throw new AppError('bad_request', 'Kun en indsendt pakke kan godkendes.', { field: '_form' });
  const { notApproved } = completeness(view.items);
  if (notApproved.length)
    throw new AppError('bad_request', `Godkend først de påkrævede punkter: ${notApproved.join(', ')}.`, { field: '_form' });
  await ctx.db.transaction((tx) => setStatus(tx, ctx, view, ctx.version, 'accepteret'));
}
