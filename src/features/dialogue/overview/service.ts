import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { outer } from '../../../lib/sql.ts';
import { documentationPackages, packageFiles, packageItems, type PackageStatus } from '../../documentation/tables.ts';
import { administrators, municipalities, organisations } from '../../registry/tables.ts';
import { nextDeadline, statusesOf, type DeadlineStatus } from '../deadline-status.ts';
import { computeDeadlines, type Deadline, type DeadlineKind, type DeadlineRules } from '../deadlines.ts';
import { isDialogueYear } from '../frequency.ts';
import { dialogueVisible } from '../policy.ts';
import { dialogueFrequencies, dialogues, dialogueSettings, STAGES, type Stage } from '../tables.ts';

/** One organisation's dialogue of the year as overviews, reminders and the calendar need it. */
export interface OverviewRow {
  organisationId: number;
  name: string;
  lbfNumber: number;
  municipalityCode: string;
  municipalityName: string;
  administratorId: number | null;
  administratorName: string | null;
  fiscalYearEndMonth: number;
  dialogueId: number | null;
  stage: Stage;
  dueThisYear: boolean;
  meetingDate: string | null;
  deadlines: DeadlineStatus[];
  next: DeadlineStatus | null;
  overdue: DeadlineStatus[];
}

/**
 * The package in numbers. An item is complete when the supervisor has approved it, or when it has
 * at least one file and the supervisor has not marked it as lacking ("mangler"). Only required
 * items count; a dialogue not yet convened has no package: 0 of 0.
 */
export interface PackageSummary {
  status: PackageStatus | null;
  requiredTotal: number;
  requiredComplete: number;
  requiredApproved: number;
}

/** The deadlines the organisation itself must meet (the rest are the municipality's steps, or the meeting both hold). */
export const ORGANISATION_DEADLINES: readonly DeadlineKind[] = ['regnskab', 'dokumentationspakke'];

/** What the organisation owes next: its first unmet deadline, overdue or not. */
export const organisationNext = (r: OverviewRow): DeadlineStatus | null =>
  nextDeadline(r.deadlines.filter((d) => ORGANISATION_DEADLINES.includes(d.kind)));

/** The columns read per row only for the rows shown (or exported): the package and the last meeting. */
export interface OverviewDetails {
  lastMeeting: string | null;
  pkg: PackageSummary;
}
export type DetailedRow = OverviewRow & OverviewDetails;

/**
 * This year's dialogue of every organisation the actor may see (optionally of one municipality):
 * one query for the organisations with their dialogue row and frequency, one for the
 * municipalities' årshjul settings. Deadlines are computed once per municipality and fiscal year
 * end and given a status per organisation in memory; the set is bounded by a municipality's (or an
 * administrator's) organisations, so filtering and sorting by deadline happen here.
 */
export async function dialogueOverview({
  db,
  actor,
  year,
  today,
  municipalityCode,
}: {
  db: Db;
  actor: Actor;
  year: number;
  today: string;
  municipalityCode?: string;
}): Promise<OverviewRow[]> {
  const rows = await db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      lbfNumber: organisations.lbfNumber,
      municipalityCode: organisations.municipalityCode,
      municipalityName: municipalities.name,
      administratorId: organisations.administratorId,
      administratorName: administrators.name,
      fiscalYearEndMonth: organisations.fiscalYearEndMonth,
      dialogueId: dialogues.id,
      stage: dialogues.stage,
      meetingDate: dialogues.meetingDate,
      frequency: dialogueFrequencies.frequency,
      fromYear: dialogueFrequencies.fromYear,
    })
    .from(organisations)
    .innerJoin(municipalities, eq(municipalities.code, organisations.municipalityCode))
    .leftJoin(administrators, eq(administrators.id, organisations.administratorId))
    .leftJoin(dialogues, and(eq(dialogues.organisationId, organisations.id), eq(dialogues.governanceYear, year)))
    .leftJoin(dialogueFrequencies, eq(dialogueFrequencies.organisationId, organisations.id))
    .where(
      and(
        eq(organisations.active, true),
        dialogueVisible(actor),
        municipalityCode ? eq(organisations.municipalityCode, municipalityCode) : undefined,
      ),
    );

  const codes = [...new Set(rows.map((r) => r.municipalityCode))];
  const settings = codes.length
    ? await db
        .select({ code: dialogueSettings.municipalityCode, rules: dialogueSettings.rules })
        .from(dialogueSettings)
        .where(inArray(dialogueSettings.municipalityCode, codes))
    : [];
  const rulesOf = new Map<string, DeadlineRules>(settings.map((s) => [s.code, s.rules]));

  const computed = new Map<string, Deadline[]>();
  const deadlinesOf = (code: string, month: number) => {
    const key = `${code}:${month}`;
    if (!computed.has(key))
      computed.set(key, computeDeadlines({ fiscalYearEndMonth: month, governanceYear: year, rules: rulesOf.get(code) }));
    return computed.get(key)!;
  };
  return rows.map(({ frequency, fromYear, ...r }) => {
    const stage: Stage = r.stage ?? 'planlagt';
    // A dialogue already written this year counts even in an off year: someone started it.
    const dueThisYear = r.dialogueId !== null || isDialogueYear({ frequency: frequency ?? 'aarlig', fromYear: fromYear ?? null }, year);
    const deadlines = dueThisYear ? statusesOf(deadlinesOf(r.municipalityCode, r.fiscalYearEndMonth), stage, today) : [];
    return { ...r, stage, dueThisYear, deadlines, next: nextDeadline(deadlines), overdue: deadlines.filter((d) => d.overdue) };
  });
}

