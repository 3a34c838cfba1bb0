import { and, eq, sql } from 'drizzle-orm';
import { organisationEditors } from '../../auth/party-editors.ts';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, forbidden } from '../../lib/errors.ts';
import type { Emitter } from '../../lib/hooks.ts';
import { recordAudit } from '../audit/index.ts';
import type { DialogueEvents, DialogueFactsSql } from '../dialogue/index.ts';
import { addChecklistItem, extraChecklistTitles } from '../documentation/index.ts';
import { enqueueMail } from '../outbox/index.ts';
import { municipalityName, organisationAdministratorId, organisationName } from '../registry/index.ts';
import { documentationItems } from './compose.ts';
import { lockUnpublished } from './load.ts';
import { canApproveForOrganisation, canManageDocument, isMunicipalitySide, type DocumentOwner } from './policy.ts';
import { followStage, restoreStage } from './stage.ts';
import { agreementDocumentSections, agreementDocuments } from './tables.ts';

/*
 * The document's way from draft to published: sent to the organisation (its editors are mailed
 * through the outbox), approved by each party, published by the municipality. Each step is one
 * transaction with its history row, and moves the dialogue's stage in it.
 */

type Step = { db: Db; actor: Actor; id: number; hooks: Emitter<DialogueEvents> };

async function lockWithOwner(tx: Db, id: number) {
  const doc = await lockUnpublished(tx, id);
  const [names] = await tx
    .select({
      administratorId: organisationAdministratorId(sql`${doc.organisationId}::int`),
      organisationName: organisationName(sql`${doc.organisationId}::int`),
      municipalityName: municipalityName(sql`${doc.municipalityCode}`),
    })
    .from(sql`(select 1) as one`);
  const owner: DocumentOwner = {
    municipalityCode: doc.municipalityCode,
    organisationId: doc.organisationId,
    administratorId: names.administratorId,
  };
  return { doc, owner, names };
}

const audit = (tx: Db, actor: Actor, id: number, summary: string, before: Record<string, unknown>, after: Record<string, unknown>) =>
  recordAudit(tx, { actor, entityType: 'agreement_document', entityId: id, action: 'update', summary, before, after });

/** "Send til boligorganisationen": the organisation's side may now read and approve it. */
export async function sendDocument({ db, actor, id, publicUrl }: Omit<Step, 'hooks'> & { publicUrl: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const { doc, owner, names } = await lockWithOwner(tx, id);
    if (!canManageDocument(actor, owner)) throw forbidden();
    if (doc.status !== 'udkast') throw new AppError('conflict', 'Aftaledokumentet er allerede sendt til boligorganisationen.');
    await tx
      .update(agreementDocuments)
      .set({ status: 'sendt', sentAt: new Date(), updatedAt: new Date() })
      .where(eq(agreementDocuments.id, id));
    await audit(tx, actor, id, 'Sendt til boligorganisationen', { status: doc.status }, { status: 'sendt' });
    const base = publicUrl.replace(/\/+$/, '');
    const subject = `Aftaledokument ${doc.governanceYear} til godkendelse – ${names.organisationName}`;
    const text = [
      `${names.municipalityName} har sendt aftaledokumentet for styringsdialogen ${doc.governanceYear} (version ${doc.number}) til ${names.organisationName}.`,
      'Læs det, og godkend det for boligorganisationen, eller giv kommunen besked, hvis der er noget, der skal rettes.',
      '',
      `Se aftaledokumentet: ${base}/aftaledokumenter/${id}`,
      '',
      'Du får denne e-mail, fordi du er redaktør for boligorganisationen eller dens administrationsorganisation i Styringsdialog.',
    ].join('\n');
    for (const to of await organisationEditors(tx, owner))
      await enqueueMail(tx, { to, subject, text, dedupeKey: `agreement-document-sent:${id}:${to.toLowerCase()}` });
  });
}

/**
 * One party's approval: the municipality's editors for the municipality, the organisation's side for
 * the organisation (an admin approves for the municipality). When both have approved, the version
 * is "godkendt" and so is the dialogue.
 */
