import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';
import { outbox, type MailAttachment } from './tables.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  dedupeKey?: string;
  attachments?: MailAttachment[];
  /** Extra header lines by name, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** Queues a message in the caller's transaction; a repeated dedupeKey is ignored. */
export async function enqueueMail(tx: Db, mail: Mail): Promise<void> {
  await tx
    .insert(outbox)
    .values({
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      dedupeKey: mail.dedupeKey,
      attachments: mail.attachments ?? null,
      headers: mail.headers ?? null,
    })
    .onConflictDoNothing();
}

/** The newest messages for the admin page: attachments by name only, not their bytes. */
export async function listOutbox(db: Db, limit = 200) {
  return db
    .select({
      id: outbox.id,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      textBody: outbox.textBody,
      status: outbox.status,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      attachmentNames: sql<string[] | null>`(select array_agg(a->>'filename') from jsonb_array_elements(${outbox.attachments}) a)`,
    })
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(limit);
}

export type Sender = (mail: {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
  headers?: Record<string, string>;
}) => Promise<void>;

const MAX_ATTEMPTS = 8;

/**
 * Sends due messages. Each is claimed with FOR UPDATE SKIP LOCKED inside a transaction,
 * so two workers on one database never send the same message; a failure is retried
 * later with growing delay. Without a sender (no SMTP) messages are held for the admin page.
 */
export async function deliverDue(db: Db, send: Sender | null, batch = 20): Promise<number> {
  if (!send) {
    await db.update(outbox).set({ status: 'held' }).where(eq(outbox.status, 'pending'));
    return 0;
  }
  let delivered = 0;
  for (let i = 0; i < batch; i++) {
    const done = await db.transaction(async (tx) => {
      const [row] = await queryRows<{
        id: number;
        to_address: string;
        subject: string;
        text_body: string;
        attachments: MailAttachment[] | null;
        headers: Record<string, string> | null;
        attempts: number;
      }>(
        tx,
        sql`
        select id, to_address, subject, text_body, attachments, headers, attempts from outbox
        where status in ('pending', 'held') and next_attempt_at <= now()
        order by id limit 1 for update skip locked`,
      );
      if (!row) return null;
      try {
        await send({
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          attachments: row.attachments ?? undefined,
          headers: row.headers ?? undefined,
        });
        await tx
          .update(outbox)
          .set({ status: 'sent', sentAt: new Date(), attempts: row.attempts + 1, lastError: null })
          .where(eq(outbox.id, row.id));
        return true;
      } catch (error) {
        const attempts = row.attempts + 1;
        const delayMinutes = Math.min(60 * 24, 2 ** attempts);
        await tx
          .update(outbox)
          .set({
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            attempts,
            lastError: String((error as Error).message ?? error).slice(0, 500),
            nextAttemptAt: new Date(Date.now() + delayMinutes * 60_000),
          })
          .where(eq(outbox.id, row.id));
        return false;
      }
    });
    if (done === null) break;
    if (done) delivered++;
  }
  return delivered;
}

/** Messages held because no SMTP was configured become pending again when it is. */
export async function releaseHeld(db: Db): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'pending' })
    .where(and(eq(outbox.status, 'held'), lte(outbox.nextAttemptAt, new Date())));
}

export async function countByStatus(db: Db) {
  const rows = await db
    .select({ status: outbox.status, n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(inArray(outbox.status, ['pending', 'sent', 'failed', 'held']))
    .groupBy(outbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
}
