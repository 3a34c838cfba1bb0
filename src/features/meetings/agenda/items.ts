import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, notFound } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { SECTION_KEYS } from '../labels.ts';
import type { ActionInput, DecisionInput, ItemInput } from '../schemas.ts';
import { touchMinutes } from '../service.ts';
import { editableId, type ManagedMeeting } from '../managed.ts';
import { actionColumns, actionItems, agendaItems, decisionColumns, decisions, type FormalSections, type Theme } from '../tables.ts';

type Scoped = { db: Db; actor: Actor; meeting: ManagedMeeting };

async function itemOf(db: Db, meetingId: number, itemId: number) {
  const [item] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
  if (!item) throw notFound('Punktet');
  return item;
}

const siblings = (meetingId: number, parentId: number | null) =>
  and(eq(agendaItems.meetingId, meetingId), parentId === null ? isNull(agendaItems.parentId) : eq(agendaItems.parentId, parentId));

// Items that close a meeting; a new item goes before them, as on a written agenda.
const CLOSING = /^(?:eventuelt|evt\.?|næste møde|mødeevaluering|evaluering af mødet)$/i;

/** The new item's place: last among its siblings, but before a closing "Eventuelt" or "Næste møde". */
async function newPosition(tx: Db, meetingId: number, parentId: number | null): Promise<number> {
  const rows = await tx
    .select({ id: agendaItems.id, position: agendaItems.position, title: agendaItems.title })
    .from(agendaItems)
    .where(siblings(meetingId, parentId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
  let first = rows.length;
  while (first > 0 && CLOSING.test(rows[first - 1].title.trim())) first--;
  if (first === rows.length) return (rows.at(-1)?.position ?? 0) + 1;
  const closing = rows.slice(first);
  for (const [k, row] of closing.entries())
    await tx
      .update(agendaItems)
      .set({ position: closing[0].position + k + 1 })
      .where(eq(agendaItems.id, row.id));
  return closing[0].position;
}

/** Adds an item at the end of the agenda (before "Eventuelt" and "Næste møde"), or as the last sub-item of `parentId`. */
export async function addItem({
  db,
  actor,
  meeting,
  input,
}: Scoped & { input: { title: string; parentId: number | null; theme: Theme | null; text?: string; source?: string } }) {
  const meetingId = editableId(meeting);
  if (input.parentId !== null) {
    const parent = await itemOf(db, meetingId, input.parentId);
    if (parent.parentId !== null)
      throw new AppError('bad_request', 'Et underpunkt kan ikke have sine egne underpunkter.', { field: 'parentId' });
  }
  return db.transaction(async (tx) => {
    const position = await newPosition(tx, meetingId, input.parentId);
    const [row] = await tx
      .insert(agendaItems)
      .values({
        meetingId,
        parentId: input.parentId,
        position,
        title: input.title,
        theme: input.theme,
        text: input.text ?? '',
        source: input.source,
      })
      .returning();
    await touchMinutes(tx, meetingId);
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'create',
      summary: `Punkt tilføjet: ${row.title}`,
      after: { title: row.title, parentId: row.parentId },
    });
    return row;
  });
}

/**
 * Saves an item's agenda text and minutes. The version it was opened on must still be the
 * current one: two people editing the same item never overwrite each other silently.
 */
