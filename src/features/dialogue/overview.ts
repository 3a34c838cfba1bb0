import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { outer } from '../../lib/sql.ts';
import { partyOrganisationHeads } from '../registry/index.ts';
import { nextDeadline, statusesOf, type DeadlineStatus } from './deadline-status.ts';
import { computeDeadlines, type Deadline, type DeadlineKind, type DeadlineRules } from './deadlines.ts';
import type { DialogueFacts, DialogueFactsSql } from './facts.ts';
import { isDialogueYear } from './frequency.ts';
import { dialogueFrequencies, dialogues, dialogueSettings, type Stage } from './tables.ts';

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
  /** What has happened: the deadlines are met by these, not by the stage. */
  facts: DialogueFacts;
  deadlines: DeadlineStatus[];
  next: DeadlineStatus | null;
  overdue: DeadlineStatus[];
  /** Counts other features asked for in the same query (the overview: open agreements), by name; 0 when not asked. */
  counts: Record<string, number>;
}

/** The deadlines the organisation itself must meet (the rest are the municipality's steps, or the meeting both hold). */
export const ORGANISATION_DEADLINES: readonly DeadlineKind[] = ['regnskab', 'dokumentationspakke'];

/** What the organisation owes next: its first unmet deadline, overdue or not. */
export const organisationNext = (r: OverviewRow): DeadlineStatus | null =>
  nextDeadline(r.deadlines.filter((d) => ORGANISATION_DEADLINES.includes(d.kind)));

/** The counts as one JSON object column (a select cannot have a variable number of columns). */
const countsJson = (counts: Record<string, (organisationId: SQL) => SQL<number>>, organisationId: SQL) => {
  const entries = Object.entries(counts);
  return entries.length === 0
    ? sql<Record<string, number>>`'{}'::json`
    : sql<Record<string, number> | string>`json_build_object(${sql.join(
        entries.map(([name, count]) => sql`${name}::text, ${count(organisationId)}`),
        sql`, `,
      )})`;
};

/**
 * This year's dialogue of every organisation the actor may see (optionally of one municipality):
 * one query for the organisations with their dialogue row, its facts (package sent, meeting held),
 * frequency and municipality's årshjul settings. Deadlines are computed once per municipality and fiscal year
 * end and given a status per organisation in memory; the set is bounded by a municipality's (or an
 * administrator's) organisations, so filtering and sorting by deadline happen here.
 */
export async function dialogueOverview({
  db,
  actor,
  year,
  today,
  municipalityCode,
  facts,
  counts = {},
}: {
  db: Db;
  actor: Actor;
  year: number;
  today: string;
  municipalityCode?: string;
  /** The facts' SQL, from the features that hold them (src/wiring.ts). */
  facts: DialogueFactsSql;
  /**
   * Per organisation counts another feature holds, as scalar subqueries on the organisation's id,
   * read in this one query: on PGlite every further statement waits for all others.
   */
  counts?: Record<string, (organisationId: SQL) => SQL<number>>;
}): Promise<OverviewRow[]> {
  const heads = partyOrganisationHeads(db, actor, { municipalityCode });
  const rows = await db
    .select({
      organisationId: heads.organisationId,
      name: heads.name,
      lbfNumber: heads.lbfNumber,
      municipalityCode: heads.municipalityCode,
      municipalityName: heads.municipalityName,
      administratorId: heads.administratorId,
      administratorName: heads.administratorName,
      fiscalYearEndMonth: heads.fiscalYearEndMonth,
      dialogueId: dialogues.id,
      stage: dialogues.stage,
      meetingDate: dialogues.meetingDate,
      frequency: dialogueFrequencies.frequency,
      fromYear: dialogueFrequencies.fromYear,
      rules: dialogueSettings.rules,
      packageSent: facts.packageSent(outer(dialogues.id)),
      meetingHeld: facts.meetingHeld(sql`${heads.organisationId}`, sql`${year}`),
      reportApproved: facts.reportApproved(sql`${heads.municipalityCode}`, sql`${year}`),
      counts: countsJson(counts, sql`${heads.organisationId}`),
    })
    .from(heads)
    .leftJoin(dialogues, and(eq(dialogues.organisationId, heads.organisationId), eq(dialogues.governanceYear, year)))
    .leftJoin(dialogueFrequencies, eq(dialogueFrequencies.organisationId, heads.organisationId))
    .leftJoin(dialogueSettings, eq(dialogueSettings.municipalityCode, heads.municipalityCode));

  // A municipality's årshjul rules come with each of its organisations' rows (null: the guide's defaults).
  const rulesOf = new Map<string, DeadlineRules>(rows.flatMap((r) => (r.rules ? [[r.municipalityCode, r.rules] as const] : [])));

  const computed = new Map<string, Deadline[]>();
  const deadlinesOf = (code: string, month: number) => {
    const key = `${code}:${month}`;
    if (!computed.has(key))
      computed.set(key, computeDeadlines({ fiscalYearEndMonth: month, governanceYear: year, rules: rulesOf.get(code) }));
    return computed.get(key)!;
  };
  return rows.map(({ frequency, fromYear, rules: _rules, packageSent, meetingHeld, reportApproved, counts: counted, ...r }) => {
    const stage: Stage = r.stage ?? 'planlagt';
    const facts: DialogueFacts = { packageSent, meetingHeld, reportApproved };
    // A dialogue already written this year counts even in an off year: someone started it.
    const dueThisYear = r.dialogueId !== null || isDialogueYear({ frequency: frequency ?? 'aarlig', fromYear: fromYear ?? null }, year);
    const deadlines = dueThisYear ? statusesOf(deadlinesOf(r.municipalityCode, r.fiscalYearEndMonth), { stage, facts }, today) : [];
    return {
      ...r,
      stage,
      dueThisYear,
      facts,
      deadlines,
      next: nextDeadline(deadlines),
      overdue: deadlines.filter((d) => d.overdue),
      counts: typeof counted === 'string' ? (JSON.parse(counted) as Record<string, number>) : counted,
    };
  });
}
