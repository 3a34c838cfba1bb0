import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { notFoundOrHidden } from '../../lib/errors.ts';
import { storedFiles } from '../../lib/file-store/index.ts';
import { dialogueYear } from '../dialogue/index.ts';
import { forumName, municipalityName, organisationAdministratorId, organisationName } from '../registry/index.ts';
import { numberItems } from './agenda/numbering.ts';
import { canActForOrganisationSide, canComment, canManageMeeting, meetingVisible } from './policy.ts';
import {
  actionColumns,
  actionItems,
  agendaItemFiles,
  agendaItems,
  decisionColumns,
  decisions,
  meetingParticipants,
  meetings,
  minutesComments,
  minutesVersions,
} from './tables.ts';

/**
 * The meeting's own row with the names around it, if the actor may see it; else 404. `visible`
 * replaces the actor's scope for the public copy (approved minutes, see public.ts).
 */
export async function loadMeetingHead(db: Db, actor: Actor, meetingId: number, visible: SQL | undefined = meetingVisible(actor)) {
  const [row] = await db
    .select({
      meeting: meetings,
      municipalityName: municipalityName(meetings.municipalityCode),
      organisationName: organisationName(meetings.organisationId),
      organisationAdministratorId: organisationAdministratorId(meetings.organisationId),
      forumName: forumName(meetings.forumId),
      dialogueYear: dialogueYear(meetings.dialogueId),
    })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), visible));
  if (!row) throw notFoundOrHidden('Mødet');
  const ref = {
    municipalityCode: row.meeting.municipalityCode,
    organisationId: row.meeting.organisationId,
    organisationAdministratorId: row.organisationAdministratorId,
  };
  return {
    ...row.meeting,
    municipalityName: row.municipalityName,
    organisationName: row.organisationName,
    forumName: row.forumName,
    dialogueYear: row.dialogueYear,
    organisationAdministratorId: row.organisationAdministratorId,
    canManage: canManageMeeting(actor, ref),
    canActForOrganisation: canActForOrganisationSide(actor, ref),
    canComment: canComment(actor, { ...ref, kind: row.meeting.kind }),
  };
}
export type MeetingHead = Awaited<ReturnType<typeof loadMeetingHead>>;

/** Everything the meeting page shows, in a fixed number of queries however many items it has. */
export async function getMeeting({ db, actor, meetingId, visible }: { db: Db; actor: Actor; meetingId: number; visible?: SQL }) {
  const head = await loadMeetingHead(db, actor, meetingId, visible ?? meetingVisible(actor));
  const itemColumns = {
    id: agendaItems.id,
    parentId: agendaItems.parentId,
    position: agendaItems.position,
    title: agendaItems.title,
    theme: agendaItems.theme,
    text: agendaItems.text,
    closed: agendaItems.closed,
    source: agendaItems.source,
    caseNumber: agendaItems.caseNumber,
    decidingBody: agendaItems.decidingBody,
    sections: agendaItems.sections,
    notes: agendaItems.notes,
    absent: agendaItems.absent,
    version: agendaItems.version,
  };
  const [items, participants, comments, versions] = await Promise.all([
    db.select(itemColumns).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)),
    db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meetingId))
      .orderBy(asc(meetingParticipants.position), asc(meetingParticipants.id)),
    db
      .select()
      .from(minutesComments)
      .where(eq(minutesComments.meetingId, meetingId))
      .orderBy(asc(minutesComments.createdAt), asc(minutesComments.id)),
    db
      .select({ version: minutesVersions.version, approvedAt: minutesVersions.approvedAt, approvedBy: minutesVersions.approvedBy })
      .from(minutesVersions)
      .where(eq(minutesVersions.meetingId, meetingId))
      .orderBy(desc(minutesVersions.version)),
  ]);
  const itemIds = items.map((i) => i.id);
  const [itemDecisions, actions, files] =
    itemIds.length === 0
      ? [[], [], []]
      : await Promise.all([
          db.select(decisionColumns).from(decisions).where(inArray(decisions.itemId, itemIds)).orderBy(asc(decisions.id)),
          db.select(actionColumns).from(actionItems).where(eq(actionItems.meetingId, meetingId)).orderBy(asc(actionItems.id)),
          db
            .select({
              id: agendaItemFiles.id,
              itemId: agendaItemFiles.itemId,
              fileName: agendaItemFiles.fileName,
              size: storedFiles.size,
              mediaType: storedFiles.mediaType,
            })
            .from(agendaItemFiles)
            .innerJoin(storedFiles, eq(storedFiles.sha256, agendaItemFiles.sha256))
            .where(inArray(agendaItemFiles.itemId, itemIds))
            .orderBy(asc(agendaItemFiles.id)),
        ]);
  const withDetails = items.map((item) => ({
    ...item,
    decisions: itemDecisions.filter((d) => d.itemId === item.id),
    actions: actions.filter((a) => a.itemId === item.id),
    files: files.filter((f) => f.itemId === item.id),
    comments: comments.filter((c) => c.itemId === item.id),
  }));
  const tree = numberItems(withDetails);
  // Every comment shows on the meeting page, those about one item with its number and title.
  const about = new Map(tree.flatMap((i) => [i, ...i.children]).map((i) => [i.id, { id: i.id, number: i.number, title: i.title }]));
  return {
    ...head,
    participants,
    tree,
    comments: comments.map((c) => ({ ...c, item: c.itemId === null ? null : (about.get(c.itemId) ?? null) })),
    versions,
    locked: head.minutesStatus === 'godkendt',
  };
}
export type MeetingView = Awaited<ReturnType<typeof getMeeting>>;
export type MeetingItemView = MeetingView['tree'][number];