export async function approveDocument({ db, actor, id, hooks }: Step): Promise<'municipality' | 'organisation'> {
  return db.transaction(async (tx) => {
    const { doc, owner } = await lockWithOwner(tx, id);
    const side = canManageDocument(actor, owner) ? 'municipality' : canApproveForOrganisation(actor, owner) ? 'organisation' : null;
    if (!side) throw forbidden();
    if (doc.status === 'udkast')
      throw new AppError('conflict', 'Aftaledokumentet skal sendes til boligorganisationen, før det kan godkendes.');
    const already = side === 'municipality' ? doc.municipalityApprovedAt : doc.organisationApprovedAt;
    if (already)
      throw new AppError(
        'conflict',
        `${side === 'municipality' ? 'Kommunen' : 'Boligorganisationen'} har allerede godkendt denne version.`,
      );
    const now = new Date();
    const both = side === 'municipality' ? doc.organisationApprovedAt !== null : doc.municipalityApprovedAt !== null;
    const change =
      side === 'municipality'
        ? { municipalityApprovedAt: now, municipalityApprovedBy: actor.label }
        : { organisationApprovedAt: now, organisationApprovedBy: actor.label };
    await tx
      .update(agreementDocuments)
      .set({ ...change, ...(both ? { status: 'godkendt' as const } : {}), updatedAt: now })
      .where(eq(agreementDocuments.id, id));
    await audit(
      tx,
      actor,
      id,
      `Godkendt for ${side === 'municipality' ? 'kommunen' : 'boligorganisationen'}${both ? '; begge parter har godkendt' : ''}`,
      { status: doc.status },
      {
        status: both ? 'godkendt' : doc.status,
        [side === 'municipality' ? 'municipalityApprovedBy' : 'organisationApprovedBy']: actor.label,
      },
    );
    if (both)
      await followStage(tx, {
        hooks,
        actor,
        organisationId: doc.organisationId,
        year: doc.governanceYear,
        to: 'godkendt',
        step: 'godkendt af begge parter',
      });
    return side;
  });
}

/**
 * Publishing (the municipality): only a version both parties approved, of a dialogue whose meeting
 * is held. The extra documentation asked for becomes the organisation's checklist items for next
 * year's package. Moves the dialogue to "Offentliggjort".
 */
export async function publishDocument({ db, actor, id, hooks, facts }: Step & { facts: DialogueFactsSql }): Promise<void> {
  await db.transaction(async (tx) => {
    const { doc, owner } = await lockWithOwner(tx, id);
    if (!canManageDocument(actor, owner)) throw forbidden();
    const [held] = await tx
      .select({ on: facts.meetingHeld(sql`${doc.organisationId}::int`, sql`${doc.governanceYear}::int`) })
      .from(sql`(select 1) as one`);
    const missing = [
      held?.on ? null : `styringsdialogmødet i ${doc.governanceYear} er ikke holdt`,
      doc.municipalityApprovedAt ? null : 'kommunen har ikke godkendt det',
      doc.organisationApprovedAt ? null : 'boligorganisationen har ikke godkendt det',
    ].filter((x) => x !== null);
    if (missing.length) throw new AppError('conflict', `Aftaledokumentet kan ikke offentliggøres: ${missing.join(', ')}.`);
    const now = new Date();
    await tx
      .update(agreementDocuments)
      .set({ status: 'offentliggjort', publishedAt: now, publishedBy: actor.label, updatedAt: now })
      .where(eq(agreementDocuments.id, id));
    await audit(tx, actor, id, `Version ${doc.number} er offentliggjort`, { status: doc.status }, { status: 'offentliggjort' });
    const [section] = await tx
      .select({ text: agreementDocumentSections.text })
      .from(agreementDocumentSections)
      .where(sql`${agreementDocumentSections.documentId} = ${id} and ${agreementDocumentSections.key} = 'dokumentation'`);
    const have = new Set((await extraChecklistTitles(tx, doc.organisationId)).map((t) => t.title.toLowerCase()));
    for (const title of documentationItems(section?.text ?? '')) {
      if (have.has(title.toLowerCase())) continue;
      have.add(title.toLowerCase());
      await addChecklistItem({
        db: tx,
        actor,
        municipalityCode: doc.municipalityCode,
        organisationId: doc.organisationId,
        input: { title, description: `Aftalt i aftaledokumentet for ${doc.governanceYear}.`, required: true },
      });
    }
    await followStage(tx, {
      hooks,
      actor,
      organisationId: doc.organisationId,
      year: doc.governanceYear,
      to: 'offentliggjort',
      step: 'offentliggjort',
    });
  });
}

/**
 * Deletes a version not yet published (the municipality), e.g. a correction started by mistake.
 * Deleting the year's only version takes the dialogue back out of "udkast" (restoreStage).
 */
export async function deleteDocument({ db, actor, id, hooks }: Step): Promise<{ organisationId: number; year: number }> {
  return db.transaction(async (tx) => {
    const { doc, owner } = await lockWithOwner(tx, id);
    if (!canManageDocument(actor, owner) || !isMunicipalitySide(actor, owner)) throw forbidden();
    await tx.delete(agreementDocuments).where(eq(agreementDocuments.id, id));
    await recordAudit(tx, {
      actor,
      entityType: 'agreement_document',
      entityId: id,
      action: 'delete',
      summary: `Version ${doc.number} er slettet`,
      before: { number: doc.number, status: doc.status },
    });
    const [other] = await tx
      .select({ id: agreementDocuments.id })
      .from(agreementDocuments)
      .where(and(eq(agreementDocuments.organisationId, doc.organisationId), eq(agreementDocuments.governanceYear, doc.governanceYear)))
      .limit(1);
    if (!other)
      await restoreStage(tx, {
        hooks,
        actor,
        organisationId: doc.organisationId,
        year: doc.governanceYear,
        createdAt: doc.createdAt,
        number: doc.number,
      });
    return { organisationId: doc.organisationId, year: doc.governanceYear };
  });
}
