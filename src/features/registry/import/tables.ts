import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../../../auth/tables.ts';
import { organisations } from '../tables.ts';
import type { ImportRow, LineError } from './validate.ts';

/**
 * An uploaded estate file, parsed and validated, waiting for the user to confirm it.
 * The preview lives in the database (not in memory) so any app process can confirm it,
 * and the confirmation writes exactly the rows the user saw.
 */
export const estateImports = pgTable(
  'estate_imports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    // Only the user who uploaded the file may see or confirm its preview.
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name').notNull(),
    // How the file was read, e.g. "CSV, Windows-1252, semikolon", shown so a wrong guess is visible.
    format: text('format').notNull(),
    rows: jsonb('rows').$type<ImportRow[]>().notNull(),
    errors: jsonb('errors').$type<LineError[]>().notNull(),
    ignoredColumns: jsonb('ignored_columns').$type<string[]>().notNull(),
    status: text('status', { enum: ['preview', 'imported', 'cancelled'] })
      .notNull()
      .default('preview'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('estate_imports_organisation_idx').on(t.organisationId, t.createdBy)],
);
