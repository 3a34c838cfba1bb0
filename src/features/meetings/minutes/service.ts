import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { getMeeting, loadMeetingHead } from '../load.ts';
import { assertUnlocked } from '../managed.ts';
import { meetings, minutesComments, minutesVersions, type Side } from '../tables.ts';
import { minutesText, toMeetingDocument } from '../export/to-document.ts';
import { textDiff, type DiffPart } from '../../../lib/text-diff.ts';

/*
 * Minutes go kladde → til_kommentering → godkendt. The municipality writes them and sends them
 * to the organisation; each side approves; when every party has approved, the text is frozen
 * as a version and the minutes are locked. A later change opens the next version, whose diff
 * against the approved one is shown to both.
 */

type Scoped = { db: Db; actor: Actor; meetingId: number };

/** Optimistic lock on the meeting row: the state the user saw must still be the state. */
async function stepMeeting(tx: Db, meetingId: number, version: number, set: Partial<typeof meetings.$inferInsert>) {
  const [row] = await tx
    .update(meetings)
    .set({ ...set, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(meetings.id, meetingId), eq(meetings.version, version)))
    .returning();
  if (!row) throw new AppError('conflict', 'Mødet er ændret af en anden imens. Se siden igen og prøv på ny.');
  return row;
}

export async function sendForComments({ db, actor, meetingId, version }: Scoped & { version: number }) {
  const head = await loadMeetingHead(db, actor, meetingId);
  if (!head.canManage) throw forbidden();
  assertUnlocked(head);
  if (head.minutesStatus === 'til_kommentering') throw new AppError('conflict', 'Referatet er allerede sendt til kommentering.');
  await db.transaction(async (tx) => {
    await stepMeeting(tx, meetingId, version, { minutesStatus: 'til_kommentering', heldAt: head.heldAt ?? new Date() });
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      summary: `Referat (version ${head.minutesVersion}) sendt til kommentering`,
    });
  });
}

export async function addComment({ db, actor, meetingId, itemId, text }: Scoped & { itemId: number | null; text: string }) {
  const m = await getMeeting({ db, actor, meetingId });
  if (!m.canComment) throw forbidden();
  if (itemId !== null && !m.tree.some((i) => i.id === itemId || i.children.some((c) => c.id === itemId))) throw notFound('Punktet');
  const side: Side = m.canManage ? 'municipality' : 'organisation';
  await db.transaction(async (tx) => {
    await tx.insert(minutesComments).values({ meetingId, itemId, minutesVersion: m.minutesVersion, side, authorLabel: actor.label, text });
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'create',
      summary: 'Bemærkning til referatet',
      after: { text },
    });
  });
}

/** One side's approval. The last one needed freezes the text as a version and locks the minutes. */
export async function approveMinutes({ db, actor, meetingId, version }: Scoped & { version: number }) {
  const m = await getMeeting({ db, actor, meetingId });
  assertUnlocked(m);
  if (m.minutesStatus !== 'til_kommentering')
    throw new AppError('conflict', 'Referatet skal sendes til kommentering, før det kan godkendes.');
  const side: 'municipality' | 'organisation' | null = m.canManage ? 'municipality' : m.canActForOrganisation ? 'organisation' : null;
  if (!side) throw forbidden();
  const now = new Date();
  const set =
    side === 'municipality'
      ? { municipalityApprovedAt: now, municipalityApprovedBy: actor.label }
      : { organisationApprovedAt: now, organisationApprovedBy: actor.label };
  const needsOrganisation = m.organisationId !== null;
  const complete =
    (side === 'municipality' || m.municipalityApprovedAt !== null) &&
    (!needsOrganisation || side === 'organisation' || m.organisationApprovedAt !== null);
  await db.transaction(async (tx) => {
    await stepMeeting(tx, meetingId, version, complete ? { ...set, minutesStatus: 'godkendt' } : set);
    if (complete) {
      const approved = { ...m, ...set, minutesStatus: 'godkendt' as const };
      await tx.insert(minutesVersions).values({
        meetingId,
        version: m.minutesVersion,
        text: minutesText(toMeetingDocument(approved, 'minutes')),
        approvedBy: actor.label,
      });
    }
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      summary: complete
        ? `Referat version ${m.minutesVersion} godkendt og låst`
        : `Referatet godkendt af ${side === 'municipality' ? 'kommunen' : 'boligorganisationen'}`,
    });
  });
  return { complete };
}

/** Opens approved minutes for a change: the next version starts as a draft. */
export async function newMinutesVersion({ db, actor, meetingId, version }: Scoped & { version: number }) {
  const head = await loadMeetingHead(db, actor, meetingId);
  if (!head.canManage) throw forbidden();
  if (head.minutesStatus !== 'godkendt') throw new AppError('conflict', 'Referatet er ikke godkendt endnu, så det kan rettes direkte.');
  await db.transaction(async (tx) => {
    await stepMeeting(tx, meetingId, version, {
      minutesStatus: 'kladde',
      minutesVersion: head.minutesVersion + 1,
      municipalityApprovedAt: null,
      municipalityApprovedBy: null,
      organisationApprovedAt: null,
      organisationApprovedBy: null,
    });
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      summary: `Ny version ${head.minutesVersion + 1} af referatet påbegyndt`,
    });
  });
}

/**
 * A version's changes against the version before it; for the draft of a new version, against
 * the last approved one. Null when there is nothing to compare with.
 */
export async function minutesDiff({ db, actor, meetingId, version }: Scoped & { version: number }) {
  const m = await getMeeting({ db, actor, meetingId });
  const frozen = await db
    .select()
    .from(minutesVersions)
    .where(eq(minutesVersions.meetingId, meetingId))
    .orderBy(desc(minutesVersions.version));
  const current = frozen.find((v) => v.version === version);
  const isDraft = !current && version === m.minutesVersion && m.minutesStatus !== 'godkendt';
  if (!current && !isDraft) throw notFound('Versionen');
  const before = frozen.find((v) => v.version < version);
  const text = current?.text ?? minutesText(toMeetingDocument(m, 'minutes'));
  const parts: DiffPart[] | null = before ? textDiff(before.text, text) : null;
  return {
    meeting: m,
    version,
    previous: before?.version ?? null,
    text,
    parts,
    approvedAt: current?.approvedAt ?? null,
    approvedBy: current?.approvedBy ?? null,
  };
}
