import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { AppError, forbidden, notFoundOrHidden } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { DialogueFactsSql } from '../dialogue/index.ts';
import { getMunicipality } from '../registry/index.ts';
import { gatherReportData } from './gather.ts';
import { canManageReports, isMunicipalityStaff, reportVisible } from './policy.ts';
import { generateSections } from './sections.ts';
import { councilReports, councilReportSections } from './tables.ts';

/*
 * The municipality's report to its council: generated from the data, its sections edited one at a
 * time (each with its own revision), approved and, to correct it, reopened. Every write is one
 * transaction with its history row; an approved report refuses every change but reopening.
 */

export const SECTION_CONFLICT =
  'Afsnittet er blevet ændret af en anden, siden du åbnede det. Din tekst er ikke gemt, men står herunder: kopiér den, genindlæs siden, og prøv igen.';
export const REPORT_CONFLICT = 'Redegørelsen er blevet ændret af en anden, siden du åbnede siden. Genindlæs siden, og prøv igen.';
export const LOCKED = 'Redegørelsen er godkendt og kan ikke ændres. Genåbn den med en begrundelse, hvis den skal rettes.';

type Deps = { db: Db; actor: Actor };

/** The municipality, if it exists and the actor is its staff (or an admin); else 404. */
export async function staffMunicipality(db: Db, actor: Actor, code: string) {
  const m = /^\d{4}$/.test(code) ? await getMunicipality(db, code) : null;
  if (!m || !isMunicipalityStaff(actor, code)) throw notFoundOrHidden('Redegørelsen');
  return { code: m.code, name: m.name };
}

/** The reports of a municipality the actor may read, newest year first. */
export async function listReports({ db, actor, municipalityCode }: Deps & { municipalityCode: string }) {
  return db
    .select({
      id: councilReports.id,
      governanceYear: councilReports.governanceYear,
      status: councilReports.status,
      approvedOn: councilReports.approvedOn,
      updatedAt: councilReports.updatedAt,
    })
    .from(councilReports)
    .where(and(eq(councilReports.municipalityCode, municipalityCode), reportVisible(actor)))
    .orderBy(desc(councilReports.governanceYear));
}

/** One report with its sections, if the actor may read it; null when there is none (or it is hidden). */
export async function findReport({ db, actor, municipalityCode, year }: Deps & { municipalityCode: string; year: number }) {
  const [report] = await db
    .select()
    .from(councilReports)
    .where(and(eq(councilReports.municipalityCode, municipalityCode), eq(councilReports.governanceYear, year), reportVisible(actor)));
  if (!report) return null;
  const sections = await db
    .select()
    .from(councilReportSections)
    .where(eq(councilReportSections.reportId, report.id))
    .orderBy(asc(councilReportSections.position));
  return { ...report, sections, canManage: canManageReports(actor, municipalityCode) };
}
export type CouncilReport = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export async function getReport(deps: Deps & { municipalityCode: string; year: number }) {
  const report = await findReport(deps);
  if (!report) throw notFoundOrHidden('Redegørelsen');
  return report;
}

type Generate = Deps & { municipalityCode: string; year: number; facts: DialogueFactsSql; today?: string };

async function generate({ db, actor, municipalityCode, year, facts, today = danishToday() }: Generate) {
  const m = await staffMunicipality(db, actor, municipalityCode);
  if (!canManageReports(actor, municipalityCode)) throw forbidden();
  const data = await gatherReportData({ db, actor, municipalityCode, municipalityName: m.name, year, today, facts });
  return generateSections(data);
}

/** Makes the year's report from the data: every section generated, the free ones with a first draft. */
export async function createReport(input: Generate): Promise<number> {
  const { db, actor, municipalityCode, year } = input;
  const sections = await generate(input);
  return db.transaction(async (tx) => {
    const [report] = await tx.insert(councilReports).values({ municipalityCode, governanceYear: year }).onConflictDoNothing().returning();
    if (!report) throw new AppError('conflict', `Der findes allerede en redegørelse for ${year}.`, { field: 'year' });
    await tx
      .insert(councilReportSections)
      .values(sections.map((s, position) => ({ ...s, reportId: report.id, position, updatedBy: actor.label })));
    await recordAudit(tx, {
      actor,
      entityType: 'council_report',
      entityId: report.id,
      action: 'create',
      after: { municipalityCode, governanceYear: year, status: report.status },
    });
    return report.id;
  });
}

/** The report locked for a change: it must exist, be a draft and, where a version is given, not have changed since. */
async function lockDraft(tx: Db, municipalityCode: string, year: number, version?: number) {
  const [report] = await tx
    .select()
    .from(councilReports)
    .where(and(eq(councilReports.municipalityCode, municipalityCode), eq(councilReports.governanceYear, year)))
    .for('update');
  if (!report) throw notFoundOrHidden('Redegørelsen');
  if (report.status === 'godkendt') throw new AppError('conflict', LOCKED, { field: '_form' });
  if (version !== undefined && report.version !== version) throw new AppError('conflict', REPORT_CONFLICT, { field: '_form' });
  return report;
}

const bump = (tx: Db, id: number, extra: Partial<typeof councilReports.$inferInsert> = {}) =>
  tx
    .update(councilReports)
    .set({ version: sql`${councilReports.version} + 1`, updatedAt: new Date(), ...extra })
    .where(eq(councilReports.id, id));

/**
 * "Opdater fra data": the generated sections nobody has edited get the data's text anew, and the
 * overview table is read again; hand-edited sections and the free ones stay as they are.
 */
