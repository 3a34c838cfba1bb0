import { sql } from 'drizzle-orm';
import { boolean, char, customType, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { municipalities, organisations } from '../registry/tables.ts';

export const DOCUMENT_STATUSES = ['udkast', 'sendt', 'godkendt', 'offentliggjort'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * One version of an organisation's aftaledokument of a governance year. Version 1 is generated
 * from the dialogue; a correction of a published version is version n+1 beside it. A published
 * version never changes (the services refuse, and the routes say why).
 */
export const agreementDocuments = pgTable(
  'agreement_documents',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    // The supervising municipality when the document was made: it writes, approves and publishes.
    municipalityCode: char('municipality_code', { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    governanceYear: integer('governance_year').notNull(),
    number: integer('number').notNull(),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull().default('udkast'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    municipalityApprovedAt: timestamp('municipality_approved_at', { withTimezone: true }),
    municipalityApprovedBy: text('municipality_approved_by'),
    organisationApprovedAt: timestamp('organisation_approved_at', { withTimezone: true }),
    organisationApprovedBy: text('organisation_approved_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: text('published_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agreement_documents_org_year_number_key').on(t.organisationId, t.governanceYear, t.number)],
);

/**
 * A section of one version, as text (paragraphs, "- " bullets). `generated`: the text is what the
 * data gave, untouched by hand, so "Opdater fra data" may rewrite it. `revision` guards against two
 * people saving the same section at once.
 */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const agreementDocumentSections = pgTable(
  'agreement_document_sections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    documentId: integer('document_id')
      .notNull()
      .references(() => agreementDocuments.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    heading: text('heading').notNull(),
    text: text('text').notNull().default(''),
    generated: boolean('generated').notNull(),
    revision: integer('revision').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // The public search's match and rank of a published version (public.ts), stored: a document is long.
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('danish', heading || ' ' || text)`),
  },
  (t) => [
    uniqueIndex('agreement_document_sections_key').on(t.documentId, t.key),
    index('agreement_document_sections_doc_idx').on(t.documentId),
    index('agreement_document_sections_search_idx').using('gin', t.search),
  ],
);
