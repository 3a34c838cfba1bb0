import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Config } from '../../../config.ts';
import type { Db } from '../../../db/client.ts';
import { fieldError, notFound } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { sha256, sniffType, storedFiles, storeFilesThen } from '../../../lib/file-store/index.ts';
import { loadMeetingHead } from '../load.ts';
import { editableId, type ManagedMeeting } from '../managed.ts';
import { agendaItemFiles, agendaItems } from '../tables.ts';
import { cleanFileName } from '../../../lib/file-names.ts';

/*
 * Bilag to an agenda item. The bytes go to the same content-addressed file store as the
 * documentation package (checked for size and real type the same way); a failed transaction
 * removes bytes this upload added and nothing else points at.
 */

export async function addAttachments({
  db,
  actor,
  config,
  meeting,
  itemId,
  files,
}: {
  db: Db;
  actor: Actor;
  config: Config;
  meeting: ManagedMeeting;
  itemId: number;
  files: File[];
}) {
  const meetingId = editableId(meeting);
  const [item] = await db
    .select({ id: agendaItems.id, title: agendaItems.title })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
  if (!item) throw notFound('Punktet');
  if (files.length === 0) throw fieldError('files', 'Vælg en eller flere filer.');
  const prepared: { name: string; bytes: Uint8Array; mediaType: string; hash: string }[] = [];
  for (const file of files) {
    if (file.name.length > 255)
      throw fieldError('files', `Filnavnet er for langt (${file.name.length} tegn). Omdøb filen til højst 255 tegn, og prøv igen.`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mediaType = await sniffType(bytes, file.name, config.UPLOAD_MAX_MB);
    prepared.push({ name: cleanFileName(file.name) || 'bilag', bytes, mediaType, hash: sha256(bytes) });
  }
  await storeFilesThen(db, config.DATA_DIR, prepared, async (tx) => {
    for (const p of prepared) await tx.insert(agendaItemFiles).values({ itemId, sha256: p.hash, fileName: p.name });
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'create',
      summary: `Bilag til ${item.title}: ${prepared.map((p) => p.name).join(', ')}`,
    });
  });
}

/** One bilag of a managed meeting with the item it belongs to: what the confirmation step names. */
export async function attachmentToRemove({ db, meeting, fileId }: { db: Db; meeting: ManagedMeeting; fileId: number }) {
  const meetingId = editableId(meeting);
  const [row] = await db
    .select({ id: agendaItemFiles.id, fileName: agendaItemFiles.fileName, itemId: agendaItems.id, itemTitle: agendaItems.title })
    .from(agendaItemFiles)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemFiles.itemId))
    .where(and(eq(agendaItemFiles.id, fileId), eq(agendaItems.meetingId, meetingId)));
  if (!row) throw notFound('Bilaget');
  return row;
}

export async function removeAttachment({ db, actor, meeting, fileId }: { db: Db; actor: Actor; meeting: ManagedMeeting; fileId: number }) {
  const meetingId = editableId(meeting);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(agendaItemFiles)
      .where(
        and(
          eq(agendaItemFiles.id, fileId),
          inArray(agendaItemFiles.itemId, tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId))),
        ),
      )
      .returning();
    if (!row) throw notFound('Bilaget');
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'delete',
      summary: `Bilag fjernet: ${row.fileName}`,
    });
  });
}

/** One bilag of a meeting the actor may see; the stored bytes stay (another row may share them). */
export async function getAttachment({ db, actor, meetingId, fileId }: { db: Db; actor: Actor; meetingId: number; fileId: number }) {
  await loadMeetingHead(db, actor, meetingId);
  const [row] = await db
    .select({
      fileName: agendaItemFiles.fileName,
      sha256: agendaItemFiles.sha256,
      size: storedFiles.size,
      mediaType: storedFiles.mediaType,
    })
    .from(agendaItemFiles)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemFiles.itemId))
    .innerJoin(storedFiles, eq(storedFiles.sha256, agendaItemFiles.sha256))
    .where(and(eq(agendaItemFiles.id, fileId), eq(agendaItems.meetingId, meetingId)));
  if (!row) throw notFound('Bilaget');
  return row;
}
