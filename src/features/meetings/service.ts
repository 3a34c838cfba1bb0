import { danishInstant } from '../../lib/copenhagen-time.ts';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, fieldError, forbidden } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findDialogueId } from '../dialogue/index.ts';
import { currentMembersOf, findForumRef, findOrganisationRef, type MemberBodies } from '../registry/index.ts';
import { KIND_LABELS } from './labels.ts';
import { canManageMeeting } from './policy.ts';
import type { MeetingInput } from './schemas.ts';
import { agendaItems, meetingParticipants, meetings, type MeetingKind, type Side } from './tables.ts';
import { editableId, type ManagedMeeting } from './managed.ts';
import { AGENDA_TEMPLATES } from './agenda/templates.ts';

/**
 * A change to a draft the other party is reading withdraws the approvals given so far: they
 * approved another text. Called in the transaction that makes the change.
 */
export async function touchMinutes(tx: Db, meetingId: number) {
  // The version moves too: an approval sent from a page that showed the text before this change is refused.
  await tx
    .update(meetings)
    .set({
      updatedAt: new Date(),
      version: sql`${meetings.version} + 1`,
      municipalityApprovedAt: null,
      municipalityApprovedBy: null,
      organisationApprovedAt: null,
      organisationApprovedBy: null,
    })
    .where(eq(meetings.id, meetingId));
}

type Scoped = { db: Db; actor: Actor };

/**
 * Where the meeting belongs and the title it gets by default: the organisation or forum it is held
 * with, which the actor must manage and, when `within` is given (an import into one
 * municipality), must belong to that municipality.
 */
export async function checkTarget(
  db: Db,
  actor: Actor,
  input: Pick<MeetingInput, 'kind' | 'organisationId' | 'forumId' | 'municipalityCode' | 'date'>,
  within?: string,
) {
  const year = input.date ? ` ${input.date.slice(0, 4)}` : '';
  const allowed = (body: { municipalityCode: string }) =>
    canManageMeeting(actor, body) && (within === undefined || body.municipalityCode === within);
  if (input.kind === 'dialogmoede') {
    const org = await findOrganisationRef(db, input.organisationId ?? -1);
    if (!org || !allowed(org)) throw fieldError('organisationId', 'Vælg en boligorganisation under kommunens tilsyn.');
    return {
      target: { municipalityCode: org.municipalityCode, organisationId: org.id, forumId: null },
      title: `Styringsdialogmøde${year} – ${org.name}`,
    };
  }
  if (input.kind === 'forum') {
    const forum = await findForumRef(db, input.forumId ?? -1);
    if (!forum || !allowed(forum)) throw fieldError('forumId', 'Vælg et af kommunens fora.');
    return {
      target: { municipalityCode: forum.municipalityCode, organisationId: null, forumId: forum.id },
      title: `Møde i ${forum.name}${year}`,
    };
  }
  if (!canManageMeeting(actor, { municipalityCode: input.municipalityCode })) throw forbidden();
  return {
    target: { municipalityCode: input.municipalityCode, organisationId: null, forumId: null },
    title: `${KIND_LABELS.faellesmoede}${year}`,
  };
}

/** People who sit on the meeting's bodies today, as participants with their titles. */
async function currentMembers(
  db: Db,
  target: { municipalityCode: string; organisationId: number | null; forumId: number | null },
  kind: MeetingKind,
) {
  const bodies: MemberBodies =
    kind === 'forum'
      ? { forumId: target.forumId! }
      : kind === 'dialogmoede'
        ? { organisationId: target.organisationId!, municipalityCode: target.municipalityCode }
        : { municipalityCode: target.municipalityCode };
  const rows = await currentMembersOf(db, bodies);
  return rows.map((r): { name: string; email: string | null; title: string; side: Side } => ({
    name: r.name,
    email: r.email,
    title: r.title,
    side: r.organisationId !== null ? 'organisation' : r.forumId !== null ? 'other' : 'municipality',
  }));
}

/** Creates a meeting, from the guide's agenda template unless told otherwise, with today's members as participants. */
export async function createMeeting({ db, actor, input }: Scoped & { input: MeetingInput }) {
  const { target, title } = await checkTarget(db, actor, input);
  const startsAt = danishInstant(input.date, input.startTime);
  const endsAt = input.endTime ? danishInstant(input.date, input.endTime) : null;
  if (startsAt && endsAt && endsAt <= startsAt) throw fieldError('endTime', 'Sluttidspunktet skal ligge efter starttidspunktet.');
  const members = await currentMembers(db, target, input.kind);
  return db.transaction(async (tx) => {
    const year = input.date ? Number(input.date.slice(0, 4)) : null;
    const dialogueId = target.organisationId !== null && year !== null ? await findDialogueId(tx, target.organisationId, year) : null;
    const [row] = await tx
      .insert(meetings)
      .values({
        kind: input.kind,
        ...target,
        dialogueId,
        title: input.title ?? title,
        startsAt,
        endsAt,
        place: input.place,
      })
      .returning();
    if (input.useTemplate) {
      await tx
        .insert(agendaItems)
        .values(AGENDA_TEMPLATES[input.kind].map((t, i) => ({ meetingId: row.id, position: i + 1, title: t.title, theme: t.theme })));
    }
    if (members.length) {
      await tx
        .insert(meetingParticipants)
        .values(
          members.map((m, i) => ({ meetingId: row.id, name: m.name, title: m.title, side: m.side, email: m.email, position: i + 1 })),
        );
    }
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: row.id,
      action: 'create',
      summary: `${KIND_LABELS[row.kind]} oprettet: ${row.title}`,
      after: row,
    });
    return row;
  });
}

/** Title, time and place; optimistic locking on the meeting's version. */
export async function updateMeeting({
  db,
  actor,
  meeting,
  version,
  input,
}: Scoped & { meeting: ManagedMeeting; version: number; input: Pick<MeetingInput, 'title' | 'date' | 'startTime' | 'endTime' | 'place'> }) {
  const head = meeting;
  const meetingId = editableId(meeting);
  const startsAt = danishInstant(input.date, input.startTime);
  const endsAt = input.endTime ? danishInstant(input.date, input.endTime) : null;
  if (startsAt && endsAt && endsAt <= startsAt) throw fieldError('endTime', 'Sluttidspunktet skal ligge efter starttidspunktet.');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(meetings)
      .set({
        title: input.title ?? head.title,
        startsAt,
        endsAt,
        place: input.place,
        version: sql`${meetings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(meetings.id, meetingId), eq(meetings.version, version)))
      .returning();
    if (!row)
      throw new AppError('conflict', 'Mødet er ændret af en anden, mens du redigerede. Se de nye oplysninger og prøv igen.', {
        field: 'title',
      });
    await touchMinutes(tx, meetingId);
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      summary: 'Mødets oplysninger ændret',
      before: { title: head.title, startsAt: head.startsAt, endsAt: head.endsAt, place: head.place },
      after: { title: row.title, startsAt: row.startsAt, endsAt: row.endsAt, place: row.place },
    });
  });
}
