import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, forbidden, notFound, notFoundOrHidden } from '../../lib/errors.ts';
import { outer } from '../../lib/sql.ts';
import type { Emitter } from '../../lib/hooks.ts';
import { recordAudit } from '../audit/index.ts';
import { findPartyOrganisation } from '../registry/index.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { nextDeadline, statusesOf } from './deadline-status.ts';
import { computeDeadlines } from './deadlines.ts';
import { stepsNotTaken, type DialogueFacts, type DialogueFactsSql } from './facts.ts';
import { DEFAULT_FREQUENCY, isDialogueYear } from './frequency.ts';
import { canActForOrganisation, canSupervise } from './policy.ts';
import { settingsOf } from './settings.ts';
import { refuseTransition, STAGE_LABELS, stageIndex } from './stages.ts';
import { dialogueFrequencies, dialogues, dialogueSettings, dialogueStageEvents, type Stage } from './tables.ts';

/*
 * A dialogue is identified by its organisation and governance year. Until someone changes
 * it, it exists only as "planlagt": the row is written on the first change, so a new year
 * needs no batch job to appear.
 */

export const FIRST_YEAR = 2010;
export const validYear = (year: number) => Number.isInteger(year) && year >= FIRST_YEAR && year <= 2100;

/** A stage change, told to the features that react to it inside its transaction (the package opens when convened). */
export type StageChange = {
  tx: Db;
  dialogueId: number;
  organisationId: number;
  municipalityCode: string;
  from: Stage;
  to: Stage;
  actor: Actor;
};
export type DialogueEvents = { stageChanged: StageChange };

async function visibleOrganisation(db: Db, actor: Actor, organisationId: number) {
  const row = await findPartyOrganisation(db, actor, organisationId);
  if (!row) throw notFoundOrHidden('Styringsdialogen');
  return row;
}

type DialogueQuery = { db: Db; actor: Actor; organisationId: number; year: number; today?: string };

/** The facts of a dialogue as columns of a query on `dialogues` (null where no feature provides them). */
const factColumns = (facts: DialogueFactsSql | null, organisationId: number, municipalityCode: string, year: number) => ({
  packageSent: facts ? facts.packageSent(outer(dialogues.id)) : sql<string | null>`null`,
  meetingHeld: facts ? facts.meetingHeld(sql`${organisationId}`, sql`${year}`) : sql<string | null>`null`,
  reportApproved: facts ? facts.reportApproved(sql`${municipalityCode}`, sql`${year}`) : sql<string | null>`null`,
});

async function loadDialogue({ db, actor, organisationId, year, today = danishToday() }: DialogueQuery, factsSql: DialogueFactsSql | null) {
  if (!validYear(year)) throw notFound('Styringsdialogen');
  const organisation = await visibleOrganisation(db, actor, organisationId);
  // The dialogue row, the municipality's settings, the organisation's frequency and the facts: each at most one row, in one query.
  const [joined] = await db
    .select({
      dialogue: dialogues,
      settings: dialogueSettings,
      frequency: dialogueFrequencies,
      ...factColumns(factsSql, organisationId, organisation.municipalityCode, year),
    })
    .from(sql`(select 1) as one`)
    .leftJoin(dialogues, and(eq(dialogues.organisationId, organisationId), eq(dialogues.governanceYear, year)))
    .leftJoin(dialogueSettings, eq(dialogueSettings.municipalityCode, organisation.municipalityCode))
    .leftJoin(dialogueFrequencies, eq(dialogueFrequencies.organisationId, organisationId));
  const row = joined.dialogue ?? undefined;
  const settings = settingsOf(joined.settings);
  const frequency = joined.frequency ?? DEFAULT_FREQUENCY;
  const stage: Stage = row?.stage ?? 'planlagt';
  const events = row
    ? await db
        .select()
        .from(dialogueStageEvents)
        .where(eq(dialogueStageEvents.dialogueId, row.id))
        .orderBy(asc(dialogueStageEvents.at), asc(dialogueStageEvents.id))
    : [];
  const facts: DialogueFacts = { packageSent: joined.packageSent, meetingHeld: joined.meetingHeld, reportApproved: joined.reportApproved };
  return {
    head: {
      organisation,
      year,
      id: row?.id ?? null,
      stage,
      stageLabel: STAGE_LABELS[stage],
      version: row?.version ?? 0,
      meetingDate: row?.meetingDate ?? null,
      stageChangedAt: row?.stageChangedAt ?? null,
      events,
      /** The årshjul's dates for this dialogue; whether they are met takes the facts (getDialogue). */
      deadlines: computeDeadlines({ fiscalYearEndMonth: organisation.fiscalYearEndMonth, governanceYear: year, rules: settings.rules }),
      dueThisYear: isDialogueYear(frequency, year) || row !== undefined,
      frequency,
      canSupervise: canSupervise(actor, organisation),
      canActForOrganisation: canActForOrganisation(actor, organisation),
    },
    facts,
    today,
  };
}

