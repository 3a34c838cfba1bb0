import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { forbidden } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { findDialogueId } from '../../dialogue/index.ts';
import { getMeeting } from '../load.ts';
import { canManageMeeting } from '../policy.ts';
import { checkTarget } from '../service.ts';
import { danishInstant, TIME_ZONE } from '../../../lib/copenhagen-time.ts';
import { actionItems, agendaItems, decisions, meetingParticipants, meetings, minutesVersions } from '../tables.ts';
import { minutesText, toMeetingDocument } from '../export/to-document.ts';
import type { ImportInput, ImportItemInput } from './form.ts';
import type { EarlierImport } from './preview-values.ts';
import { mapItem } from './map-item.ts';

/** Rows per insert: a preview may hold thousands of decision lines, and one statement with tens of thousands of parameters fails. */
const CHUNK = 200;

/**
 * Meetings of the municipality the file may already have become: imported from a file of the
 * same name, or with the same title on the same day. Shown on the preview, so the same minutes
 * are not imported twice by mistake (their action items would come back twice).
 */
export async function earlierImports(
  db: Db,
  municipalityCode: string,
  o: { fileName: string; title: string; date: string | null },
): Promise<EarlierImport[]> {
  const day = sql<string>`to_char(${meetings.startsAt} at time zone ${TIME_ZONE}, 'YYYY-MM-DD')`;
  const sameMeeting = o.date ? and(eq(meetings.title, o.title), sql`${day} = ${o.date}`) : undefined;
  const rows = await db
    .select({ id: meetings.id, title: meetings.title, date: day })
    .from(meetings)
    .where(
      and(
        eq(meetings.municipalityCode, municipalityCode),
        sameMeeting ? or(eq(meetings.importedFrom, o.fileName), sameMeeting) : eq(meetings.importedFrom, o.fileName),
      ),
    )
    .orderBy(asc(meetings.id))
    .limit(5);
  return rows;
}

/**
 * Creates a meeting from imported minutes, in one transaction with its participants, items,
 * decisions, action items and audit event. The minutes are historical and approved: they are
 * saved as approved and locked, with the approved text frozen as version 1, like minutes
 * approved in the system. The item text is what was said at the meeting, so it goes into the
 * item's minutes (`notes`); only text above a "Referat" heading is agenda text (see map-item.ts).
 * Authorisation: checked here (the municipality's editors and admins).
 */
export async function createImportedMeeting({
  db,
  actor,
  municipalityCode,
  input,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  input: ImportInput;
}) {
  if (!canManageMeeting(actor, { municipalityCode })) throw forbidden();
  const {
    target: { organisationId, forumId },
  } = await checkTarget(db, actor, { ...input, municipalityCode }, municipalityCode);
  const target = { organisationId, forumId };
  const startsAt = danishInstant(input.date, input.startTime);
  const now = new Date();
  const approvedBy = `${actor.label}, ved import af referat`;
  return db.transaction(async (tx) => {
    const year = input.date ? Number(input.date.slice(0, 4)) : null;
    const dialogueId = target.organisationId !== null && year !== null ? await findDialogueId(tx, target.organisationId, year) : null;
    const [meeting] = await tx
      .insert(meetings)
      .values({
        kind: input.kind,
        municipalityCode,
        ...target,
        dialogueId,
        title: input.title,
        startsAt,
        place: input.place,
        heldAt: startsAt,
        importedFrom: input.fileName,
        minutesStatus: 'godkendt',
        municipalityApprovedAt: now,
        municipalityApprovedBy: approvedBy,
        ...(target.organisationId !== null ? { organisationApprovedAt: now, organisationApprovedBy: approvedBy } : {}),
      })
      .returning();

    const people = [...input.participants.map((p) => ({ ...p, present: true })), ...input.absent.map((p) => ({ ...p, present: false }))];
    if (people.length) {
      await tx.insert(meetingParticipants).values(
        people.map((p, i) => ({
          meetingId: meeting.id,
          name: p.name,
          title: p.title,
          side: p.side,
          present: p.present,
          position: i + 1,
        })),
      );
    }

    // One insert per level; rows are matched back to their input by position, not by RETURNING order.
    const insertLevel = async (list: ImportItemInput[], parentId: number | null) => {
      const byPosition = new Map<number, number>();
      const shapes = list.map(mapItem);
      for (let i = 0; i < list.length; i += CHUNK) {
        const rows = await tx
          .insert(agendaItems)
          .values(
            list
              .slice(i, i + CHUNK)
              .map((item, j) => ({ meetingId: meeting.id, parentId, position: i + j + 1, title: item.title, ...shapes[i + j].fields })),
          )
          .returning({ id: agendaItems.id, position: agendaItems.position });
        for (const r of rows) byPosition.set(r.position, r.id);
      }
      return list.map((item, i) => ({ item, id: byPosition.get(i + 1)!, decisions: shapes[i].decisions }));
    };
    const top = await insertLevel(input.items, null);
    const all = [...top];
    for (const { item, id } of top) all.push(...(await insertLevel(item.items, id)));
    const decisionRows = all.flatMap(({ id, decisions: list }) => list.map((d) => ({ ...d, itemId: id })));
    for (let i = 0; i < decisionRows.length; i += CHUNK) await tx.insert(decisions).values(decisionRows.slice(i, i + CHUNK));
    const done = input.actionsDone ? { doneAt: now, doneNote: 'Markeret som udført ved import af referatet' } : {};
    const actionRows = all.flatMap(({ item, id }) =>
      item.actions.map((a) => ({ meetingId: meeting.id, itemId: id, text: a.text, responsible: a.responsible, due: a.due, ...done })),
    );
    for (let i = 0; i < actionRows.length; i += CHUNK) await tx.insert(actionItems).values(actionRows.slice(i, i + CHUNK));

    const m = await getMeeting({ db: tx, actor, meetingId: meeting.id });
    await tx
      .insert(minutesVersions)
      .values({ meetingId: meeting.id, version: 1, text: minutesText(toMeetingDocument(m, 'minutes')), approvedBy });
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meeting.id,
      action: 'import',
      summary: input.fileName ? `Referat importeret fra ${input.fileName}` : 'Referat importeret',
      after: { ...meeting, participants: people.length, items: all.length, decisions: decisionRows.length, actions: actionRows.length },
    });
    return meeting;
  });
}
