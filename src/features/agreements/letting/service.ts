import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { AppError, fieldError, forbidden, notFoundOrHidden } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { estateProfiles, estateSummaries, municipalityName, organisationAdministratorId, organisationName } from '../../registry/index.ts';
import { canWrite, isMunicipalitySide, isOrganisationSide, lettingVisible } from './policy.ts';
import type { LettingInput } from './schemas.ts';
import { statusSql, type LettingStatus } from './status.ts';
import { lettingAgreementEstates, lettingAgreements } from './tables.ts';

/*
 * Letting agreements: made and changed as drafts by either party, submitted by the organisation,
 * approved (or sent back) by the municipality. Every write is one transaction with its history
 * event; a form opened on an older version is a conflict, never an overwrite.
 */

const head = (today: string) => ({
  id: lettingAgreements.id,
  organisationId: lettingAgreements.organisationId,
  organisationName: sql<string>`${organisationName(lettingAgreements.organisationId)}`,
  administratorId: organisationAdministratorId(lettingAgreements.organisationId),
  municipalityCode: lettingAgreements.municipalityCode,
  municipalityName: municipalityName(lettingAgreements.municipalityCode),
  kind: lettingAgreements.kind,
  sharePercent: lettingAgreements.sharePercent,
  homesCount: lettingAgreements.homesCount,
  homesText: lettingAgreements.homesText,
  priorityGroups: lettingAgreements.priorityGroups,
  validFrom: lettingAgreements.validFrom,
  validTo: lettingAgreements.validTo,
  storedStatus: lettingAgreements.status,
  status: statusSql(today),
  submittedAt: lettingAgreements.submittedAt,
  submittedBy: lettingAgreements.submittedBy,
  approvedAt: lettingAgreements.approvedAt,
  approvedBy: lettingAgreements.approvedBy,
  evaluationDate: lettingAgreements.evaluationDate,
  note: lettingAgreements.note,
  version: lettingAgreements.version,
});

