import { and, asc, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { dialogueYear } from '../dialogue/index.ts';
import { meetingVisible } from './policy.ts';
import { meetingParticipants, meetings } from './tables.ts';

/*
 * The organisation's dialogue meeting of a governance year as the aftaledokument tells it: when and
 * where it was held, who took part for each side, and the next dialogue meeting planned after it.
 * Read-only, in the actor's scope.
 */

const meetingYear = sql<number>`coalesce(${dialogueYear(meetings.dialogueId)}, extract(year from ${meetings.startsAt} at time zone 'Europe/Copenhagen')::int)`;

export interface HeldDialogueMeeting {
  id: number;
  title: string;
  startsAt: Date | null;
  place: string | null;
  participants: { name: string; title: string | null; side: 'municipality' | 'organisation' | 'other'; present: boolean }[];
  next: { startsAt: Date | null; place: string | null } | null;
}

/** The held dialogue meeting of the year (the first, if several), or null. */
export async function heldDialogueMeeting({
  db,
  actor,
  organisationId,
  year,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  year: number;
}): Promise<HeldDialogueMeeting | null> {
  const [m] = await db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, place: meetings.place })
    .from(meetings)
    .where(
      and(
        eq(meetings.kind, 'dialogmoede'),
        isNotNull(meetings.heldAt),
        eq(meetings.organisationId, organisationId),
        sql`${meetingYear} = ${year}`,
        meetingVisible(actor),
      ),
    )
    .orderBy(sql`${meetings.startsAt} nulls last`, asc(meetings.id))
    .limit(1);
  if (!m) return null;
  const [participants, [next]] = await Promise.all([
    db
      .select({
        name: meetingParticipants.name,
        title: meetingParticipants.title,
        side: meetingParticipants.side,
        present: meetingParticipants.present,
      })
      .from(meetingParticipants)
      .where(inArray(meetingParticipants.meetingId, [m.id]))
      .orderBy(asc(meetingParticipants.position), asc(meetingParticipants.id)),
    db
      .select({ startsAt: meetings.startsAt, place: meetings.place })
      .from(meetings)
      .where(
        and(
          eq(meetings.kind, 'dialogmoede'),
          eq(meetings.organisationId, organisationId),
          m.startsAt ? gt(meetings.startsAt, m.startsAt) : sql`${meetingYear} > ${year}`,
          meetingVisible(actor),
        ),
      )
      .orderBy(asc(meetings.startsAt))
      .limit(1),
  ]);
  return { ...m, participants, next: next ?? null };
}
