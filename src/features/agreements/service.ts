import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { AppError, forbidden, notFoundOrHidden } from '../../lib/errors.ts';
import type { FieldErrors } from '../../lib/forms.ts';
import { recordAudit } from '../audit/index.ts';
import { indicatorSeries, listIndicators } from '../key-figures/index.ts';
import { decisionSource, type Theme } from '../meetings/index.ts';
import { estateProfiles, findPartyOrganisation, partyOrganisationHeads } from '../registry/index.ts';
import { canFollowUp, canManageAgreements, type AgreementOwner } from './policy.ts';
import type { AgreementInput } from './schemas.ts';
import { agreementEstates, agreementFollowUps, agreements, agreementStatusEvents, OPEN_STATUSES, type AgreementStatus } from './tables.ts';
import { evaluateTarget, type TargetVerdict } from './target.ts';

/*
 * An organisation's agreements of a dialogue year: read by its parties (the scope is the
 * organisation heads' subquery, in SQL), written by the supervising municipality, followed up by
 * both sides. Every write is one transaction with its history row.
 */

export const CONFLICT =
  'Aftalen er blevet ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt. Kopiér din tekst, genindlæs siden, og prøv igen.';

const currentYear = () => Number(danishToday().slice(0, 4));

/** The organisation if the actor is a party to it; else 404. */
export async function partyOrganisation(db: Db, actor: Actor, organisationId: number) {
  const org = await findPartyOrganisation(db, actor, organisationId);
  if (!org) throw notFoundOrHidden('Boligorganisationen');
  return org;
}

const ownerOf = (org: { id: number; municipalityCode: string; administratorId: number | null }): AgreementOwner => ({
  organisationId: org.id,
  municipalityCode: org.municipalityCode,
  administratorId: org.administratorId,
});

/** The organisation's estates as the actor sees them, for the form's checkboxes and the target's estate. */
export async function estatesOf(db: Db, actor: Actor, organisationId: number) {
  const p = estateProfiles(db, { actor, organisationId, includeInactive: true });
  return db.select({ id: p.estateId, number: p.number, name: p.name }).from(p).orderBy(asc(p.number));
}

/** The agreements of an organisation's dialogue of a year, with their estates' numbers; the scope is applied in SQL. */
export async function listAgreements(db: Db, actor: Actor, organisationId: number, year: number) {
  const heads = partyOrganisationHeads(db, actor, { ids: [organisationId] });
  const rows = await db
    .select({
      id: agreements.id,
      theme: agreements.theme,
      text: agreements.text,
      status: agreements.status,
      deadline: agreements.deadline,
      responsibleSide: agreements.responsibleSide,
      responsiblePerson: agreements.responsiblePerson,
      targetIndicator: agreements.targetIndicator,
    })
    .from(agreements)
    .innerJoin(heads, eq(heads.organisationId, agreements.organisationId))
    .where(and(eq(agreements.organisationId, organisationId), eq(agreements.governanceYear, year)))
    .orderBy(asc(agreements.id));
  return rows;
}
export type AgreementListRow = Awaited<ReturnType<typeof listAgreements>>[number];

/** The agreement with its organisation, if the actor is a party to it; else 404. */
async function loadAgreement(db: Db, actor: Actor, id: number) {
  const heads = partyOrganisationHeads(db, actor, { includeInactive: true });
  const [row] = await db
    .select({
      agreement: agreements,
      organisationName: heads.name,
      municipalityCode: heads.municipalityCode,
      administratorId: heads.administratorId,
    })
    .from(agreements)
    .innerJoin(heads, eq(heads.organisationId, agreements.organisationId))
    .where(eq(agreements.id, id));
  if (!row) throw notFoundOrHidden('Aftalen');
  const owner: AgreementOwner = {
    organisationId: row.agreement.organisationId,
    municipalityCode: row.municipalityCode,
    administratorId: row.administratorId,
  };
  return { ...row, owner };
}

