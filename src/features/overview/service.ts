import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { dialogueOverview, STAGES, type DialogueFactsSql, type OverviewRow, type Stage } from '../dialogue/index.ts';
import { NO_PACKAGE, packageSummaries, type PackageSummary } from '../documentation/index.ts';
import { openAgreementsSql } from '../agreements/index.ts';
import { organisationLights, type OrganisationLights } from '../key-figures/index.ts';

/*
 * The supervisor's overview (/tilsyn): each organisation's dialogue of the year from the dialogue
 * feature, with its documentation package in numbers and its last meeting.
 */

/**
 * What the overview reads from features it does not import, through src/wiring.ts: the facts that
 * meet the deadlines, and the latest dialogue meeting held (the meetings feature's).
 */
export interface OverviewSources {
  dialogueFacts: DialogueFactsSql;
  lastMeetingsHeld: (q: { db: Db; actor: Actor; organisationIds: number[] }) => Promise<Map<number, string>>;
}

/** The columns read per row only for the rows shown (or exported): the package, the last meeting and the estates' colours. */
export interface OverviewDetails {
  lastMeeting: string | null;
  pkg: PackageSummary;
  /** The estates by colour in the latest year with figures up to the overview's year; null without figures. */
  lights: OrganisationLights | null;
  /** Agreements not yet settled (ikke startet, i gang), of any year. */
  openAgreements: number;
}
export type DetailedRow = OverviewRow & OverviewDetails;

/**
 * The package counts, the last meeting (the latest dialogue meeting held, of any year; a date
 * only planned is not one) and the estates' colours of the given rows, in three queries: the
 * overview reads them only for the rows it shows or exports. The rows come from dialogueOverview,
 * so they are in the actor's scope; the scope is applied again.
 */
async function withDetails({
  db,
  actor,
  sources,
  rows,
  year,
}: {
  db: Db;
  actor: Actor;
  sources: OverviewSources;
  rows: OverviewRow[];
  year: number;
}): Promise<DetailedRow[]> {
  if (rows.length === 0) return [];
  const organisationIds = rows.map((r) => r.organisationId);
  const [lastMeetings, packages, lights] = await Promise.all([
    sources.lastMeetingsHeld({ db, actor, organisationIds }),
    packageSummaries(
      db,
      rows.flatMap((r) => (r.dialogueId === null ? [] : [r.dialogueId])),
    ),
    organisationLights(db, { actor, organisationIds, year }),
  ]);
  return rows.map((r) => ({
    ...r,
    lastMeeting: lastMeetings.get(r.organisationId) ?? null,
    pkg: (r.dialogueId !== null && packages.get(r.dialogueId)) || NO_PACKAGE,
    lights: lights.get(r.organisationId) ?? null,
    openAgreements: r.counts.openAgreements ?? 0,
  }));
}

/** Counted in the organisations' query itself. */
const OVERVIEW_COUNTS = { openAgreements: openAgreementsSql };

export const OVERVIEW_SORTS = ['navn', 'kommune', 'fase', 'frist', 'pakke', 'moede', 'farver', 'roed3', 'aftaler'] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];
/** Sorting by these needs every row's details, not only the page's. */
const DETAIL_SORTS: OverviewSort[] = ['pakke', 'moede', 'farver', 'roed3', 'aftaler'];

export interface OverviewFilter {
  q?: string;
  fase?: Stage | 'ikke_i_aar';
  overskredet?: boolean;
  /** Only organisations with a red estate in their latest year with figures. */
  roede?: boolean;
  /** Only organisations with an estate red three years in a row. */
  roed3?: boolean;
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
  // Fewest red (then yellow) estates first; organisations without figures before those with.
  farver: (a, b) => (a.lights?.red ?? -1) - (b.lights?.red ?? -1) || (a.lights?.yellow ?? -1) - (b.lights?.yellow ?? -1),
  roed3: (a, b) => (a.lights?.redThreeYears ?? -1) - (b.lights?.redThreeYears ?? -1),
  aftaler: (a, b) => a.openAgreements - b.openAgreements,
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

/** The filters on the estates' colours, which need every row's details. */
const byLights = (f: Pick<OverviewFilter, 'roede' | 'roed3'>) => (r: DetailedRow) =>
  (!f.roede || (r.lights?.red ?? 0) > 0) && (!f.roed3 || (r.lights?.redThreeYears ?? 0) > 0);

/** Sorts in place by the chosen column, then by name; ties keep the name order whichever the direction. */
export function sortRows<T extends DetailedRow | OverviewRow>(rows: T[], sort: OverviewSort, dir: 'asc' | 'desc'): T[] {
  const by = SORTS[sort] as (a: T, b: T) => number;
  const sign = dir === 'desc' ? -1 : 1;
  return rows.sort((a, b) => sign * by(a, b) || byName(a, b));
}

/**
 * The supervisor's table: every organisation in scope for the year summary, the filtered and sorted
 * rows counted, and the details read for one page of them only — unless the sort or a filter on
 * the colours needs them all. A fixed number of queries whatever the number of organisations.
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
  sources,
}: {
  db: Db;
  actor: Actor;
  year: number;
  today: string;
  municipalityCode?: string;
  filter: OverviewFilter;
  page: number;
  pageSize: number;
  sources: OverviewSources;
}) {
  const all = await dialogueOverview({ db, actor, year, today, municipalityCode, facts: sources.dialogueFacts, counts: OVERVIEW_COUNTS });
  const filtered = filterRows(all, filter);
  let rows: DetailedRow[];
  let total = filtered.length;
  if (DETAIL_SORTS.includes(filter.sort) || filter.roede || filter.roed3) {
    const detailed = (await withDetails({ db, actor, sources, rows: filtered, year })).filter(byLights(filter));
    total = detailed.length;
    rows = sortRows(detailed, filter.sort, filter.dir).slice((page - 1) * pageSize, page * pageSize);
  } else {
    const shown = sortRows(filtered, filter.sort, filter.dir).slice((page - 1) * pageSize, page * pageSize);
    rows = await withDetails({ db, actor, sources, rows: shown, year });
  }
  return { all, total, rows, summary: yearSummary(all) };
}

/** Every filtered row with its details, in the chosen order: the XLSX export and /mine-dialoger. */
export async function overviewRows({
  db,
  actor,
  year,
  today,
  municipalityCode,
  filter,
  sources,
}: {
  db: Db;
  actor: Actor;
  year: number;
  today: string;
  municipalityCode?: string;
  filter: OverviewFilter;
  sources: OverviewSources;
}) {
  const all = await dialogueOverview({ db, actor, year, today, municipalityCode, facts: sources.dialogueFacts, counts: OVERVIEW_COUNTS });
  const detailed = await withDetails({ db, actor, sources, rows: filterRows(all, filter), year });
  const rows = sortRows(detailed.filter(byLights(filter)), filter.sort, filter.dir);
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
 * The municipality's year in numbers: dialogues due this year, held (the dialogue meeting held, not
 * the stage set), late (any deadline overdue), not due (every other year), and per stage.
 */
export function yearSummary(rows: OverviewRow[]): YearSummary {
  const due = rows.filter((r) => r.dueThisYear);
  return {
    organisations: rows.length,
    due: due.length,
    notDue: rows.length - due.length,
    held: due.filter((r) => r.facts.meetingHeld !== null).length,
    late: due.filter((r) => r.overdue.length > 0).length,
    byStage: STAGES.map((stage) => ({ stage, count: due.filter((r) => r.stage === stage).length })),
  };
}
