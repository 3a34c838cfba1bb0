import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { outer } from '../../../lib/sql.ts';
import { documentationPackages, packageItems } from '../../documentation/tables.ts';
import { administrators, municipalities, organisations } from '../../registry/tables.ts';
import { nextDeadline, statusesOf, type DeadlineStatus } from '../deadline-status.ts';
import { isDialogueYear } from '../frequency.ts';
import { dialogueVisible } from '../policy.ts';
import { dialogueFrequencies, dialogues, dialogueSettings, STAGES, type Stage } from '../tables.ts';
import { computeDeadlines, type Deadline, type DeadlineRules } from '../deadlines.ts';

export interface OverviewRow {
  organisationId: number; name: string; lbfNumber: number; municipalityCode: string; municipalityName: string;
  administratorId: number | null; administratorName: string | null; stage: Stage; dueThisYear: boolean; meetingDate: string | null; lastMeeting: string | null;
  packageStatus: string | null; requiredTotal: number; requiredApproved: number;
  deadlines: DeadlineStatus[]; next: DeadlineStatus | null; overdue: DeadlineStatus[];
}

/**
 * This year's dialogue of every organisation the actor may see (optionally of one municipality):
 * one query for the organisations with their dialogue, frequency, package counts and last meeting,
 * one for the municipalities' settings; deadlines are computed from those in memory. The set is
 * bounded by a municipality's (or an administrator's) organisations, so filtering and sorting
 * happen here, where the computed deadlines are.
 */
export async function dialogueOverview({ db, actor, year, today, municipalityCode }: {
  db: Db; actor: Actor; year: number; today: string; municipalityCode?: string;
}): Promise<OverviewRow[]> {
  // One lateral lookup per organisation, by index, for the package counts and one for the last meeting.
  const counts = db.select({
    requiredTotal: sql<number>`count(*) filter (where ${packageItems.required})::int`.as('required_total'),
    requiredApproved: sql<number>`count(*) filter (where ${packageItems.required} and ${packageItems.review} = 'godkendt')::int`.as('required_approved'),
  }).from(packageItems).where(eq(packageItems.dialogueId, outer(dialogues.id))).as('counts');
  const meetings = db.select({ lastMeeting: sql<string | null>`max(d2.meeting_date)::text`.as('last_meeting') })
    .from(sql`${dialogues} d2`).where(sql`d2.organisation_id = ${outer(organisations.id)} and d2.meeting_date <= ${today}`).as('meetings');
  const rows = await db.select({
    organisationId: organisations.id, name: organisations.name, lbfNumber: organisations.lbfNumber,
    municipalityCode: organisations.municipalityCode, municipalityName: municipalities.name, administratorId: organisations.administratorId, administratorName: administrators.name,
    fiscalYearEndMonth: organisations.fiscalYearEndMonth, stage: dialogues.stage, meetingDate: dialogues.meetingDate,
    frequency: dialogueFrequencies.frequency, fromYear: dialogueFrequencies.fromYear, packageStatus: documentationPackages.status,
    requiredTotal: sql<number>`coalesce(${counts.requiredTotal}, 0)`, requiredApproved: sql<number>`coalesce(${counts.requiredApproved}, 0)`,
    lastMeeting: meetings.lastMeeting,
  }).from(organisations)
    .innerJoin(municipalities, eq(municipalities.code, organisations.municipalityCode))
    .leftJoin(administrators, eq(administrators.id, organisations.administratorId))
    .leftJoin(dialogues, and(eq(dialogues.organisationId, organisations.id), eq(dialogues.governanceYear, year)))
    .leftJoin(dialogueFrequencies, eq(dialogueFrequencies.organisationId, organisations.id))
    .leftJoin(documentationPackages, eq(documentationPackages.dialogueId, dialogues.id))
    .leftJoinLateral(counts, sql`true`)
    .leftJoinLateral(meetings, sql`true`)
    .where(and(eq(organisations.active, true), dialogueVisible(actor), municipalityCode ? eq(organisations.municipalityCode, municipalityCode) : undefined));

  const codes = [...new Set(rows.map((r) => r.municipalityCode))];
  const settings = codes.length
    ? await db.select({ code: dialogueSettings.municipalityCode, rules: dialogueSettings.rules }).from(dialogueSettings).where(inArray(dialogueSettings.municipalityCode, codes))
    : [];
  const rulesOf = new Map<string, DeadlineRules>(settings.map((s) => [s.code, s.rules]));

  const computed = new Map<string, Deadline[]>();
  const deadlinesOf = (code: string, month: number) => {
    const key = `${code}:${month}`;
    if (!computed.has(key)) computed.set(key, computeDeadlines({ fiscalYearEndMonth: month, governanceYear: year, rules: rulesOf.get(code) }));
    return computed.get(key)!;
  };
  return rows.map((r) => {
    const stage: Stage = r.stage ?? 'planlagt';
    const dueThisYear = r.stage !== null || isDialogueYear({ frequency: r.frequency ?? 'aarlig', fromYear: r.fromYear ?? null }, year);
    const deadlines = dueThisYear ? statusesOf(deadlinesOf(r.municipalityCode, r.fiscalYearEndMonth), stage, today) : [];
    return {
      organisationId: r.organisationId, name: r.name, lbfNumber: r.lbfNumber, municipalityCode: r.municipalityCode,
      municipalityName: r.municipalityName, administratorId: r.administratorId, administratorName: r.administratorName, stage, dueThisYear,
      meetingDate: r.meetingDate, lastMeeting: r.lastMeeting, packageStatus: r.packageStatus,
      requiredTotal: r.requiredTotal, requiredApproved: r.requiredApproved,
      deadlines, next: nextDeadline(deadlines), overdue: deadlines.filter((d) => d.overdue),
    };
  });
}

export interface OverviewFilter { q?: string; fase?: string; overskredet?: boolean; sort: string; dir: 'asc' | 'desc' }

const collator = new Intl.Collator('da');
const SORTS: Record<string, (a: OverviewRow, b: OverviewRow) => number> = {
  navn: (a, b) => collator.compare(a.name, b.name),
  kommune: (a, b) => collator.compare(a.municipalityName, b.municipalityName) || collator.compare(a.name, b.name),
  fase: (a, b) => (a.dueThisYear ? STAGES.indexOf(a.stage) : -1) - (b.dueThisYear ? STAGES.indexOf(b.stage) : -1),
  frist: (a, b) => (a.next?.date ?? '9999').localeCompare(b.next?.date ?? '9999'),
  pakke: (a, b) => a.requiredApproved / (a.requiredTotal || 1) - b.requiredApproved / (b.requiredTotal || 1),
  moede: (a, b) => (a.lastMeeting ?? '').localeCompare(b.lastMeeting ?? ''),
};

export function filterAndSort(rows: OverviewRow[], f: OverviewFilter): OverviewRow[] {
  const q = f.q?.toLocaleLowerCase('da');
  const kept = rows.filter((r) => (!q || r.name.toLocaleLowerCase('da').includes(q) || String(r.lbfNumber) === q)
    && (!f.fase || (f.fase === 'ikke_i_aar' ? !r.dueThisYear : r.dueThisYear && r.stage === f.fase))
    && (!f.overskredet || r.overdue.length > 0));
  const by = SORTS[f.sort] ?? SORTS.navn;
  const sign = f.dir === 'desc' ? -1 : 1;
  return kept.sort((a, b) => sign * by(a, b) || collator.compare(a.name, b.name));
}

/** The municipality's year in numbers, for the council and the chief. */
export function yearSummary(rows: OverviewRow[]) {
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