export async function updateItem({
  db,
  actor,
  meeting,
  itemId,
  version,
  input,
}: Scoped & { itemId: number; version: number; input: ItemInput }) {
  const meetingId = editableId(meeting);
  const before = await itemOf(db, meetingId, itemId);
  const sections: FormalSections = {};
  for (const key of SECTION_KEYS) {
    const value = (input as Record<string, unknown>)[`section_${key}`];
    if (typeof value === 'string' && value) sections[key] = value;
  }
  const absent = (input.absent ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(agendaItems)
      .set({
        title: input.title,
        theme: input.theme,
        text: input.text,
        notes: input.notes,
        closed: input.closed,
        caseNumber: input.caseNumber,
        decidingBody: input.decidingBody,
        sections,
        absent,
        version: sql`${agendaItems.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.version, version)))
      .returning();
    if (!row) {
      throw new AppError(
        'conflict',
        'Punktet er ændret af en anden, mens du redigerede. Din tekst står stadig i felterne; kopiér den, genindlæs siden og indsæt dine ændringer igen.',
        { field: 'title' },
      );
    }
    await touchMinutes(tx, meetingId);
    const pick = (i: typeof before) => ({
      title: i.title,
      theme: i.theme,
      text: i.text,
      notes: i.notes,
      closed: i.closed,
      caseNumber: i.caseNumber,
      decidingBody: i.decidingBody,
      sections: i.sections,
      absent: i.absent,
    });
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      summary: `Punkt ændret: ${row.title}`,
      before: pick(before),
      after: pick(row),
    });
    return row;
  });
}

/** Swaps an item with its neighbour above or below among its siblings. */
export async function moveItem({ db, actor, meeting, itemId, direction }: Scoped & { itemId: number; direction: string }) {
  const meetingId = editableId(meeting);
  const item = await itemOf(db, meetingId, itemId);
  // The page's buttons send "op" or "ned"; anything else was not sent from it.
  if (direction !== 'op' && direction !== 'ned') throw new AppError('bad_request', 'Vælg om punktet skal flyttes op eller ned.');
  await db.transaction(async (tx) => {
    const list = await tx
      .select({ id: agendaItems.id, position: agendaItems.position })
      .from(agendaItems)
      .where(siblings(meetingId, item.parentId))
      .orderBy(agendaItems.position, agendaItems.id);
    const i = list.findIndex((s) => s.id === itemId);
    const j = direction === 'op' ? i - 1 : i + 1;
    if (j < 0 || j >= list.length) return;
    [list[i], list[j]] = [list[j], list[i]];
    // Positions are rewritten 1..n, which also repairs ties left by concurrent inserts.
    for (const [k, s] of list.entries())
      await tx
        .update(agendaItems)
        .set({ position: k + 1 })
        .where(eq(agendaItems.id, s.id));
    await touchMinutes(tx, meetingId);
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      summary: `Punkt flyttet ${direction}: ${item.title}`,
    });
  });
}

/** An item of a managed meeting, for the confirmation step before deleteItem. */
export async function itemToDelete({ db, meeting, itemId }: { db: Db; meeting: ManagedMeeting; itemId: number }) {
  return itemOf(db, editableId(meeting), itemId);
}

export async function deleteItem({ db, actor, meeting, itemId }: Scoped & { itemId: number }) {
  const meetingId = editableId(meeting);
  const item = await itemOf(db, meetingId, itemId);
  await db.transaction(async (tx) => {
    await tx.delete(agendaItems).where(eq(agendaItems.id, itemId));
    await touchMinutes(tx, meetingId);
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'delete',
      summary: `Punkt slettet: ${item.title}`,
      before: { title: item.title, text: item.text, notes: item.notes },
    });
  });
}

export async function addDecision({ db, actor, meeting, itemId, input }: Scoped & { itemId: number; input: DecisionInput }) {
  const meetingId = editableId(meeting);
  const item = await itemOf(db, meetingId, itemId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(decisions)
      .values({ itemId, ...input })
      .returning(decisionColumns);
    await touchMinutes(tx, meetingId);
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'create',
      summary: `Beslutning på punkt ${item.title}`,
      after: row,
    });
    return row;
  });
}

/** A decision on an item of a managed meeting, for the confirmation step before deleteDecision. */
export async function decisionToDelete({ db, meeting, decisionId }: { db: Db; meeting: ManagedMeeting; decisionId: number }) {
  const meetingId = editableId(meeting);
  const [row] = await db
    .select({ id: decisions.id, text: decisions.text, itemId: agendaItems.id, itemTitle: agendaItems.title })
    .from(decisions)
    .innerJoin(agendaItems, eq(agendaItems.id, decisions.itemId))
    .where(and(eq(decisions.id, decisionId), eq(agendaItems.meetingId, meetingId)));
  if (!row) throw notFound('Beslutningen');
  return row;
}

export async function deleteDecision({ db, actor, meeting, decisionId }: Scoped & { decisionId: number }) {
  const meetingId = editableId(meeting);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(decisions)
      .where(
        and(
          eq(decisions.id, decisionId),
          sql`${decisions.itemId} in (select ${agendaItems.id} from ${agendaItems} where ${agendaItems.meetingId} = ${meetingId})`,
        ),
      )
      .returning(decisionColumns);
    if (!row) throw notFound('Beslutningen');
    await touchMinutes(tx, meetingId);
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'delete',
      summary: 'Beslutning slettet',
      before: row,
    });
  });
}

export async function addAction({ db, actor, meeting, itemId, input }: Scoped & { itemId: number; input: ActionInput }) {
  const meetingId = editableId(meeting);
  await itemOf(db, meetingId, itemId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(actionItems)
      .values({ meetingId, itemId, ...input })
      .returning(actionColumns);
    await touchMinutes(tx, meetingId);
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'create',
      summary: `Opfølgningspunkt: ${row.text}`,
      after: row,
    });
    return row;
  });
}