/** Everything the agreement's page shows: estates, status history, follow-ups and the target's verdict. */
export async function getAgreement(db: Db, actor: Actor, id: number) {
  const row = await loadAgreement(db, actor, id);
  const a = row.agreement;
  const [estates, events, followUps, indicators] = await Promise.all([
    estatesOf(db, actor, a.organisationId),
    db
      .select()
      .from(agreementStatusEvents)
      .where(eq(agreementStatusEvents.agreementId, id))
      .orderBy(asc(agreementStatusEvents.at), asc(agreementStatusEvents.id)),
    db.select().from(agreementFollowUps).where(eq(agreementFollowUps.agreementId, id)).orderBy(asc(agreementFollowUps.year)),
    a.targetIndicator ? listIndicators(db) : Promise.resolve([]),
  ]);
  const chosen = new Set(
    (await db.select({ id: agreementEstates.estateId }).from(agreementEstates).where(eq(agreementEstates.agreementId, id))).map(
      (e) => e.id,
    ),
  );
  let target: { indicator: { code: string; name: string; unit: string; decimals: number }; verdict: TargetVerdict } | null = null;
  const indicator = indicators.find((i) => i.code === a.targetIndicator);
  if (indicator && a.targetComparator && a.targetValue !== null && a.targetYear !== null) {
    const figures = await indicatorSeries(db, {
      indicatorCode: indicator.code,
      estateId: a.targetEstateId,
      organisationId: a.organisationId,
    });
    target = {
      indicator,
      verdict: evaluateTarget({ comparator: a.targetComparator, value: a.targetValue, year: a.targetYear }, figures, currentYear()),
    };
  }
  return {
    ...a,
    organisationName: row.organisationName,
    municipalityCode: row.municipalityCode,
    estates: estates.filter((e) => chosen.has(e.id)),
    allEstates: estates,
    targetEstate: estates.find((e) => e.id === a.targetEstateId) ?? null,
    events,
    followUps,
    target,
    canManage: canManageAgreements(actor, row.owner),
    canFollowUp: canFollowUp(actor, row.owner),
  };
}
export type AgreementView = Awaited<ReturnType<typeof getAgreement>>;

/**
 * The rules the form's fields cannot check alone, each at its field: the estates are the
 * organisation's, the deadline is not before the dialogue's year, and a target names an indicator
 * that exists at its level (the estate's, or the organisation's when no estate is named).
 */
export async function agreementErrors(
  db: Db,
  actor: Actor,
  organisationId: number,
  year: number,
  input: AgreementInput,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const estates = new Set((await estatesOf(db, actor, organisationId)).map((e) => e.id));
  if (input.estateIds.some((e) => !estates.has(e))) errors.estates = 'Vælg blandt boligorganisationens afdelinger.';
  if (input.deadline && input.deadline < `${year}-01-01`) errors.deadline = `Fristen kan ikke ligge før styringsdialogens år (${year}).`;
  const anyTarget =
    input.targetComparator !== null || input.targetValue !== null || input.targetYear !== null || input.targetEstateId !== null;
  if (!input.targetIndicator) {
    if (anyTarget) errors.targetIndicator = 'Vælg et nøgletal til målet, eller lad alle felterne for målet være tomme.';
    return errors;
  }
  if (input.targetEstateId !== null && !estates.has(input.targetEstateId))
    errors.targetEstateId = 'Vælg en af boligorganisationens afdelinger.';
  const level = input.targetEstateId === null ? 'organisation' : 'estate';
  const indicators = await listIndicators(db, { level, activeOnly: true });
  if (!indicators.some((i) => i.code === input.targetIndicator))
    errors.targetIndicator =
      level === 'estate'
        ? 'Nøgletallet findes ikke for afdelinger. Vælg et nøgletal for afdelinger, eller fjern afdelingen fra målet.'
        : 'Nøgletallet findes ikke for hele boligorganisationen. Vælg en afdeling til målet, eller et nøgletal for boligorganisationen.';
  if (input.targetComparator === null) errors.targetComparator = 'Vælg, om tallet skal være mindst eller højst målet.';
  if (input.targetValue === null) errors.targetValue = 'Udfyld målet.';
  if (input.targetYear === null) errors.targetYear = 'Udfyld året, målet skal være nået.';
  else if (input.targetYear < year) errors.targetYear = `Målåret kan ikke ligge før styringsdialogens år (${year}).`;
  return errors;
}

