import { and, asc, eq, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { danishParts, danishToday } from '../../../lib/copenhagen-time.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { extraChecklistTitles } from '../../documentation/index.ts';
import { loadMeetingHead, type MeetingHead } from '../load.ts';
import type { ManagedMeeting } from '../managed.ts';
import { addItem } from './items.ts';
import { actionItems, agendaItems, decisions, meetings } from '../tables.ts';

/*
 * A meeting belongs to a series: the organisation's dialogue meetings, the forum's meetings,
 * or the municipality's joint meetings. Open action items of earlier meetings in the series
 * come back on each new agenda until someone marks them done.
 */

function sameSeries(
  head: Pick<MeetingHead, 'id' | 'kind' | 'municipalityCode' | 'organisationId' | 'forumId' | 'startsAt' | 'createdAt'>,
): SQL {
  const series =
    head.kind === 'dialogmoede'
      ? eq(meetings.organisationId, head.organisationId!)
      : head.kind === 'forum'
        ? eq(meetings.forumId, head.forumId!)
        : and(eq(meetings.kind, 'faellesmoede'), eq(meetings.municipalityCode, head.municipalityCode))!;
  // Earlier: by meeting date when both have one, else by creation.
  const earlier = head.startsAt
    ? or(lt(meetings.startsAt, head.startsAt), and(isNull(meetings.startsAt), lt(meetings.createdAt, head.createdAt)))!
    : lt(meetings.createdAt, head.createdAt);
  return and(series, earlier, ne(meetings.id, head.id))!;
}

/** Open action items from earlier meetings of the series, oldest first. */
export async function openActionsBefore(db: Db, head: MeetingHead) {
  return db
    .select({
      id: actionItems.id,
      text: actionItems.text,
      responsible: actionItems.responsible,
      due: actionItems.due,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
    })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(and(isNull(actionItems.doneAt), sameSeries(head)))
    .orderBy(asc(meetings.startsAt), asc(actionItems.id));
}

/** The decisions of the latest earlier meeting in the series: what was agreed last time. */
async function lastDecisions(db: Db, head: MeetingHead) {
  const [previous] = await db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .where(sameSeries(head))
    .orderBy(sql`${meetings.startsAt} desc nulls last`, sql`${meetings.createdAt} desc`)
    .limit(1);
  if (!previous) return null;
  const rows = await db
    .select({ text: decisions.text, itemTitle: agendaItems.title })
    .from(decisions)
    .innerJoin(agendaItems, eq(agendaItems.id, decisions.itemId))
    .where(eq(agendaItems.meetingId, previous.id))
    .orderBy(asc(agendaItems.position), asc(decisions.id));
  return rows.length ? { previous, rows } : null;
}

export type Proposal = { source: string; title: string; text: string; theme: 'udlejning' | 'andet' | null };

/**
 * Proposals another feature makes for an organisation's dialogue meeting (the key figures: the red
 * estates and the open action plans), reached through src/wiring.ts; `year` is the meeting's year.
 */
export type ProposalSource = (q: { db: Db; actor: Actor; organisationId: number; year: number }) => Promise<Proposal[]>;

const dueText = (due: string | null) => (due ? ` (frist ${due.split('-').reverse().join('-')})` : '');

/** The year a meeting belongs to: its dialogue's, else the year it is held, else this year. */
const meetingYear = (head: MeetingHead) =>
  head.dialogueYear ?? Number((head.startsAt ? danishParts(head.startsAt).date : danishToday()).slice(0, 4));

/**
 * Items the agenda should have, each offered once: the open actions, last time's decisions, extra
 * documentation, and what `more` proposes for a dialogue meeting (as `more.actor` may see it).
 * `existingSources`: the sources already on the agenda, when the caller has the items.
 */
export async function proposalsFor(
  db: Db,
  head: MeetingHead,
  options: {
    openActions?: Awaited<ReturnType<typeof openActionsBefore>>;
    existingSources?: (string | null)[];
    more?: { actor: Actor; sources: readonly ProposalSource[] };
  } = {},
): Promise<Proposal[]> {
  const organisationId = head.kind === 'dialogmoede' ? head.organisationId : null;
  const [open, last, extra, existing, more] = await Promise.all([
    options.openActions ?? openActionsBefore(db, head),
    lastDecisions(db, head),
    head.organisationId === null ? [] : extraChecklistTitles(db, head.organisationId),
    options.existingSources ??
      db
        .select({ source: agendaItems.source })
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, head.id))
        .then((rows) => rows.map((r) => r.source)),
    options.more && organisationId !== null
      ? Promise.all(
          options.more.sources.map((source) => source({ db, actor: options.more!.actor, organisationId, year: meetingYear(head) })),
        ).then((lists) => lists.flat())
      : [],
  ]);
  const taken = new Set(existing);
  const proposals: Proposal[] = [];
  if (last) {
    proposals.push({
      source: 'sidste_beslutninger',
      theme: null,
      title: 'Opfølgning på aftaler fra sidste møde',
      text: last.rows.map((r) => `- ${r.itemTitle}: ${r.text}`).join('\n'),
    });
  }
  if (open.length) {
    proposals.push({
      source: 'opfoelgning',
      theme: null,
      title: 'Status på åbne opfølgningspunkter',
      text: open.map((a) => `- ${a.text}${a.responsible ? ` – ${a.responsible}` : ''}${dueText(a.due)}`).join('\n'),
    });
  }
  if (extra.length) {
    proposals.push({
      source: 'ekstra_dokumentation',
      theme: null,
      title: 'Ekstra dokumentation aftalt sidste år',
      text: extra.map((e) => `- ${e.title}`).join('\n'),
    });
  }
  proposals.push(...more);
  return proposals.filter((p) => !taken.has(p.source));
}