/**
 * One organisation's dialogue of one year and its history, as the actor may see it, without
 * whether its deadlines are met: for features that need the dialogue but not the facts (the package).
 */
export async function findDialogue(query: DialogueQuery) {
  return (await loadDialogue(query, null)).head;
}

/**
 * One organisation's dialogue of one year with its deadlines met or not by what has happened (the
 * facts the documentation and meetings features provide through src/wiring.ts), as the actor may see it.
 */
export async function getDialogue(query: DialogueQuery & { facts: DialogueFactsSql }) {
  const { head, facts, today } = await loadDialogue(query, query.facts);
  const deadlines = statusesOf(head.deadlines, { stage: head.stage, facts }, today);
  return { ...head, facts, deadlines, next: nextDeadline(deadlines), notTaken: stepsNotTaken(head.stage, facts, head.year) };
}
export type DialogueView = Awaited<ReturnType<typeof getDialogue>>;

/** The warning on a move to a stage ahead of what has happened; the form then offers to go on anyway. */
const aheadWarning = (to: Stage, notTaken: string[]) =>
  `Fasen "${STAGE_LABELS[to]}" passer ikke med det, der er sket: ${notTaken.join(' ')} Sæt kryds ved "Skift fase alligevel", hvis dialogen alligevel skal i denne fase.`;

const CONFLICT = 'Styringsdialogen er blevet ændret af en anden, siden du åbnede siden. Genindlæs siden, og prøv igen.';

/**
 * The dialogue row, created as "planlagt" if it does not exist yet, locked for the transaction,
 * after checking the version the form was opened on. A form opened on the unwritten dialogue
 * carries version 0; a freshly inserted row has version 1, and every committed change bumps it
 * past that, so version 1 can only be our own insert.
 */