/**
 * The package counts and the last meeting (the latest meeting date up to today, of any year) of
 * the given rows, in one query: the overview reads them only for the rows it shows or exports.
 * The rows come from dialogueOverview, so they are in the actor's scope; the scope is applied again.
 */
export async function withDetails({
  db,
  actor,
  year,
  today,
  rows,
}: {
  db: Db;
  actor: Actor;
  year: number;
  today: string;
  rows: OverviewRow[];
}): Promise<DetailedRow[]> {
  if (rows.length === 0) return [];
  const hasFile = db
    .select({ one: sql`1` })
    .from(packageFiles)
    .where(sql`${packageFiles.packageItemId} = ${outer(packageItems.id)} and ${packageFiles.removedAt} is null`);
  const counts = db
    .select({
      requiredTotal: sql<number>`count(*) filter (where ${packageItems.required})::int`.as('required_total'),
      requiredApproved: sql<number>`count(*) filter (where ${packageItems.required} and ${packageItems.review} = 'godkendt')::int`.as(
        'required_approved',
      ),
      requiredComplete:
        sql<number>`count(*) filter (where ${packageItems.required} and (${packageItems.review} = 'godkendt' or (${packageItems.review} <> 'mangler' and exists ${hasFile})))::int`.as(
          'required_complete',
        ),
    })
    .from(packageItems)
    .where(eq(packageItems.dialogueId, outer(dialogues.id)))
    .as('counts');
  const meetings = db
    .select({ lastMeeting: sql<string | null>`max(d2.meeting_date)::text`.as('last_meeting') })
    .from(sql`${dialogues} d2`)
    .where(sql`d2.organisation_id = ${outer(organisations.id)} and d2.meeting_date <= ${today}`)
    .as('meetings');
  const found = await db
    .select({
      organisationId: organisations.id,
      status: documentationPackages.status,
      requiredTotal: sql<number>`coalesce(${counts.requiredTotal}, 0)`,
      requiredApproved: sql<number>`coalesce(${counts.requiredApproved}, 0)`,
      requiredComplete: sql<number>`coalesce(${counts.requiredComplete}, 0)`,
      lastMeeting: meetings.lastMeeting,
    })
    .from(organisations)
    .leftJoin(dialogues, and(eq(dialogues.organisationId, organisations.id), eq(dialogues.governanceYear, year)))
    .leftJoin(documentationPackages, eq(documentationPackages.dialogueId, dialogues.id))
    .leftJoinLateral(counts, sql`true`)
    .leftJoinLateral(meetings, sql`true`)
    .where(
      and(
        inArray(
          organisations.id,
          rows.map((r) => r.organisationId),
        ),
        dialogueVisible(actor),
      ),
    );
  const byId = new Map(found.map((f) => [f.organisationId, f]));
  return rows.flatMap((r) => {
    const f = byId.get(r.organisationId);
    if (!f) return [];
    const pkg = {
      status: f.status,
      requiredTotal: f.requiredTotal,
      requiredComplete: f.requiredComplete,
      requiredApproved: f.requiredApproved,
    };
    return [{ ...r, lastMeeting: f.lastMeeting, pkg }];
  });
}

export const OVERVIEW_SORTS = ['navn', 'kommune', 'fase', 'frist', 'pakke', 'moede'] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];
/** Sorting by these needs every row's details, not only the page's. */
const DETAIL_SORTS: OverviewSort[] = ['pakke', 'moede'];

export interface OverviewFilter {
  q?: string;
  fase?: Stage | 'ikke_i_aar';
  overskredet?: boolean;
  sort: OverviewSort;
  dir: 'asc' | 'desc';
}

