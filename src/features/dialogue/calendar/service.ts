import { and, eq, isNull } from 'drizzle-orm';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { actorFor } from '../../../auth/scope.ts';
import { users } from '../../../auth/tables.ts';
import type { Db } from '../../../db/client.ts';
import { newToken, sha256 } from '../../../lib/tokens.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { governanceYearOf } from '../governance-year.ts';
import type { DialogueFactsSql } from '../facts.ts';
import { dialogueOverview } from '../overview.ts';
import { calendarFeeds } from '../tables.ts';

/** A new secret address for the user's feed; any earlier one stops working. Only its hash is kept. */
export async function createFeed(db: Db, userId: number): Promise<string> {
  const token = newToken();
  await db
    .insert(calendarFeeds)
    .values({ userId, tokenHash: sha256(token) })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: sha256(token), createdAt: new Date() } });
  return token;
}

export async function revokeFeed(db: Db, userId: number): Promise<void> {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}

export async function feedCreatedAt(db: Db, userId: number): Promise<Date | null> {
  const [row] = await db.select({ at: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row?.at ?? null;
}

const dateArray = (iso: string): [number, number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];

/** An all-day event: DTSTART and DTEND as dates (the day after), which every calendar reads alike. */
function allDay(iso: string): { start: DateArray; end: DateArray } {
  const next = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + 1));
  return { start: dateArray(iso), end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()] };
}

/**
 * The iCalendar text of a feed: the deadlines and meeting dates of every dialogue the feed's owner
 * may see, this governance year and the next. Null for an unknown, revoked or disabled user's token.
 */
export async function calendarFeed({
  db,
  token,
  publicUrl,
  today = danishToday(),
  facts,
}: {
  db: Db;
  token: string;
  publicUrl: string;
  today?: string;
  facts: DialogueFactsSql;
}): Promise<string | null> {
  const [user] = await db
    .select({ user: users })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, sha256(token)), isNull(users.disabledAt)));
  if (!user) return null;
  const actor = actorFor(user.user);
  const year = governanceYearOf(today);
  const base = publicUrl.replace(/\/+$/, '');
  const events: EventAttributes[] = [];
  const uids = new Set<string>();
  for (const y of [year, year + 1]) {
    for (const r of await dialogueOverview({ db, actor, year: y, today, facts })) {
      const url = `${base}/boligorganisationer/${r.organisationId}/styringsdialog/${y}`;
      for (const d of r.deadlines) {
        // The fællesmøde is one event for the municipality, not one per organisation.
        const uid =
          d.kind === 'faellesmoede'
            ? `faellesmoede-${r.municipalityCode}-${y}@styringsdialog`
            : `frist-${r.organisationId}-${y}-${d.kind}@styringsdialog`;
        if (uids.has(uid)) continue;
        uids.add(uid);
        const joint = d.kind === 'faellesmoede';
        events.push({
          uid,
          ...allDay(d.date),
          categories: ['Styringsdialog'],
          // Everyone who sees one of the municipality's organisations may open that organisation's årshjul.
          url: joint ? `${base}/boligorganisationer/${r.organisationId}/aarshjul` : url,
          title: joint ? `Fællesmøde – ${r.municipalityName}` : `Frist: ${d.label} – ${r.name}`,
          description: joint
            ? `Fællesmøde mellem ${r.municipalityName} og de boligorganisationer, kommunen fører tilsyn med (styringsdialog ${y}).`
            : `Styringsdialog ${y} med ${r.name} (${r.municipalityName}). ${d.overdue ? 'Fristen er overskredet.' : d.met ? 'Fristen er overholdt.' : ''}`.trim(),
        });
      }
      if (r.meetingDate) {
        events.push({
          uid: `moede-${r.organisationId}-${y}@styringsdialog`,
          ...allDay(r.meetingDate),
          url,
          title: `Styringsdialogmøde – ${r.name}`,
          categories: ['Styringsdialog'],
        });
      }
    }
  }
  const { error, value } = createEvents(events, { calName: 'Styringsdialog', productId: 'styringsdialog' });
  if (error) throw error;
  return value ?? '';
}
