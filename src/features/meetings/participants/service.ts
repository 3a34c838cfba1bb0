import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { touchMinutes } from '../service.ts';
import { editableId, type ManagedMeeting } from '../managed.ts';
import { meetingParticipants, type Side } from '../tables.ts';

type Scoped = { db: Db; actor: Actor; meeting: ManagedMeeting };

export async function addParticipant({
  db,
  actor,
  meeting,
  input,
}: Scoped & { input: { name: string; title: string | null; side: Side; email: string | null } }) {
  const meetingId = editableId(meeting);
  await db.transaction(async (tx) => {
    const [{ next }] = await tx
      .select({ next: sql<number>`coalesce(max(${meetingParticipants.position}), 0) + 1` })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meetingId));
    const [row] = await tx
      .insert(meetingParticipants)
      .values({ meetingId, ...input, position: Number(next) })
      .returning();
    await touchMinutes(tx, meetingId);
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'create',
      summary: `Deltager tilføjet: ${row.name}`,
      after: row,
    });
  });
}

/** Present or absent, or removed from the list altogether. */
export async function changeParticipant({
  db,
  actor,
  meeting,
  participantId,
  change,
}: Scoped & { participantId: number; change: 'til_stede' | 'fravaerende' | 'fjern' }) {
  const meetingId = editableId(meeting);
  await db.transaction(async (tx) => {
    const where = and(eq(meetingParticipants.id, participantId), eq(meetingParticipants.meetingId, meetingId));
    const [row] =
      change === 'fjern'
        ? await tx.delete(meetingParticipants).where(where).returning()
        : await tx
            .update(meetingParticipants)
            .set({ present: change === 'til_stede' })
            .where(where)
            .returning();
    if (!row) throw notFound('Deltageren');
    await touchMinutes(tx, meetingId);
    const summary =
      change === 'fjern'
        ? `Deltager fjernet: ${row.name}`
        : `${row.name} registreret som ${change === 'til_stede' ? 'til stede' : 'fraværende'}`;
    await recordAudit(tx, { actor, entityType: 'meeting', entityId: meetingId, action: change === 'fjern' ? 'delete' : 'update', summary });
  });
}
