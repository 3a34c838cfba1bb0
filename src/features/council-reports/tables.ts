import { boolean, char, date, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { municipalities } from '../registry/tables.ts';

/*
 * The municipality's yearly report to its council on all its dialogues (redegørelse,
 * almenboligloven § 164). A report is a list of sections; the generated ones are written from the
 * data when the report is made and again on "Opdater fra data", unless someone has edited them by
 * hand. The organisation overview table is stored as structured rows in its section (a snapshot of
 * the data when generated, so an approved report does not change when the data does). The reasons
 * for meetings not held are a section of their own: generated with a line per organisation, then
 * written by the municipality.
 */

export const REPORT_STATUSES = ['udkast', 'godkendt'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const councilReports = pgTable(
  'council_reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    municipalityCode: char('municipality_code', { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    governanceYear: integer('governance_year').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('udkast'),
    /** The Danish date of the approval: the year wheel's "Redegørelse til kommunalbestyrelsen" is met by it. */
    approvedOn: date('approved_on', { mode: 'string' }),
    approvedBy: text('approved_by'),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('council_reports_municipality_year_key').on(t.municipalityCode, t.governanceYear)],
);

/** One row of the organisation overview, stored with the section that shows it. */
export interface OverviewTableRow {
  organisationId: number;
  organisation: string;
  /** "Afholdt 14. oktober 2025", "Ikke afholdt", "Ikke dialogår". */
  meeting: string;
  stage: string;
  /** Where the aftaledokument stands; absent in reports generated before it was tracked. */
  agreementDocument?: string;
  red: string;
  agreements: string;
}

export const councilReportSections = pgTable(
  'council_report_sections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => councilReports.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    heading: text('heading').notNull(),
    text: text('text').notNull(),
    /** Written from the data (true) or free text (the introduction, the conclusion). */
    generated: boolean('generated').notNull(),
    /** Changed by hand since it was generated: "Opdater fra data" leaves it as it is. */
    edited: boolean('edited').notNull().default(false),
    table: jsonb('table').$type<OverviewTableRow[] | null>(),
    revision: integer('revision').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by'),
  },
  (t) => [uniqueIndex('council_report_sections_report_key').on(t.reportId, t.key)],
);
