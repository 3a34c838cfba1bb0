import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { DialogueFactsSql } from '../dialogue/index.ts';
import { composeSections } from './compose.ts';
import { gatherFacts, NOT_HELD } from './generate.ts';
import { lockUnpublished } from './load.ts';
import { canManageDocument } from './policy.ts';
import { agreementDocumentSections, agreementDocuments, type DocumentStatus } from './tables.ts';

/*
 * Editing the document's sections as text, and refreshing the sections the data gave. Each
 * section has its own revision: the second of two people saving the same section meets the
 * conflict with their text kept. A change after an approval takes the approvals back (the parties
 * approved another text).
 */

export const SECTION_CONFLICT =
  'Afsnittet er blevet ændret af en anden, siden du åbnede det. Din tekst er ikke gemt, men står i feltet herunder. Kopiér den, genindlæs siden, og prøv igen.';
export const EDITED_NEEDS_CONFIRM = 'Afsnittet er rettet i hånden. Bekræft, at teksten skal erstattes af den, data giver nu.';

type Doc = typeof agreementDocuments.$inferSelect;

/** After a change of text: the approvals are taken back, and an approved version is sent again. */
async function touch(tx: Db, doc: Doc): Promise<{ approvalsReset: boolean }> {
  const approved = doc.municipalityApprovedAt !== null || doc.organisationApprovedAt !== null;
  const status: DocumentStatus = doc.status === 'godkendt' ? 'sendt' : doc.status;
  await tx
    .update(agreementDocuments)
    .set({
      status,
      municipalityApprovedAt: null,
      municipalityApprovedBy: null,
      organisationApprovedAt: null,
      organisationApprovedBy: null,
      updatedAt: new Date(),
    })
    .where(eq(agreementDocuments.id, doc.id));
  return { approvalsReset: approved };
}

async function lockSection(tx: Db, documentId: number, key: string) {
  const [s] = await tx
    .select()
    .from(agreementDocumentSections)
    .where(and(eq(agreementDocumentSections.documentId, documentId), eq(agreementDocumentSections.key, key)))
    .for('update');
  if (!s) throw notFound('Afsnittet');
  return s;
}

/** Saves one section's text, at the revision the form was opened on. */
export async function saveSection({
  db,
  actor,
  id,
  key,
  revision,
  text,
}: {
  db: Db;
  actor: Actor;
  id: number;
  key: string;
  revision: number;
  text: string;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const doc = await lockUnpublished(tx, id);
    if (!canManageDocument(actor, doc)) throw forbidden();
    const s = await lockSection(tx, id, key);
    if (s.revision !== revision) throw new AppError('conflict', SECTION_CONFLICT, { field: 'text' });
    if (s.text === text) return;
    await tx
      .update(agreementDocumentSections)
      .set({ text, generated: false, revision: s.revision + 1, updatedAt: new Date() })
      .where(eq(agreementDocumentSections.id, s.id));
    const { approvalsReset } = await touch(tx, doc);
    await recordAudit(tx, {
      actor,
      entityType: 'agreement_document',
      entityId: id,
      action: 'update',
      summary: `Afsnittet „${s.heading}“ er rettet${approvalsReset ? '; godkendelserne er taget tilbage' : ''}`,
      before: { [`section_${key}`]: s.text },
      after: { [`section_${key}`]: text },
    });
  });
}

/**
 * "Opdater fra data": the data sections still as generated are written anew; with a key, that one
 * section, which, when edited by hand, needs `confirmed`. Returns how many sections changed and how
 * many edited ones were left alone.
 */
export async function refreshSections({
  db,
  actor,
  facts,
  id,
  key = null,
  confirmed = false,
}: {
  db: Db;
  actor: Actor;
  facts: DialogueFactsSql;
  id: number;
  key?: string | null;
  confirmed?: boolean;
}): Promise<{ changed: number; keptEdited: number }> {
  const [head] = await db.select().from(agreementDocuments).where(eq(agreementDocuments.id, id));
  if (!head) throw notFound('Aftaledokumentet');
  if (!canManageDocument(actor, head)) throw forbidden();
  const [held] = await db
    .select({ on: facts.meetingHeld(sql`${head.organisationId}::int`, sql`${head.governanceYear}::int`) })
    .from(sql`(select 1) as one`);
  if (!held?.on) throw new AppError('bad_request', NOT_HELD(head.governanceYear));
  const drafts = composeSections(
    await gatherFacts({ db, actor, organisationId: head.organisationId, year: head.governanceYear }, held.on),
  ).filter((d) => d.fromData && (key === null || d.key === key));
  if (key !== null && drafts.length === 0) throw new AppError('bad_request', 'Afsnittet skrives i hånden og kan ikke opdateres fra data.');
  return db.transaction(async (tx) => {
    const doc = await lockUnpublished(tx, id);
    let changed = 0;
    let keptEdited = 0;
    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    for (const d of drafts) {
      const s = await lockSection(tx, id, d.key);
      if (!s.generated && !(key !== null && confirmed)) {
        if (key !== null) throw new AppError('conflict', EDITED_NEEDS_CONFIRM);
        keptEdited++;
        continue;
      }
      if (s.text === d.text && s.generated) continue;
      await tx
        .update(agreementDocumentSections)
        .set({ text: d.text, generated: true, revision: s.revision + 1, updatedAt: new Date() })
        .where(eq(agreementDocumentSections.id, s.id));
      before[`section_${d.key}`] = s.text;
      after[`section_${d.key}`] = d.text;
      changed++;
    }
    if (changed > 0) {
      const { approvalsReset } = await touch(tx, doc);
      await recordAudit(tx, {
        actor,
        entityType: 'agreement_document',
        entityId: id,
        action: 'update',
        summary: `Opdateret fra data${approvalsReset ? '; godkendelserne er taget tilbage' : ''}`,
        before,
        after,
      });
    }
    return { changed, keptEdited };
  });
}