/** The estates of the agreements, "1 Solbakken", in two queries for any number of agreements. */
async function withEstates<T extends { id: number }>(db: Db, rows: T[]) {
  const links = rows.length
    ? await db
        .select({ agreementId: lettingAgreementEstates.agreementId, estateId: lettingAgreementEstates.estateId })
        .from(lettingAgreementEstates)
        .where(
          inArray(
            lettingAgreementEstates.agreementId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  const estates = new Map((await estateSummaries(db, { ids: [...new Set(links.map((l) => l.estateId))] })).map((e) => [e.id, e]));
  return rows.map((r) => {
    const own = links
      .filter((l) => l.agreementId === r.id)
      .map((l) => estates.get(l.estateId)!)
      .sort((a, b) => a.number - b.number);
    return { ...r, estateIds: own.map((e) => e.id), estates: own.map((e) => `${e.number} ${e.name}`) };
  });
}

/** One agreement as the actor sees it, with what the actor may do; 404 outside the actor's scope. */
export async function getLetting({ db, actor, id, today = danishToday() }: { db: Db; actor: Actor; id: number; today?: string }) {
  const [row] = await db
    .select(head(today))
    .from(lettingAgreements)
    .where(and(eq(lettingAgreements.id, id), lettingVisible(actor)));
  if (!row) throw notFoundOrHidden('Udlejningsaftalen');
  const [full] = await withEstates(db, [row]);
  return {
    ...full,
    canEdit: row.storedStatus === 'udkast' && canWrite(actor, row),
    canSubmit: row.storedStatus === 'udkast' && isOrganisationSide(actor, row),
    canApprove: row.storedStatus === 'indsendt' && isMunicipalitySide(actor, row.municipalityCode),
  };
}
export type Letting = Awaited<ReturnType<typeof getLetting>>;

export const SORTS = ['udloeb', 'udloeb_sidst', 'organisation'] as const;
export type LettingSort = (typeof SORTS)[number];

/** The agreements of a municipality or an organisation the actor may see, filtered by status in SQL. */
export async function listLettings({
  db,
  actor,
  municipalityCode,
  organisationId,
  status,
  sort = 'udloeb',
  today = danishToday(),
}: {
  db: Db;
  actor: Actor;
  municipalityCode?: string;
  organisationId?: number;
  status?: LettingStatus;
  sort?: LettingSort;
  today?: string;
}) {
  const order =
    sort === 'organisation'
      ? [asc(organisationName(lettingAgreements.organisationId)), asc(lettingAgreements.validTo)]
      : [sort === 'udloeb_sidst' ? desc(lettingAgreements.validTo) : asc(lettingAgreements.validTo)];
  const rows = await db
    .select(head(today))
    .from(lettingAgreements)
    .where(
      and(
        lettingVisible(actor),
        municipalityCode ? eq(lettingAgreements.municipalityCode, municipalityCode) : undefined,
        organisationId !== undefined ? eq(lettingAgreements.organisationId, organisationId) : undefined,
        status ? eq(statusSql(today), status) : undefined,
      ),
    )
    .orderBy(...order, asc(lettingAgreements.id))
    .limit(500);
  return withEstates(db, rows);
}

/** The organisation's active estates an agreement may cover. */
export async function estateChoices(db: Db, organisationId: number) {
  const p = estateProfiles(db, { organisationId });
  return db
    .select({ id: p.estateId, number: p.number, name: p.name, municipalityCode: p.municipalityCode, homes: p.homes })
    .from(p)
    .orderBy(asc(p.number));
}
export type LettingEstateChoice = Awaited<ReturnType<typeof estateChoices>>[number];

/** The estates must be the organisation's and lie in one municipality, the actor's own when it is the municipality. */
async function municipalityOfEstates(db: Db, actor: Actor, organisationId: number, estateIds: number[]): Promise<string> {
  const p = estateProfiles(db, { ids: estateIds });
  const rows = await db.select({ id: p.estateId, organisationId: p.organisationId, municipalityCode: p.municipalityCode }).from(p);
  if (rows.length !== estateIds.length || rows.some((r) => r.organisationId !== organisationId)) {
    throw fieldError('estates', 'En af de valgte afdelinger hører ikke til boligorganisationen. Vælg blandt dens afdelinger på listen.');
  }
  const codes = [...new Set(rows.map((r) => r.municipalityCode))];
  if (codes.length > 1) throw fieldError('estates', 'Afdelingerne i en udlejningsaftale skal ligge i samme kommune.');
  const s = actor.scope;
  if (s.kind === 'municipality' && codes[0] !== s.municipalityCode) {
    throw fieldError('estates', 'Vælg afdelinger, der ligger i din kommune.');
  }
  return codes[0];
}

async function setEstates(tx: Db, agreementId: number, estateIds: number[]) {
  await tx.delete(lettingAgreementEstates).where(eq(lettingAgreementEstates.agreementId, agreementId));
  await tx.insert(lettingAgreementEstates).values(estateIds.map((estateId) => ({ agreementId, estateId })));
}

/** The estates as the history names them, "1 Solbakken": ids would say nothing to a reader. */
async function estateLabels(db: Db, ids: number[]): Promise<string[]> {
  return (await estateSummaries(db, { ids })).sort((a, b) => a.number - b.number).map((e) => `${e.number} ${e.name}`);
}

const columns = (input: LettingInput) => {
  const { estateIds: _estateIds, ...rest } = input;
  return rest;
};

/** A new draft for the organisation. The caller has checked the actor may write for it (a party's editor). */
export async function createLetting({
  db,
  actor,
  organisation,
  input,
}: {
  db: Db;
  actor: Actor;
  organisation: { id: number; administratorId: number | null; municipalityCode: string };
  input: LettingInput;
}) {
  const municipalityCode = await municipalityOfEstates(db, actor, organisation.id, input.estateIds);
  if (!canWrite(actor, { organisationId: organisation.id, administratorId: organisation.administratorId, municipalityCode }))
    throw forbidden();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(lettingAgreements)
      .values({ ...columns(input), organisationId: organisation.id, municipalityCode })
      .returning();
    await setEstates(tx, row.id, input.estateIds);
    await recordAudit(tx, {
      actor,
      entityType: 'letting_agreement',
      entityId: row.id,
      action: 'create',
      after: { ...row, estates: await estateLabels(tx, input.estateIds) },
    });
    return row;
  });
}

