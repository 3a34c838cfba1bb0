import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { users } from '../../auth/tables.ts';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { findDialogue, stageIndex, type StageChange } from '../dialogue/index.ts';
import { checklistFor } from './checklist.ts';
import { documentationPackages, packageFileMeta, packageFiles, packageItemEvents, packageItems } from './tables.ts';
import { storedFiles } from '../../lib/file-store/index.ts';

/**
 * Opens a dialogue's package with the checklist as it is now: later changes to the checklist do
 * not rewrite a package already sent. Idempotent.
 */
export async function openPackage(tx: Db, input: { dialogueId: number; organisationId: number; municipalityCode: string }): Promise<void> {
  const [created] = await tx.insert(documentationPackages).values({ dialogueId: input.dialogueId }).onConflictDoNothing().returning();
  if (!created) return;
  const items = await checklistFor(tx, input.municipalityCode, input.organisationId);
  if (items.length) {
    await tx.insert(packageItems).values(
      items.map((item) => ({
        dialogueId: input.dialogueId,
        checklistItemId: item.id,
        title: item.title,
        description: item.description,
        required: item.required,
        position: item.position,
      })),
    );
  }
}

/** The package opens when the dialogue is convened: a reaction to the dialogue's stage change (wired in src/wiring.ts). */
export async function openPackageWhenConvened(change: StageChange): Promise<void> {
  if (stageIndex(change.to) >= stageIndex('indkaldt') && stageIndex(change.from) < stageIndex('indkaldt'))
    await openPackage(change.tx, change);
}

/** The package of one dialogue as the actor may see it (404 outside the dialogue's scope). */
export async function loadPackage({ db, actor, organisationId, year }: { db: Db; actor: Actor; organisationId: number; year: number }) {
  const dialogue = await findDialogue({ db, actor, organisationId, year });
  if (dialogue.id === null || stageIndex(dialogue.stage) < stageIndex('indkaldt')) return { dialogue, pkg: null, items: [] };
  let [pkg] = await db.select().from(documentationPackages).where(eq(documentationPackages.dialogueId, dialogue.id));
  if (!pkg) {
    // Dialogues convened before packages existed get theirs on first view.
    await db.transaction((tx) =>
      openPackage(tx, { dialogueId: dialogue.id!, organisationId, municipalityCode: dialogue.organisation.municipalityCode }),
    );
    [pkg] = await db.select().from(documentationPackages).where(eq(documentationPackages.dialogueId, dialogue.id));
  }
  const items = await db
    .select()
    .from(packageItems)
    .where(eq(packageItems.dialogueId, dialogue.id))
    .orderBy(asc(packageItems.position), asc(packageItems.id));
  const ids = items.map((i) => i.id);
  const [files, events] = ids.length
    ? await Promise.all([
        db
          .select({ ...packageFileMeta, size: storedFiles.size, mediaType: storedFiles.mediaType, uploadedByName: users.name })
          .from(packageFiles)
          .innerJoin(storedFiles, eq(storedFiles.sha256, packageFiles.sha256))
          .leftJoin(users, eq(users.id, packageFiles.uploadedBy))
          .where(and(inArray(packageFiles.packageItemId, ids), isNull(packageFiles.removedAt)))
          .orderBy(asc(packageFiles.uploadedAt), asc(packageFiles.id)),
        db
          .select()
          .from(packageItemEvents)
          .where(inArray(packageItemEvents.packageItemId, ids))
          .orderBy(desc(packageItemEvents.at), desc(packageItemEvents.id)),
      ])
    : [[], []];
  return {
    dialogue,
    pkg,
    items: items.map((item) => ({
      ...item,
      files: files.filter((f) => f.packageItemId === item.id),
      events: events.filter((e) => e.packageItemId === item.id),
    })),
  };
}
export type PackageView = Awaited<ReturnType<typeof loadPackage>>;
export type PackageItemView = PackageView['items'][number];

/** A file removed from one of the package's items (what "Fortryd" can put back); null for any other id. */
export async function findRemovedFile(db: Db, view: PackageView, fileId: number) {
  const ids = view.items.map((i) => i.id);
  if (!ids.length) return null;
  const [row] = await db
    .select({ id: packageFiles.id, packageItemId: packageFiles.packageItemId, fileName: packageFiles.fileName })
    .from(packageFiles)
    .where(and(eq(packageFiles.id, fileId), inArray(packageFiles.packageItemId, ids), isNotNull(packageFiles.removedAt)));
  return row ?? null;
}

/** Which required items have no file yet, and which are not approved. */
export function completeness(items: PackageItemView[]) {
  const required = items.filter((i) => i.required);
  return {
    required: required.length,
    withFiles: required.filter((i) => i.files.length > 0).length,
    approved: required.filter((i) => i.review === 'godkendt').length,
    missingFiles: required.filter((i) => i.files.length === 0).map((i) => i.title),
    notApproved: required.filter((i) => i.review !== 'godkendt').map((i) => i.title),
  };
}