export async function lockDialogue(tx: Db, organisationId: number, year: number, version: number) {
  await tx.insert(dialogues).values({ organisationId, governanceYear: year }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(dialogues)
    .where(and(eq(dialogues.organisationId, organisationId), eq(dialogues.governanceYear, year)))
    .for('update');
  if (version !== row.version && !(version === 0 && row.version === 1)) throw new AppError('conflict', CONFLICT, { field: '_form' });
  return row;
}

/** The facts of a locked dialogue row, read inside the transaction that changes its stage. */
async function factsOf(
  tx: Db,
  factsSql: DialogueFactsSql,
  dialogueId: number,
  organisationId: number,
  municipalityCode: string,
  year: number,
): Promise<DialogueFacts> {
  const [row] = await tx
    .select(factColumns(factsSql, organisationId, municipalityCode, year))
    .from(dialogues)
    .where(eq(dialogues.id, dialogueId));
  return row;
}

/**
 * Moves the dialogue to another stage. The supervisor moves it, except that sending the package
 * ("pakke_modtaget") is the organisation's step, done by the documentation feature through this,
 * and the organisation's approval of the aftaledokument may be the one that makes it "godkendt".
 * Given the facts, a move forward to a stage that claims what has not happened (a package not
 * sent, a meeting not held) is refused with a warning unless `proceed` says to go on anyway; then
 * the history records the warning. The documentation feature, moving the stage because the
 * package has just been sent, gives none.
 */
export async function changeStage({
  db,
  hooks,
  actor,
  organisationId,
  year,
  version,
  to,
  reason,
  tx: outerTx,
  facts,
  proceed = false,
}: {
  db: Db;
  /** Where the features that react to a stage change are registered (src/wiring.ts). */
  hooks: Emitter<DialogueEvents>;
  actor: Actor;
  organisationId: number;
  year: number;
  version: number;
  to: Stage;
  reason: string | null;
  tx?: Db;
  facts?: DialogueFactsSql;
  proceed?: boolean;
}): Promise<void> {
  const organisation = await visibleOrganisation(outerTx ?? db, actor, organisationId);
  // The organisation's own steps: sending the package, and (the aftaledokument's second approval) "godkendt".
  const allowed =
    canSupervise(actor, organisation) || ((to === 'pakke_modtaget' || to === 'godkendt') && canActForOrganisation(actor, organisation));
  if (!allowed) throw forbidden();
  const run = async (tx: Db) => {
    const before = await lockDialogue(tx, organisationId, year, version);
    const refusal = refuseTransition(before.stage, to, reason);
    if (refusal) throw new AppError('bad_request', refusal, { field: reason ? 'reason' : 'stage' });
    const notTaken =
      facts && stageIndex(to) > stageIndex(before.stage)
        ? stepsNotTaken(to, await factsOf(tx, facts, before.id, organisationId, organisation.municipalityCode, year), year)
        : [];
    if (notTaken.length > 0 && !proceed) throw new AppError('conflict', aheadWarning(to, notTaken), { field: 'proceed' });
    const [after] = await tx
      .update(dialogues)
      .set({ stage: to, stageChangedAt: new Date(), version: before.version + 1, updatedAt: new Date() })
      .where(eq(dialogues.id, before.id))
      .returning();
    await tx
      .insert(dialogueStageEvents)
      .values({ dialogueId: before.id, fromStage: before.stage, toStage: to, reason, actorUserId: actor.userId, actorLabel: actor.label });
    await recordAudit(tx, {
      actor,
      entityType: 'dialogue',
      entityId: before.id,
      action: 'update',
      summary: `${STAGE_LABELS[before.stage]} → ${STAGE_LABELS[to]}${reason ? `: ${reason}` : ''}${notTaken.length ? ` (skiftet trods advarsel: ${notTaken.join(' ')})` : ''}`,
      before,
      after,
    });
    await hooks.emit('stageChanged', {
      tx,
      dialogueId: before.id,
      organisationId,
      municipalityCode: organisation.municipalityCode,
      from: before.stage,
      to,
      actor,
    });
  };
  if (outerTx) await run(outerTx);
  else await db.transaction(run);
}

/** The date agreed for the dialogue meeting (the meetings feature will hold the meeting itself). */
export async function setMeetingDate({
  db,
  actor,
  organisationId,
  year,
  version,
  date,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  year: number;
  version: number;
  date: string | null;
}): Promise<void> {
  const organisation = await visibleOrganisation(db, actor, organisationId);
  if (!canSupervise(actor, organisation)) throw forbidden();
  await db.transaction(async (tx) => {
    const before = await lockDialogue(tx, organisationId, year, version);
    const [after] = await tx
      .update(dialogues)
      .set({ meetingDate: date, version: before.version + 1, updatedAt: new Date() })
      .where(eq(dialogues.id, before.id))
      .returning();
    await recordAudit(tx, { actor, entityType: 'dialogue', entityId: before.id, action: 'update', before, after });
  });
}
