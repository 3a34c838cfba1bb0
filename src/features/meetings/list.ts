import { and, count, desc, eq, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { pagedTotal } from '../../lib/sql.ts';
import { forumName, municipalityName, organisationName } from '../registry/index.ts';
import { meetingVisible } from './policy.ts';
import { actionItems, agendaItems, decisions, meetings } from './tables.ts';
import { websearchText } from '../../lib/search-text.ts';
import { HIT_MARKS } from '../../ui/snippet.tsx';

export const MEETINGS_PAGE_SIZE = 25;
/** Matched words marked for <Snippet>, a few fragments of the item around them. */
const EXCERPT_OPTIONS = `${HIT_MARKS}, MaxWords=30, MinWords=12, MaxFragments=2`;

/** One municipality's meetings (or all in scope when no municipality is given), newest first, in the actor's scope; with a full-text search in their items. */
export async function listMeetings({
  db,
  actor,
  municipalityCode,
  q,
  page,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string | null;
  q: string | null;
  page: number;
}) {
  const where = and(municipalityCode ? eq(meetings.municipalityCode, municipalityCode) : undefined, meetingVisible(actor));
  const rows = await db
    .select({
      id: meetings.id,
      kind: meetings.kind,
      title: meetings.title,
      startsAt: meetings.startsAt,
      place: meetings.place,
      minutesStatus: meetings.minutesStatus,
      convenedAt: meetings.convenedAt,
      organisationName: organisationName(meetings.organisationId),
      forumName: forumName(meetings.forumId),
      municipalityName: municipalityName(meetings.municipalityCode),
      items: sql<number>`(select count(*) from ${agendaItems} where ${agendaItems.meetingId} = ${meetings.id})`.mapWith(Number),
    })
    .from(meetings)
    .where(where)
    .orderBy(sql`${meetings.startsAt} desc nulls first`, desc(meetings.id))
    .limit(MEETINGS_PAGE_SIZE)
    .offset((page - 1) * MEETINGS_PAGE_SIZE);
  const total = await pagedTotal(
    rows.length,
    page,
    MEETINGS_PAGE_SIZE,
    async () => (await db.select({ total: count() }).from(meetings).where(where))[0].total,
  );
  const hits = q ? await searchMeetings({ db, actor, municipalityCode, q }) : null;
  return { rows, total, hits };
}

/**
 * Items matching the words, best first, with a highlighted excerpt. Closed items are found
 * only by those who may see the meeting, as everything here: scope is in the query.
 */
export async function searchMeetings({
  db,
  actor,
  municipalityCode,
  q,
  limit = 50,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string | null;
  q: string;
  limit?: number;
}) {
  const query = sql`websearch_to_tsquery('danish', ${websearchText(q)})`;
  // An item is found by its own text, its decisions and action items, or its case number ("24/12345").
  const itemDecisions = sql`(select string_agg(coalesce(${decisions.body} || ': ', '') || ${decisions.text}, ' ') from ${decisions} where ${decisions.itemId} = ${agendaItems.id})`;
  const itemActions = sql`(select string_agg(${actionItems.text} || coalesce(' – ' || ${actionItems.responsible}, ''), ' ') from ${actionItems} where ${actionItems.itemId} = ${agendaItems.id})`;
  const hit = or(
    sql`${agendaItems.search} @@ ${query}`,
    sql`exists (select 1 from ${decisions} where ${decisions.itemId} = ${agendaItems.id} and ${decisions.search} @@ ${query})`,
    sql`exists (select 1 from ${actionItems} where ${actionItems.itemId} = ${agendaItems.id} and ${actionItems.search} @@ ${query})`,
    sql`lower(${agendaItems.caseNumber}) = lower(${q.trim().replace(/^sagsnr\.?:?\s*/i, '')})`,
  );
  return db
    .select({
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      startsAt: meetings.startsAt,
      itemId: agendaItems.id,
      itemTitle: agendaItems.title,
      closed: agendaItems.closed,
      excerpt: sql<string>`ts_headline('danish', concat_ws(' ', ${agendaItems.title} || '.', coalesce('Sagsnr. ' || ${agendaItems.caseNumber} || '.', ''), ${agendaItems.text}, ${agendaItems.notes}, ${itemDecisions}, ${itemActions}), ${query}, ${EXCERPT_OPTIONS})`,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(municipalityCode ? eq(meetings.municipalityCode, municipalityCode) : undefined, meetingVisible(actor), hit))
    .orderBy(sql`ts_rank(${agendaItems.search}, ${query}) desc`, desc(meetings.startsAt))
    .limit(limit);
}

/** An organisation's dialogue meetings, newest first, for its dialogue page (scope in the query). */
export async function meetingsOfOrganisation({ db, actor, organisationId }: { db: Db; actor: Actor; organisationId: number }) {
  return db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, minutesStatus: meetings.minutesStatus })
    .from(meetings)
    .where(and(eq(meetings.organisationId, organisationId), meetingVisible(actor)))
    .orderBy(sql`${meetings.startsAt} desc nulls first`, desc(meetings.id))
    .limit(20);
}
