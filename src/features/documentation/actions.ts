import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { AppError, fieldError, forbidden, notFound } from '../../lib/errors.ts';
import { formatDate } from '../../ui/format.ts';
import { recordAudit } from '../audit/service.ts';
import { changeStage } from '../dialogue/service.ts';
import { extractText, removeStoredFile, sha256, sniffType, storeFile } from './files.ts';
import { completeness, loadPackage, type PackageView } from './package.ts';
import { documentationPackages, packageFiles, packageItemEvents, packageItems, storedFiles, type ItemReview } from './tables.ts';

type Ctx = { db: Db; actor: Actor; organisationId: number; year: number };

const CONFLICT = 'Dokumentationspakken er blevet ændret af en anden, siden du åbnede siden. Genindlæs siden, og prøv igen.';

/** The package for a change by the organisation's side, while it is theirs to change. */
async function organisationSide(ctx: Ctx) {
  const view = await loadPackage(ctx);
  if (!view.dialogue.canActForOrganisation) throw forbidden();
  if (!view.pkg) throw new AppError('bad_request', 'Dokumentationspakken åbner, når kommunen indkalder til styringsdialog.', { field: '_form' });
  if (view.pkg.status !== 'aaben' && view.pkg.status !== 'returneret') {
    throw new AppError('bad_request', 'Pakken er sendt til kommunen. Du kan ændre den igen, hvis kommunen sender den retur.', { field: '_form' });
  }
  return view as PackageView & { pkg: NonNullable<PackageView['pkg']> };
}

async function supervisorSide(ctx: Ctx) {
  const view = await loadPackage(ctx);
  if (!view.dialogue.canSupervise) throw forbidden();
  if (!view.pkg) throw notFound('Dokumentationspakken');
  return view as PackageView & { pkg: NonNullable<PackageView['pkg']> };
}

const itemOf = (view: PackageView, itemId: number) => {
  const item = view.items.find((i) => i.id === itemId);
  if (!item) throw notFound('Punktet');
  return item;
};

/**
 * Adds files to an item: each is checked (size, type from content, same file twice), all are
 * stored, then recorded in one transaction; if that fails, files this upload added are removed.
 */
export async function uploadFiles(ctx: Ctx & { config: Config; itemId: number; files: File[] }): Promise<void> {
  const view = await organisationSide(ctx);
  const item = itemOf(view, ctx.itemId);
  if (ctx.files.length === 0) throw fieldError('files', 'Vælg en eller flere filer.');
  const prepared: { name: string; bytes: Uint8Array; mediaType: string; hash: string; text: string | null }[] = [];
  for (const file of ctx.files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mediaType = await sniffType(bytes, file.name, ctx.config.UPLOAD_MAX_MB);
    const hash = sha256(bytes);
    const earlier = item.files.find((f) => f.sha256 === hash);
    if (earlier) throw fieldError('files', `Filen "${file.name}" er allerede lagt op på dette punkt (${earlier.fileName}, ${formatDate(earlier.uploadedAt)}).`);
    if (prepared.some((p) => p.hash === hash)) throw fieldError('files', `Filen "${file.name}" er valgt to gange.`);
    prepared.push({ name: file.name, bytes, mediaType, hash, text: await extractText(bytes, mediaType) });
  }
  const added: string[] = [];
  try {
    for (const p of prepared) if (await storeFile(ctx.config.DATA_DIR, p.hash, p.bytes)) added.push(p.hash);
    await ctx.db.transaction(async (tx) => {
      for (const p of prepared) {
        await tx.insert(storedFiles).values({ sha256: p.hash, size: p.bytes.byteLength, mediaType: p.mediaType }).onConflictDoNothing();
        const [row] = await tx.insert(packageFiles).values({ packageItemId: item.id, sha256: p.hash, fileName: p.name, uploadedBy: ctx.actor.userId, textContent: p.text }).returning({ id: packageFiles.id });
        await tx.insert(packageItemEvents).values({ packageItemId: item.id, kind: 'upload', note: p.name, actorUserId: ctx.actor.userId, actorLabel: ctx.actor.label });
        await recordAudit(tx, { actor: ctx.actor, entityType: 'package_file', entityId: row.id, action: 'create', summary: `${item.title}: ${p.name}` });
      }
    });
  } catch (error) {
    await Promise.all(added.map((hash) => removeStoredFile(ctx.config.DATA_DIR, hash)));
    throw error;
  }
}

