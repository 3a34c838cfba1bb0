import { char, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../../../auth/tables.ts';
import { storedFiles } from '../../../lib/file-store/table.ts';
import { organisations } from '../../registry/tables.ts';
import { keyFigureImports } from '../tables.ts';
import type { PreviewReport } from './report.ts';
import type { LineError } from './validate.ts';

/**
 * An uploaded figures file, checked, waiting for the user to confirm it. The file itself is in
 * the file store (a national file has 100,000 lines; the preview keeps only its report), so any
 * app process can confirm it by reading the file again.
 */
export const keyFigureImportPreviews = pgTable(
  'key_figure_import_previews',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // Only the user who uploaded the file may see or confirm its preview.
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    // The organisation whose page the import was started from, for the way back; the file decides what is written.
    organisationId: integer('organisation_id').references(() => organisations.id),
    fileName: text('file_name').notNull(),
    fileHash: char('file_hash', { length: 64 })
      .notNull()
      .references(() => storedFiles.sha256),
    source: text('source').notNull(),
    // Only this year's lines, when the user asked for one year.
    year: integer('year'),
    // The newest import when the preview was made: another import since makes its changes out of date.
    watermark: integer('watermark').notNull().default(0),
    report: jsonb('report').$type<PreviewReport>().notNull(),
    errors: jsonb('errors').$type<LineError[]>().notNull(),
    status: text('status', { enum: ['preview', 'imported', 'cancelled'] })
      .notNull()
      .default('preview'),
    importId: integer('import_id').references(() => keyFigureImports.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('key_figure_import_previews_created_by_idx').on(t.createdBy)],
);