const collator = new Intl.Collator('da');
const byName = (a: OverviewRow, b: OverviewRow) => collator.compare(a.name, b.name) || a.organisationId - b.organisationId;
const share = (p: PackageSummary) => (p.requiredTotal ? p.requiredComplete / p.requiredTotal : -1);
const SORTS: Record<OverviewSort, (a: DetailedRow, b: DetailedRow) => number> = {
  navn: (a, b) => byName(a, b),
  kommune: (a, b) => collator.compare(a.municipalityName, b.municipalityName),
  // "Ikke i år" before "planlagt": those need nothing this year.
  fase: (a, b) => (a.dueThisYear ? STAGES.indexOf(a.stage) : -1) - (b.dueThisYear ? STAGES.indexOf(b.stage) : -1),
  frist: (a, b) => (a.next?.date ?? '9999').localeCompare(b.next?.date ?? '9999'),
  pakke: (a, b) => share(a.pkg) - share(b.pkg),
  moede: (a, b) => (a.lastMeeting ?? '').localeCompare(b.lastMeeting ?? ''),
};

export function filterRows<T extends OverviewRow>(rows: T[], f: Pick<OverviewFilter, 'q' | 'fase' | 'overskredet'>): T[] {
  const q = f.q?.toLocaleLowerCase('da');
  return rows.filter(
    (r) =>
      (!q || r.name.toLocaleLowerCase('da').includes(q) || String(r.lbfNumber) === q) &&
      (!f.fase || (f.fase === 'ikke_i_aar' ? !r.dueThisYear : r.dueThisYear && r.stage === f.fase)) &&
      (!f.overskredet || r.overdue.length > 0),
  );
}

/** Sorts in place by the chosen column, then by name; ties keep the name order whichever the direction. */
export function sortRows<T extends DetailedRow | OverviewRow>(rows: T[], sort: OverviewSort, dir: 'asc' | 'desc'): T[] {
  const by = SORTS[sort] as (a: T, b: T) => number;
  const sign = dir === 'desc' ? -1 : 1;
  return rows.sort((a, b) => sign * by(a, b) || byName(a, b));
}

/**
 * The supervisor's table: every organisation in scope for the year summary, the filtered and sorted
 * rows counted, and the details read for one page of them only — unless the sort needs them all.
 * Three queries whatever the number of organisations (rows, settings, details).
 */
export async function overviewPage({
  db,
  actor,
  year,
  today,
  municipalityCode,
  filter,
  page,
  pageSize,
}: {
  db: Db;
  actor: Actor;
  year: number;
  today: string;
  municipalityCode?: string;
  filter: OverviewFilter;
  page: number;
  pageSize: number;
}) {
  const all = await dialogueOverview({ db, actor, year, today, municipalityCode });
  const filtered = filterRows(all, filter);
  let rows: DetailedRow[];
  if (DETAIL_SORTS.includes(filter.sort)) {
    const detailed = sortRows(await withDetails({ db, actor, year, today, rows: filtered }), filter.sort, filter.dir);
    rows = detailed.slice((page - 1) * pageSize, page * pageSize);
  } else {
    const shown = sortRows(filtered, filter.sort, filter.dir).slice((page - 1) * pageSize, page * pageSize);
    rows = await withDetails({ db, actor, year, today, rows: shown });
  }
  return { all, total: filtered.length, rows, summary: yearSummary(all) };
}

/** Every filtered row with its details, in the chosen order: the XLSX export and /mine-dialoger. */
export async function overviewRows({
  db,
  actor,
  year,
  today,
  municipalityCode,
  filter,
}: {
  db: Db;
  actor: Actor;
  year: number;
  today: string;
  municipalityCode?: string;
  filter: OverviewFilter;
}) {
  const all = await dialogueOverview({ db, actor, year, today, municipalityCode });
  const rows = sortRows(await withDetails({ db, actor, year, today, rows: filterRows(all, filter) }), filter.sort, filter.dir);
  return { all, rows };
}

export interface YearSummary {
  organisations: number;
  due: number;
  notDue: number;
  held: number;
  late: number;
  byStage: { stage: Stage; count: number }[];
}

/**
 * The municipality's year in numbers: dialogues due this year, held (the meeting reached, stage
 * "møde afholdt" or later), late (any deadline overdue), not due (every other year), and per stage.
 */
export function yearSummary(rows: OverviewRow[]): YearSummary {
  const due = rows.filter((r) => r.dueThisYear);
  const held = STAGES.indexOf('moede_afholdt');
  return {
    organisations: rows.length,
    due: due.length,
    notDue: rows.length - due.length,
    held: due.filter((r) => STAGES.indexOf(r.stage) >= held).length,
    late: due.filter((r) => r.overdue.length > 0).length,
    byStage: STAGES.map((stage) => ({ stage, count: due.filter((r) => r.stage === stage).length })),
  };
}