export async function removeFile(ctx: Ctx & { fileId: number }): Promise<void> {
  const view = await organisationSide(ctx);
  const item = view.items.find((i) => i.files.some((f) => f.id === ctx.fileId));
  if (!item) throw notFound('Filen');
  const file = item.files.find((f) => f.id === ctx.fileId)!;
  await ctx.db.transaction(async (tx) => {
    await tx.update(packageFiles).set({ removedAt: new Date() }).where(and(eq(packageFiles.id, file.id), isNull(packageFiles.removedAt)));
    await tx.insert(packageItemEvents).values({ packageItemId: item.id, kind: 'fjernet', note: file.fileName, actorUserId: ctx.actor.userId, actorLabel: ctx.actor.label });
    await recordAudit(tx, { actor: ctx.actor, entityType: 'package_file', entityId: file.id, action: 'delete', summary: `${item.title}: ${file.fileName}` });
  });
}

async function setStatus(tx: Db, ctx: Ctx, view: PackageView & { pkg: NonNullable<PackageView['pkg']> }, version: number, status: 'indsendt' | 'returneret' | 'accepteret') {
  const now = new Date();
  const [after] = await tx.update(documentationPackages)
    .set({ status, version: view.pkg.version + 1, updatedAt: now, ...(status === 'indsendt' ? { submittedAt: now } : { decidedAt: now }) })
    .where(and(eq(documentationPackages.dialogueId, view.pkg.dialogueId), eq(documentationPackages.version, version))).returning();
  if (!after) throw new AppError('conflict', CONFLICT, { field: '_form' });
  await recordAudit(tx, { actor: ctx.actor, entityType: 'documentation_package', entityId: view.pkg.dialogueId, action: 'update', before: view.pkg, after });
}

/** Sends the package: every required item must have a file. Moves a convened dialogue on. */
export async function sendPackage(ctx: Ctx & { version: number }): Promise<void> {
  const view = await organisationSide(ctx);
  const { missingFiles } = completeness(view.items);
  if (missingFiles.length) throw new AppError('bad_request', `Der mangler filer til: ${missingFiles.join(', ')}.`, { field: '_form' });
  await ctx.db.transaction(async (tx) => {
    await setStatus(tx, ctx, view, ctx.version, 'indsendt');
    if (view.dialogue.stage === 'indkaldt') {
      await changeStage({ db: tx, tx, actor: ctx.actor, organisationId: ctx.organisationId, year: ctx.year, version: view.dialogue.version, to: 'pakke_modtaget', reason: null });
    }
  });
}

/** The supervisor's verdict on one item, with a note both sides see. */
export async function reviewItem(ctx: Ctx & { itemId: number; version: number; review: ItemReview | null; note: string | null }): Promise<void> {
  const view = await supervisorSide(ctx);
  const item = itemOf(view, ctx.itemId);
  if (view.pkg.status !== 'indsendt') throw fieldError(`note-${item.id}`, 'Punkterne kan vurderes, når boligorganisationen har sendt pakken.');
  const review = ctx.review;
  if (!review || review === 'afventer') throw fieldError(`note-${item.id}`, 'Vælg Godkendt eller Mangler.');
  if (review === 'mangler' && !ctx.note) throw fieldError(`note-${item.id}`, 'Skriv, hvad der mangler, så boligorganisationen kan rette det.');
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx.update(packageItems)
      .set({ review, reviewNote: ctx.note, reviewedAt: new Date(), reviewedBy: ctx.actor.userId, version: item.version + 1, updatedAt: new Date() })
      .where(and(eq(packageItems.id, item.id), eq(packageItems.version, ctx.version))).returning();
    if (!after) throw new AppError('conflict', `${item.title}: ${CONFLICT}`, { field: `note-${item.id}` });
    await tx.insert(packageItemEvents).values({ packageItemId: item.id, kind: 'vurdering', review, note: ctx.note, actorUserId: ctx.actor.userId, actorLabel: ctx.actor.label });
    await recordAudit(tx, { actor: ctx.actor, entityType: 'package_item', entityId: item.id, action: 'update', before: item, after });
  });
}

/** Back to the organisation, which sees the items marked "mangler" and can add files and send again. */
export async function returnPackage(ctx: Ctx & { version: number }): Promise<void> {
  const view = await supervisorSide(ctx);
  if (view.pkg.status !== 'indsendt') throw new AppError('bad_request', 'Kun en indsendt pakke kan sendes retur.', { field: '_form' });
  await ctx.db.transaction((tx) => setStatus(tx, ctx, view, ctx.version, 'returneret'));
}

export async function acceptPackage(ctx: Ctx & { version: number }): Promise<void> {
  const view = await supervisorSide(ctx);
  if (view.pkg.status !== 'indsendt') throw new AppError('bad_request', 'Kun en indsendt pakke kan godkendes.', { field: '_form' });
  const { notApproved } = completeness(view.items);
  if (notApproved.length) throw new AppError('bad_request', `Godkend først de påkrævede punkter: ${notApproved.join(', ')}.`, { field: '_form' });
  await ctx.db.transaction((tx) => setStatus(tx, ctx, view, ctx.version, 'accepteret'));
}

