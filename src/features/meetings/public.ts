import { and, asc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { PUBLIC_ACTOR } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { publicSearchColumns } from '../../lib/public-search-row.ts';
import { outer } from '../../lib/sql.ts';
import { dialogueIdOf, dialogueYear } from '../dialogue/index.ts';
import { forumName, organisationName } from '../registry/index.ts';
import type { MeetingDocument } from './export/document.ts';
import { renderMeetingInWorker } from './export/render.ts';
import { toMeetingDocument } from './export/to-document.ts';
import { getMeeting } from './load.ts';
import { numberItems } from './agenda/numbering.ts';
import { THEME_LABELS } from './labels.ts';
import { renderVote } from './minutes/votes.ts';
import { agendaItems, decisionColumns, decisions, meetings } from './tables.ts';

/*
 * What the meetings feature lets the public site read: approved minutes only, as the public copy
 * (closed items and their sub-items left out, no bilag, no comments, no e-mail addresses), and the
 * years in which an organisation's dialogue meeting was held. No actor: these are everyone's.
 */

/** A meeting whose minutes both sides (or the municipality, for a joint or forum meeting) approved. */
const approvedMinutes: SQL = and(eq(meetings.minutesStatus, 'godkendt'), isNotNull(meetings.heldAt))!;
/** A meeting without a dialogue belongs to the calendar year it was held in (Danish time). */
const calendarYearOfMeeting = sql<number>`extract(year from coalesce(${meetings.startsAt}, ${meetings.heldAt}) at time zone 'Europe/Copenhagen')::int`;
const yearOfMeeting = sql<number>`coalesce(${dialogueYear(meetings.dialogueId)}, ${calendarYearOfMeeting})`;

/** Meetings with approved minutes: all of a municipality (dialogue, joint and forum meetings), or an organisation's dialogue meetings. Newest first. */
export function approvedMinutesList(db: Db, filter: { municipalityCode: string } | { organisationId: number }) {
  const where =
    'municipalityCode' in filter
      ? eq(meetings.municipalityCode, filter.municipalityCode)
      : and(eq(meetings.kind, 'dialogmoede'), eq(meetings.organisationId, filter.organisationId));
  return db
    .select({
      id: meetings.id,
      kind: meetings.kind,
      title: meetings.title,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      heldAt: meetings.heldAt,
      year: yearOfMeeting,
      organisationId: meetings.organisationId,
      organisationName: organisationName(meetings.organisationId),
      forumId: meetings.forumId,
      forumName: forumName(meetings.forumId),
      createdAt: meetings.createdAt,
      updatedAt: meetings.updatedAt,
    })
    .from(meetings)
    .where(and(approvedMinutes, where))
    .orderBy(sql`coalesce(${meetings.startsAt}, ${meetings.heldAt}) desc`, asc(meetings.id));
}

/** The governance years in which the organisation's dialogue meeting was held (held_at set), ascending. */
export async function heldDialogueYears(db: Db, organisationId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: yearOfMeeting })
    .from(meetings)
    .where(and(eq(meetings.kind, 'dialogmoede'), eq(meetings.organisationId, organisationId), isNotNull(meetings.heldAt)));
  return rows.map((r) => Number(r.year)).sort((a, b) => a - b);
}

export interface PublicMinutes {
  id: number;
  kind: 'dialogmoede' | 'faellesmoede' | 'forum';
  municipalityCode: string;
  municipalityName: string;
  organisationId: number | null;
  organisationName: string | null;
  year: number | null;
  document: MeetingDocument;
}

/** The public copy of approved minutes; 404 (AppError) when the meeting is unknown or its minutes are not approved. */
export async function publicMinutesCopy(db: Db, meetingId: number, now = new Date()): Promise<PublicMinutes> {
  const m = await getMeeting({ db, actor: PUBLIC_ACTOR, meetingId, visible: approvedMinutes });
  const doc = toMeetingDocument(m, 'minutes', { includeClosed: false, now });
  const withoutBilag = (items: MeetingDocument['items']): MeetingDocument['items'] =>
    items.map((i) => ({ ...i, attachments: [], items: withoutBilag(i.items) }));
  return {
    id: m.id,
    kind: m.kind,
    municipalityCode: m.municipalityCode,
    municipalityName: m.municipalityName,
    organisationId: m.organisationId,
    organisationName: m.organisationName,
    year: m.dialogueYear ?? (m.startsAt ? m.startsAt.getFullYear() : null),
    document: { ...doc, items: withoutBilag(doc.items) },
  };
}

export interface PublicAgendaItem {
  number: string;
  title: string;
  theme: string | null;
  decisions: { text: string; vote: string | null }[];
  items: PublicAgendaItem[];
}

/**
 * The agendas of many approved minutes' public copies at once (the open data's Meetings, a page of
 * them in three queries): each item numbered as on the meeting page (numbered among all items,
 * closed ones included), then closed items and what is under them left out, with their decisions.
 * Meetings whose minutes are not approved get no entry.
 */
