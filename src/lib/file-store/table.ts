import { bigint, char, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Bytes live in the data folder's file store under their sha256; this row is what we know about them. */
export const storedFiles = pgTable('stored_files', {
  sha256: char('sha256', { length: 64 }).primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mediaType: text('media_type').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
