import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A file sent with a message (an agenda PDF, an iCalendar invitation), base64-encoded. */
export type MailAttachment = { filename: string; contentType: string; contentBase64: string };

/**
 * Outgoing e-mail. A worker claims due rows with FOR UPDATE SKIP LOCKED, so several
 * app processes on one PostgreSQL never send a message twice.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // Optional idempotency key: the same reminder is never queued twice.
    dedupeKey: text('dedupe_key'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    attachments: jsonb('attachments').$type<MailAttachment[]>(),
    // Extra header lines (List-Unsubscribe, List-Unsubscribe-Post), by name.
    headers: jsonb('headers').$type<Record<string, string>>(),
    status: text('status', { enum: ['pending', 'sent', 'failed', 'held'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('outbox_dedupe_key').on(t.dedupeKey), index('outbox_due_idx').on(t.status, t.nextAttemptAt)],
);