export async function publicAgendas(db: Db, meetingIds: number[]): Promise<Map<number, PublicAgendaItem[]>> {
  const agendas = new Map<number, PublicAgendaItem[]>();
  if (meetingIds.length === 0) return agendas;
  const approvedIds = db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(inArray(meetings.id, meetingIds), approvedMinutes));
  const items = await db
    .select({
      id: agendaItems.id,
      meetingId: agendaItems.meetingId,
      parentId: agendaItems.parentId,
      position: agendaItems.position,
      title: agendaItems.title,
      theme: agendaItems.theme,
      closed: agendaItems.closed,
    })
    .from(agendaItems)
    .where(inArray(agendaItems.meetingId, approvedIds));
  const open = items.filter((i) => !i.closed).map((i) => i.id);
  const itemDecisions =
    open.length === 0
      ? []
      : await db.select(decisionColumns).from(decisions).where(inArray(decisions.itemId, open)).orderBy(asc(decisions.id));
  const shown = (i: (typeof items)[number] & { number: string }): PublicAgendaItem => ({
    number: i.number,
    title: i.title,
    theme: i.theme ? THEME_LABELS[i.theme] : null,
    decisions: itemDecisions.filter((d) => d.itemId === i.id).map((d) => ({ text: d.text, vote: renderVote(d) })),
    items: [],
  });
  for (const id of new Set(items.map((i) => i.meetingId))) {
    const tree = numberItems(items.filter((i) => i.meetingId === id));
    agendas.set(
      id,
      tree.filter((i) => !i.closed).map((i) => ({ ...shown(i), items: i.children.filter((c) => !c.closed).map(shown) })),
    );
  }
  return agendas;
}

/** The public copy as PDF, by the meeting export's renderer (off the main thread). */
export const publicMinutesPdf = (minutes: PublicMinutes) => renderMeetingInWorker(minutes.document, 'pdf');

/** Every meeting with approved minutes, for the sitemap. */
export function approvedMinutesAddresses(db: Db) {
  return db.select({ id: meetings.id, updatedAt: meetings.updatedAt }).from(meetings).where(approvedMinutes).orderBy(asc(meetings.id));
}

/**
 * A condition "the organisation's dialogue meeting of that governance year is held", for the
 * public search's sources of other features (agreements): the SQL twin of heldDialogueYears.
 */
export function dialogueHeldSql(organisationId: SQL, year: SQL): SQL {
  // yearOfMeeting, unfolded so that no subquery runs per meeting: the year's dialogue found once.
  return sql`exists (select 1 from ${meetings} where ${meetings.kind} = 'dialogmoede' and ${meetings.organisationId} = ${organisationId}
    and ${meetings.heldAt} is not null
    and (${meetings.dialogueId} = ${dialogueIdOf(organisationId, year)}
      or (${meetings.dialogueId} is null and ${calendarYearOfMeeting} = ${year})))`;
}

/**
 * The public search's source of approved minutes: the items of the public copy (not closed, nor
 * under a closed item; no bilag, comments or participants) whose title, text, minutes, formal
 * sections or decisions match the query. Uses the items' and decisions' indexed tsvectors.
 */
export function publicMinutesSearchSource(query: SQL): SQL {
  const itemDecisions = sql`(select string_agg(coalesce(${decisions.body} || ': ', '') || ${decisions.text}, ' ') from ${decisions} where ${decisions.itemId} = ${outer(agendaItems.id)})`;
  const sectionsText = sql`(select string_agg(value, ' ') from jsonb_each_text(${outer(agendaItems.sections)}))`;
  const columns = publicSearchColumns({
    kind: 'referat',
    id: outer(agendaItems.id),
    municipalityCode: outer(meetings.municipalityCode),
    organisationId: outer(meetings.organisationId),
    meetingId: outer(meetings.id),
    year: yearOfMeeting,
    theme: outer(agendaItems.theme),
    title: outer(agendaItems.title),
    context: outer(meetings.title),
    body: sql`concat_ws(' ', ${outer(agendaItems.text)}, ${sectionsText}, ${outer(agendaItems.notes)}, ${itemDecisions})`,
    rank: sql`ts_rank(${outer(agendaItems.search)}, ${query})`,
    date: sql`coalesce(${outer(meetings.startsAt)}, ${outer(meetings.heldAt)})`,
  });
  return sql`select ${columns} from ${agendaItems} join ${meetings} on ${outer(meetings.id)} = ${outer(agendaItems.meetingId)}
    where ${approvedMinutes} and not ${outer(agendaItems.closed)}
      and not exists (select 1 from ${agendaItems} as up where up.id = ${outer(agendaItems.parentId)} and up.closed)
      and ${outer(agendaItems.id)} in (select ${agendaItems.id} from ${agendaItems} where ${agendaItems.search} @@ ${query}
        union select ${decisions.itemId} from ${decisions} where ${decisions.search} @@ ${query})`;
}
