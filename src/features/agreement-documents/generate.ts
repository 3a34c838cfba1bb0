import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, forbidden, notFoundOrHidden } from '../../lib/errors.ts';
import type { Emitter } from '../../lib/hooks.ts';
import { recordAudit } from '../audit/index.ts';
import { agreementsForDocument } from '../agreements/index.ts';
import type { DialogueEvents, DialogueFactsSql } from '../dialogue/index.ts';
import { estateFocus } from '../key-figures/index.ts';
import { heldDialogueMeeting } from '../meetings/index.ts';
import { estateProfiles, findPartyOrganisation } from '../registry/index.ts';
import { composeSections, type DocumentFacts } from './compose.ts';
import { canManageDocument } from './policy.ts';
import { followStage } from './stage.ts';
import { agreementDocumentSections, agreementDocuments } from './tables.ts';

/*
 * Generating the aftaledokument from the dialogue once its meeting is held, and the correction of a
 * published version (version n+1 copying its sections). Each moves the dialogue's stage in its own
 * transaction, with its history row.
 */

type Ctx = { db: Db; actor: Actor; organisationId: number; year: number };

/** The day the year's dialogue meeting was held (the dialogue's fact from the meetings feature), or null. */
export async function meetingHeldOn(db: Db, facts: DialogueFactsSql, organisationId: number, year: number): Promise<string | null> {
  const [row] = await db.select({ on: facts.meetingHeld(sql`${organisationId}::int`, sql`${year}::int`) }).from(sql`(select 1) as one`);
  return row?.on ?? null;
}

/** The organisation if the actor is a party and may manage its documents; 404 out of sight, 403 in sight without the right. */
export async function managedOrganisation(db: Db, actor: Actor, organisationId: number) {
  const org = await findPartyOrganisation(db, actor, organisationId);
  if (!org) throw notFoundOrHidden('Boligorganisationen');
  if (!canManageDocument(actor, org)) throw forbidden();
  return org;
}

/** Everything the document's data sections say, read as the actor may see it. */
export async function gatherFacts({ db, actor, organisationId, year }: Ctx, heldOn: string): Promise<DocumentFacts> {
  const org = await findPartyOrganisation(db, actor, organisationId);
  if (!org) throw notFoundOrHidden('Boligorganisationen');
  const p = estateProfiles(db, { actor, organisationId });
  const [meeting, agreements, estates, focus] = await Promise.all([
    heldDialogueMeeting({ db, actor, organisationId, year }),
    agreementsForDocument(db, actor, organisationId, year),
    db.select({ id: p.estateId, number: p.number, name: p.name }).from(p).orderBy(asc(p.number)),
    estateFocus({ db, actor, organisationId, year }),
  ]);
  return {
    municipalityName: org.municipalityName,
    organisationName: org.name,
    meeting: meeting
      ? { startsAt: meeting.startsAt, heldOn, place: meeting.place, participants: meeting.participants, next: meeting.next }
      : { startsAt: null, heldOn, place: null, participants: [], next: null },
    agreements,
    estates,
    focus,
  };
}

export const NOT_HELD = (year: number) =>
  `Aftaledokumentet kan først laves, når styringsdialogmødet i ${year} er holdt (når referatet er sendt til kommentering eller godkendt).`;

/**
 * Version 1 of the organisation's document of the year, generated from the dialogue. Refused
 * before the meeting is held, and when the year has a document already. Moves the dialogue to
 * "Aftaledokument i udkast".
 */
export async function generateDocument(ctx: Ctx & { hooks: Emitter<DialogueEvents>; facts: DialogueFactsSql }): Promise<number> {
  const { db, actor, organisationId, year } = ctx;
  const org = await managedOrganisation(db, actor, organisationId);
  const heldOn = await meetingHeldOn(db, ctx.facts, organisationId, year);
  if (!heldOn) throw new AppError('bad_request', NOT_HELD(year), { field: '_form' });
  const drafts = composeSections(await gatherFacts(ctx, heldOn));
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: agreementDocuments.id })
      .from(agreementDocuments)
      .where(and(eq(agreementDocuments.organisationId, organisationId), eq(agreementDocuments.governanceYear, year)))
      .limit(1);
    if (existing) throw new AppError('conflict', `Der er allerede et aftaledokument for ${year}.`, { field: '_form' });
    const [doc] = await tx
      .insert(agreementDocuments)
      .values({ organisationId, municipalityCode: org.municipalityCode, governanceYear: year, number: 1 })
      .returning();
    await tx.insert(agreementDocumentSections).values(
      drafts.map((d, i) => ({
        documentId: doc.id,
        key: d.key,
        position: i + 1,
        heading: d.heading,
        text: d.text,
        generated: d.fromData,
      })),
    );
    await recordAudit(tx, {
      actor,
      entityType: 'agreement_document',
      entityId: doc.id,
      action: 'create',
      summary: 'Aftaledokumentet er lavet ud fra styringsdialogen',
      after: { organisationId, governanceYear: year, number: 1, status: doc.status },
    });
    await followStage(tx, { hooks: ctx.hooks, actor, organisationId, year, to: 'udkast', step: 'lavet' });
    return doc.id;
  });
}

/** "Ret aftaledokumentet": version n+1 as a draft beside the published version n, copying its sections. */
export async function correctDocument({ db, actor, id }: { db: Db; actor: Actor; id: number }): Promise<number> {
  return db.transaction(async (tx) => {
    const [old] = await tx.select().from(agreementDocuments).where(eq(agreementDocuments.id, id)).for('update');
    if (!old) throw notFoundOrHidden('Aftaledokumentet');
    if (!canManageDocument(actor, old)) throw forbidden();
    if (old.status !== 'offentliggjort')
      throw new AppError('conflict', 'Kun et offentliggjort aftaledokument rettes med en ny version. Ret udkastet direkte.');
    const [{ last }] = await tx
      .select({ last: max(agreementDocuments.number) })
      .from(agreementDocuments)
      .where(and(eq(agreementDocuments.organisationId, old.organisationId), eq(agreementDocuments.governanceYear, old.governanceYear)));
    if (last !== old.number) throw new AppError('conflict', `Der er allerede en nyere version (${last}) af aftaledokumentet.`);
    const [doc] = await tx
      .insert(agreementDocuments)
      .values({
        organisationId: old.organisationId,
        municipalityCode: old.municipalityCode,
        governanceYear: old.governanceYear,
        number: old.number + 1,
      })
      .returning();
    const sections = await tx.select().from(agreementDocumentSections).where(eq(agreementDocumentSections.documentId, id));
    await tx.insert(agreementDocumentSections).values(
      sections.map((s) => ({
        documentId: doc.id,
        key: s.key,
        position: s.position,
        heading: s.heading,
        text: s.text,
        generated: s.generated,
      })),
    );
    await recordAudit(tx, {
      actor,
      entityType: 'agreement_document',
      entityId: doc.id,
      action: 'create',
      summary: `Rettelse af version ${old.number}`,
      after: { organisationId: old.organisationId, governanceYear: old.governanceYear, number: doc.number, status: doc.status },
    });
    return doc.id;
  });
}