export async function refreshReport(input: Generate & { version: number }): Promise<string[]> {
  const { db, actor, municipalityCode, year, version } = input;
  await getReport({ db, actor, municipalityCode, year });
  const fresh = await generate(input);
  return db.transaction(async (tx) => {
    const report = await lockDraft(tx, municipalityCode, year, version);
    const stored = await tx.select().from(councilReportSections).where(eq(councilReportSections.reportId, report.id));
    const changed: string[] = [];
    for (const s of fresh) {
      const old = stored.find((o) => o.key === s.key);
      if (!old || !old.generated) continue;
      const text = old.edited ? old.text : s.text;
      if (text === old.text && JSON.stringify(s.table) === JSON.stringify(old.table)) continue;
      changed.push(s.key);
      await tx
        .update(councilReportSections)
        .set({ text, table: s.table, revision: old.revision + 1, updatedAt: new Date(), updatedBy: actor.label })
        .where(eq(councilReportSections.id, old.id));
    }
    await bump(tx, report.id, { generatedAt: new Date() });
    await recordAudit(tx, {
      actor,
      entityType: 'council_report',
      entityId: report.id,
      action: 'update',
      summary: changed.length ? `Opdateret fra data: ${changed.length} afsnit` : 'Opdateret fra data: intet ændret',
    });
    return changed;
  });
}

/** One section's new text, if nobody changed it since the form was opened; a generated one is then kept on refresh. */
export async function saveSection({
  db,
  actor,
  municipalityCode,
  year,
  key,
  revision,
  text,
}: Deps & { municipalityCode: string; year: number; key: string; revision: number; text: string }) {
  const view = await getReport({ db, actor, municipalityCode, year });
  if (!view.sections.some((s) => s.key === key)) throw notFoundOrHidden('Afsnittet');
  if (!canManageReports(actor, municipalityCode)) throw forbidden();
  await db.transaction(async (tx) => {
    const report = await lockDraft(tx, municipalityCode, year);
    const [section] = await tx
      .select()
      .from(councilReportSections)
      .where(and(eq(councilReportSections.reportId, report.id), eq(councilReportSections.key, key)))
      .for('update');
    if (section.revision !== revision) throw new AppError('conflict', SECTION_CONFLICT, { field: 'text' });
    await tx
      .update(councilReportSections)
      .set({ text, edited: section.generated, revision: section.revision + 1, updatedAt: new Date(), updatedBy: actor.label })
      .where(eq(councilReportSections.id, section.id));
    await bump(tx, report.id);
    await recordAudit(tx, {
      actor,
      entityType: 'council_report',
      entityId: report.id,
      action: 'update',
      summary: `Afsnittet „${section.heading}“`,
      before: { text: section.text },
      after: { text },
    });
  });
}

/** Approves the draft as the actor's municipality's report: locked from then on, and the year wheel's deadline is met. */
export async function approveReport({
  db,
  actor,
  municipalityCode,
  year,
  version,
  today = danishToday(),
}: Deps & { municipalityCode: string; year: number; version: number; today?: string }) {
  await getReport({ db, actor, municipalityCode, year });
  if (!canManageReports(actor, municipalityCode)) throw forbidden();
  await db.transaction(async (tx) => {
    const report = await lockDraft(tx, municipalityCode, year, version);
    await bump(tx, report.id, { status: 'godkendt', approvedOn: today, approvedBy: actor.label });
    await recordAudit(tx, {
      actor,
      entityType: 'council_report',
      entityId: report.id,
      action: 'update',
      before: { status: 'udkast' },
      after: { status: 'godkendt', approvedOn: today },
    });
  });
}

/** Opens an approved report again so it can be corrected; the reason goes into the history. */
export async function reopenReport({
  db,
  actor,
  municipalityCode,
  year,
  version,
  reason,
}: Deps & { municipalityCode: string; year: number; version: number; reason: string }) {
  await getReport({ db, actor, municipalityCode, year });
  if (!canManageReports(actor, municipalityCode)) throw forbidden();
  await db.transaction(async (tx) => {
    const [report] = await tx
      .select()
      .from(councilReports)
      .where(and(eq(councilReports.municipalityCode, municipalityCode), eq(councilReports.governanceYear, year)))
      .for('update');
    if (report.version !== version) throw new AppError('conflict', REPORT_CONFLICT, { field: 'reason' });
    if (report.status !== 'godkendt') throw new AppError('bad_request', 'Redegørelsen er ikke godkendt.', { field: 'reason' });
    await bump(tx, report.id, { status: 'udkast', approvedOn: null, approvedBy: null });
    await recordAudit(tx, {
      actor,
      entityType: 'council_report',
      entityId: report.id,
      action: 'update',
      summary: `Genåbnet: ${reason}`,
      before: { status: 'godkendt', approvedOn: report.approvedOn },
      after: { status: 'udkast', approvedOn: null },
    });
  });
}

/**
 * The day (Danish date) the municipality's report on the year's dialogues was approved, or null:
 * a scalar subquery the dialogue's queries select (src/wiring.ts hands it over as a fact).
 */
export const reportApprovedOn = (municipalityCode: SQL, governanceYear: SQL) =>
  sql<string | null>`(select ${councilReports.approvedOn}::text from ${councilReports}
    where ${councilReports.municipalityCode} = ${municipalityCode} and ${councilReports.governanceYear} = ${governanceYear}
    and ${councilReports.status} = 'godkendt')`;
