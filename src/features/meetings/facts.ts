import { and, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { dialogueYear } from '../dialogue/index.ts';
import { meetingVisible } from './policy.ts';
import { meetings } from './tables.ts';

/*
 * When a dialogue meeting counts as held: when its minutes have been sent for comments (or
 * approved, or imported from an earlier year), which sets held_at. A date in the calendar is a
 * plan, not a meeting. The day is the meeting's own date, or the day its minutes went out.
 */

const heldDay = sql<string>`to_char(coalesce(${meetings.startsAt}, ${meetings.heldAt}) at time zone 'Europe/Copenhagen', 'YYYY-MM-DD')`;
// The governance year of a meeting: its dialogue's, or the year of its date when it was made before the dialogue.
const meetingYear = sql`coalesce(${dialogueYear(meetings.dialogueId)}, extract(year from ${meetings.startsAt} at time zone 'Europe/Copenhagen')::int)`;
const heldDialogueMeeting = and(eq(meetings.kind, 'dialogmoede'), isNotNull(meetings.heldAt));

/** The day the organisation's dialogue meeting of the governance year was held, or null: a scalar subquery for the dialogue's queries (src/wiring.ts). */
export const dialogueMeetingHeldOn = (organisationId: SQL, governanceYear: SQL) =>
  sql<
    string | null
  >`(select min(${heldDay}) from ${meetings} where ${heldDialogueMeeting} and ${meetings.organisationId} = ${organisationId} and ${meetingYear} = ${governanceYear})`;

/** The day of each organisation's latest held dialogue meeting, of any year, among the meetings the actor may see ("Seneste møde"). */
export async function lastHeldDialogueMeetings({
  db,
  actor,
  organisationIds,
}: {
  db: Db;
  actor: Actor;
  organisationIds: number[];
}): Promise<Map<number, string>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .select({ organisationId: meetings.organisationId, last: sql<string>`max(${heldDay})` })
    .from(meetings)
    .where(and(heldDialogueMeeting, inArray(meetings.organisationId, organisationIds), meetingVisible(actor)))
    .groupBy(meetings.organisationId);
  return new Map(rows.flatMap((r) => (r.organisationId !== null && r.last ? [[r.organisationId, r.last] as const] : [])));
}