async function refuseInvalid(db: Db, actor: Actor, organisationId: number, year: number, input: AgreementInput) {
  const errors = await agreementErrors(db, actor, organisationId, year, input);
  const [field] = Object.keys(errors);
  if (field) throw new AppError('bad_request', errors[field], { field });
}

const columns = (input: AgreementInput) => ({
  theme: input.theme,
  text: input.text,
  responsibleSide: input.responsibleSide,
  responsiblePerson: input.responsiblePerson,
  deadline: input.deadline,
  targetIndicator: input.targetIndicator,
  targetComparator: input.targetIndicator ? input.targetComparator : null,
  targetValue: input.targetIndicator ? input.targetValue : null,
  targetYear: input.targetIndicator ? input.targetYear : null,
  targetEstateId: input.targetIndicator ? input.targetEstateId : null,
});
const audited = (a: typeof agreements.$inferSelect, estateIds: number[]) => {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, organisationId: _o, ...rest } = a;
  return { ...rest, estateIds: estateIds.toSorted((x, y) => x - y) };
};

/** The supervising municipality writes an agreement into the organisation's dialogue of the year. */
export async function createAgreement({
  db,
  actor,
  organisationId,
  year,
  input,
  decisionId = null,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  year: number;
  input: AgreementInput;
  decisionId?: number | null;
}): Promise<number> {
  const org = await partyOrganisation(db, actor, organisationId);
  if (!canManageAgreements(actor, ownerOf(org))) throw forbidden();
  await refuseInvalid(db, actor, organisationId, year, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(agreements)
      .values({ organisationId, governanceYear: year, decisionId, ...columns(input) })
      .returning();
    if (input.estateIds.length)
      await tx.insert(agreementEstates).values(input.estateIds.map((estateId) => ({ agreementId: row.id, estateId })));
    await tx
      .insert(agreementStatusEvents)
      .values({ agreementId: row.id, toStatus: row.status, actorUserId: actor.userId, actorLabel: actor.label });
    await recordAudit(tx, {
      actor,
      entityType: 'agreement',
      entityId: row.id,
      action: 'create',
      summary: decisionId === null ? undefined : 'Aftalen er lavet ud fra en beslutning på et møde',
      after: audited(row, input.estateIds),
    });
    return row.id;
  });
}

/** The agreement locked at the version the form was opened on, for a writer allowed by `may`. */
async function lockForChange(tx: Db, actor: Actor, id: number, version: number) {
  const [before] = await tx.select().from(agreements).where(eq(agreements.id, id)).for('update');
  if (!before || before.version !== version) throw new AppError('conflict', CONFLICT, { field: '_form' });
  const estates = await tx.select({ id: agreementEstates.estateId }).from(agreementEstates).where(eq(agreementEstates.agreementId, id));
  return { before, estateIds: estates.map((e) => e.id) };
}

export async function updateAgreement({
  db,
  actor,
  id,
  version,
  input,
}: {
  db: Db;
  actor: Actor;
  id: number;
  version: number;
  input: AgreementInput;
}) {
  const row = await loadAgreement(db, actor, id);
  if (!canManageAgreements(actor, row.owner)) throw forbidden();
  await refuseInvalid(db, actor, row.agreement.organisationId, row.agreement.governanceYear, input);
  await db.transaction(async (tx) => {
    const { before, estateIds } = await lockForChange(tx, actor, id, version);
    const [after] = await tx
      .update(agreements)
      .set({ ...columns(input), version: before.version + 1, updatedAt: new Date() })
      .where(eq(agreements.id, id))
      .returning();
    await tx.delete(agreementEstates).where(eq(agreementEstates.agreementId, id));
    if (input.estateIds.length)
      await tx.insert(agreementEstates).values(input.estateIds.map((estateId) => ({ agreementId: id, estateId })));
    await recordAudit(tx, {
      actor,
      entityType: 'agreement',
      entityId: id,
      action: 'update',
      before: audited(before, estateIds),
      after: audited(after, input.estateIds),
    });
  });
}