const CONFLICT =
  'Udlejningsaftalen er blevet ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt. Genindlæs siden, og prøv igen.';

async function lockVersion(tx: Db, id: number, version: number) {
  const [before] = await tx.select().from(lettingAgreements).where(eq(lettingAgreements.id, id)).for('update');
  if (!before || before.version !== version) throw new AppError('conflict', CONFLICT, { field: '_form' });
  return before;
}

/** Changes a draft; once submitted it is the municipality's to approve or send back, not to change under its eyes. */
export async function updateLetting({
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
  input: LettingInput;
}) {
  const current = await getLetting({ db, actor, id });
  if (!canWrite(actor, current)) throw forbidden();
  if (current.storedStatus !== 'udkast')
    throw new AppError('conflict', 'Aftalen er indsendt og kan ikke ændres. Kommunen kan sende den tilbage som udkast.', {
      field: '_form',
    });
  const municipalityCode = await municipalityOfEstates(db, actor, current.organisationId, input.estateIds);
  return db.transaction(async (tx) => {
    const before = await lockVersion(tx, id, version);
    const [after] = await tx
      .update(lettingAgreements)
      .set({ ...columns(input), municipalityCode, version: before.version + 1, updatedAt: new Date() })
      .where(eq(lettingAgreements.id, id))
      .returning();
    await setEstates(tx, id, input.estateIds);
    await recordAudit(tx, {
      actor,
      entityType: 'letting_agreement',
      entityId: id,
      action: 'update',
      before: { ...before, estates: current.estates },
      after: { ...after, estates: await estateLabels(tx, input.estateIds) },
    });
    return after;
  });
}

const STEPS = {
  indsend: { from: 'udkast', to: 'indsendt', summary: 'Indsendt til kommunen' },
  godkend: { from: 'indsendt', to: 'godkendt', summary: 'Godkendt af kommunen' },
  tilbage: { from: 'indsendt', to: 'udkast', summary: 'Sendt tilbage som udkast' },
} as const;
export type LettingStep = keyof typeof STEPS;

/**
 * Moves the agreement one step: the organisation's side submits, the municipality's side approves
 * or sends back. A step from another status than expected (a second click, a stale page) is a conflict.
 */
export async function moveLetting({
  db,
  actor,
  id,
  version,
  step,
}: {
  db: Db;
  actor: Actor;
  id: number;
  version: number;
  step: LettingStep;
}) {
  const current = await getLetting({ db, actor, id });
  const allowed = step === 'indsend' ? isOrganisationSide(actor, current) : isMunicipalitySide(actor, current.municipalityCode);
  if (!allowed) throw forbidden();
  const { from, to, summary } = STEPS[step];
  return db.transaction(async (tx) => {
    const before = await lockVersion(tx, id, version);
    if (before.status !== from) throw new AppError('conflict', CONFLICT);
    const now = new Date();
    const [after] = await tx
      .update(lettingAgreements)
      .set({
        status: to,
        version: before.version + 1,
        updatedAt: now,
        ...(step === 'indsend' ? { submittedAt: now, submittedBy: actor.label } : {}),
        ...(step === 'godkend' ? { approvedAt: now, approvedBy: actor.label } : {}),
        ...(step === 'tilbage' ? { submittedAt: null, submittedBy: null } : {}),
      })
      .where(eq(lettingAgreements.id, id))
      .returning();
    await recordAudit(tx, { actor, entityType: 'letting_agreement', entityId: id, action: 'update', summary, before, after });
    return after;
  });
}