/** Adds the chosen proposals to the agenda, first among the items, in the order offered. */
export async function addProposals({
  db,
  actor,
  meeting,
  sources,
  more,
}: {
  db: Db;
  actor: Actor;
  meeting: ManagedMeeting;
  sources: string[];
  /** What other features propose (src/wiring.ts), so their items can be added as well. */
  more?: readonly ProposalSource[];
}) {
  const head = meeting;
  const meetingId = meeting.id;
  const chosen = (await proposalsFor(db, head, { more: more && { actor, sources: more } })).filter((p) => sources.includes(p.source));
  if (chosen.length === 0) throw new AppError('bad_request', 'Vælg mindst ét af de foreslåede punkter.', { field: 'sources' });
  for (const p of chosen)
    await addItem({ db, actor, meeting, input: { title: p.title, parentId: null, theme: p.theme, text: p.text, source: p.source } });
  // Proposed items open the meeting: the follow-up comes before the year's themes.
  const ids = await db
    .select({ id: agendaItems.id, source: agendaItems.source })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), isNull(agendaItems.parentId)))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
  const proposedFirst = [
    ...ids.filter((i) => chosen.some((p) => p.source === i.source)),
    ...ids.filter((i) => !chosen.some((p) => p.source === i.source)),
  ];
  await db.transaction(async (tx) => {
    for (const [k, row] of proposedFirst.entries())
      await tx
        .update(agendaItems)
        .set({ position: k + 1 })
        .where(eq(agendaItems.id, row.id));
  });
  return chosen.length;
}

/** Marks an action item done (or open again) from any later meeting of the series, or its own. */
export async function setActionDone({
  db,
  actor,
  meetingId,
  actionId,
  done,
}: {
  db: Db;
  actor: Actor;
  meetingId: number;
  actionId: number;
  done: boolean;
}) {
  const head = await loadMeetingHead(db, actor, meetingId);
  if (!head.canManage) throw forbidden();
  const mine = await db
    .select({ id: actionItems.id })
    .from(actionItems)
    .where(and(eq(actionItems.id, actionId), eq(actionItems.meetingId, meetingId)));
  const earlier = mine.length
    ? []
    : await db
        .select({ id: actionItems.id })
        .from(actionItems)
        .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
        .where(and(eq(actionItems.id, actionId), sameSeries(head)));
  if (!mine.length && !earlier.length) throw notFound('Opfølgningspunktet');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(actionItems)
      .set({ doneAt: done ? new Date() : null })
      .where(inArray(actionItems.id, [actionId]))
      .returning({ text: actionItems.text });
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      summary: `Opfølgningspunkt ${done ? 'udført' : 'genåbnet'}: ${row.text}`,
    });
  });
}