export async function setAgreementStatus({
  db,
  actor,
  id,
  version,
  status,
  note,
}: {
  db: Db;
  actor: Actor;
  id: number;
  version: number;
  status: AgreementStatus;
  note: string | null;
}) {
  const row = await loadAgreement(db, actor, id);
  if (!canManageAgreements(actor, row.owner)) throw forbidden();
  await db.transaction(async (tx) => {
    const { before } = await lockForChange(tx, actor, id, version);
    if (before.status === status) throw new AppError('bad_request', 'Aftalen har allerede den status. Vælg en anden.', { field: 'status' });
    await tx
      .update(agreements)
      .set({ status, version: before.version + 1, updatedAt: new Date() })
      .where(eq(agreements.id, id));
    await tx
      .insert(agreementStatusEvents)
      .values({ agreementId: id, fromStatus: before.status, toStatus: status, note, actorUserId: actor.userId, actorLabel: actor.label });
    await recordAudit(tx, {
      actor,
      entityType: 'agreement',
      entityId: id,
      action: 'update',
      summary: note ?? undefined,
      before: { status: before.status },
      after: { status },
    });
  });
}

/** The note of a later year, written anew if that year has one. */
export async function saveFollowUp({ db, actor, id, year, note }: { db: Db; actor: Actor; id: number; year: number; note: string }) {
  const row = await loadAgreement(db, actor, id);
  if (!canFollowUp(actor, row.owner)) throw forbidden();
  const own = row.agreement.governanceYear;
  if (year <= own) throw new AppError('bad_request', `Opfølgningen skal gælde et år efter aftalens år (${own}).`, { field: 'year' });
  if (year > currentYear() + 1) throw new AppError('bad_request', `Opfølgningen kan højst gælde ${currentYear() + 1}.`, { field: 'year' });
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ note: agreementFollowUps.note })
      .from(agreementFollowUps)
      .where(and(eq(agreementFollowUps.agreementId, id), eq(agreementFollowUps.year, year)));
    await tx
      .insert(agreementFollowUps)
      .values({ agreementId: id, year, note, actorLabel: actor.label })
      .onConflictDoUpdate({
        target: [agreementFollowUps.agreementId, agreementFollowUps.year],
        set: { note, actorLabel: actor.label, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      actor,
      entityType: 'agreement',
      entityId: id,
      action: 'update',
      summary: `Opfølgning for ${year}`,
      before: before ? { followUp: before.note } : null,
      after: { followUp: note },
    });
  });
}

/**
 * One click on a meeting's decision: the agreement of that organisation's dialogue, with the
 * decision's text and its item's theme. A decision already made into one leads to it.
 */
export async function createFromDecision({ db, actor, decisionId }: { db: Db; actor: Actor; decisionId: number }): Promise<number> {
  const src = await decisionSource(db, actor, decisionId);
  const [existing] = await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.decisionId, decisionId));
  if (existing) return existing.id;
  const theme: Theme = src.theme ?? 'andet';
  return createAgreement({
    db,
    actor,
    organisationId: src.organisationId,
    year: src.year,
    decisionId,
    input: {
      theme,
      text: src.text,
      responsibleSide: 'begge',
      responsiblePerson: null,
      deadline: null,
      targetIndicator: null,
      targetComparator: null,
      targetValue: null,
      targetYear: null,
      targetEstateId: null,
      estateIds: [],
    },
  });
}

/** The meeting that made the agreement, for the link back; null when written directly. */
export async function decisionOrigin(db: Db, actor: Actor, decisionId: number | null) {
  if (decisionId === null) return null;
  try {
    const src = await decisionSource(db, actor, decisionId);
    return { href: `/moeder/${src.meetingId}/punkter/${src.itemId}`, meetingId: src.meetingId };
  } catch (error) {
    // The meeting may be out of the reader's sight (or gone): the agreement is still theirs to read.
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

/**
 * An organisation's agreements not yet settled (ikke startet, i gang), of any year, as a scalar
 * subquery on its id: the supervisor's overview reads it in its one query of the organisations,
 * which has already limited them to those the actor may see.
 */
export const openAgreementsSql = (organisationId: SQL): SQL<number> =>
  sql<number>`(select count(*)::int from ${agreements} where ${agreements.organisationId} = ${organisationId}
    and ${inArray(agreements.status, [...OPEN_STATUSES])})`;
