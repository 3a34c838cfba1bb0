import { and, asc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { PUBLIC_ACTOR } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { dialogueYear } from '../dialogue/index.ts';
import { forumName, organisationName } from '../registry/index.ts';
import type { MeetingDocument } from './export/document.ts';
import { renderMeetingInWorker } from './export/render.ts';
import { toMeetingDocument } from './export/to-document.ts';
import { getMeeting } from './load.ts';
import { meetings } from './tables.ts';

/*
 * What the meetings feature lets the public site read: approved minutes only, as the public copy
 * (closed items and their sub-items left out, no bilag, no comments, no e-mail addresses), and the
 * years in which an organisation's dialogue meeting was held. No actor: these are everyone's.
 */

/** A meeting whose minutes both sides (or the municipality, for a joint or forum meeting) approved. */
const approvedMinutes: SQL = and(eq(meetings.minutesStatus, 'godkendt'), isNotNull(meetings.heldAt))!;
const yearOfMeeting = sql<number>`coalesce(${dialogueYear(meetings.dialogueId)}, extract(year from coalesce(${meetings.startsAt}, ${meetings.heldAt}) at time zone 'Europe/Copenhagen')::int)`;

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

/** The public copy as PDF, by the meeting export's renderer (off the main thread). */
export const publicMinutesPdf = (minutes: PublicMinutes) => renderMeetingInWorker(minutes.document, 'pdf');

/** Every meeting with approved minutes, for the sitemap. */
export function approvedMinutesAddresses(db: Db) {
  return db.select({ id: meetings.id, updatedAt: meetings.updatedAt }).from(meetings).where(approvedMinutes).orderBy(asc(meetings.id));
}
