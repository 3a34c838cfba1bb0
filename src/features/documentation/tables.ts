import { sql } from 'drizzle-orm';
import { boolean, char, customType, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../../auth/tables.ts';
import { storedFiles } from '../../lib/file-store/table.ts';
import { dialogues } from '../dialogue/tables.ts';
import { municipalities, organisations } from '../registry/tables.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The municipality's checklist for the documentation package (the guide's items by default),
 * plus items a municipality adds for one organisation (organisationId set), such as a
 * special analysis agreed at last year's meeting.
 */
export const checklistItems = pgTable(
  'checklist_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    municipalityCode: char('municipality_code', { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    organisationId: integer('organisation_id').references(() => organisations.id),
    title: text('title').notNull(),
    description: text('description'),
    required: boolean('required').notNull().default(true),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('checklist_items_municipality_idx').on(t.municipalityCode, t.organisationId)],
);

export const PACKAGE_STATUSES = ['aaben', 'indsendt', 'returneret', 'accepteret'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

/** One dialogue's documentation package: opened when the dialogue is convened. */
export const documentationPackages = pgTable('documentation_packages', {
  dialogueId: integer('dialogue_id')
    .primaryKey()
    .references(() => dialogues.id),
  status: text('status', { enum: PACKAGE_STATUSES }).notNull().default('aaben'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const ITEM_REVIEWS = ['afventer', 'godkendt', 'mangler'] as const;
export type ItemReview = (typeof ITEM_REVIEWS)[number];

/** An item of one package, copied from the checklist when the package opens, so later checklist edits do not rewrite history. */
export const packageItems = pgTable(
  'package_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    dialogueId: integer('dialogue_id')
      .notNull()
      .references(() => documentationPackages.dialogueId),
    checklistItemId: integer('checklist_item_id').references(() => checklistItems.id),
    title: text('title').notNull(),
    description: text('description'),
    required: boolean('required').notNull(),
    position: integer('position').notNull(),
    review: text('review', { enum: ITEM_REVIEWS }).notNull().default('afventer'),
    reviewNote: text('review_note'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('package_items_dialogue_idx').on(t.dialogueId, t.position)],
);

/** A file uploaded to a package item, with the text extracted from it for search. */
export const packageFiles = pgTable(
  'package_files',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    packageItemId: integer('package_item_id')
      .notNull()
      .references(() => packageItems.id),
    sha256: char('sha256', { length: 64 })
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    textContent: text('text_content'),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('danish', coalesce(file_name, '') || ' ' || coalesce(text_content, ''))`),
  },
  (t) => [
    index('package_files_item_idx').on(t.packageItemId),
    index('package_files_search_idx').using('gin', t.search),
    uniqueIndex('package_files_item_sha_key')
      .on(t.packageItemId, t.sha256)
      .where(sql`removed_at is null`),
  ],
);

/** The columns of package_files a page needs: not the extracted text or its search vector. */
export const packageFileMeta = {
  id: packageFiles.id,
  packageItemId: packageFiles.packageItemId,
  sha256: packageFiles.sha256,
  fileName: packageFiles.fileName,
  uploadedBy: packageFiles.uploadedBy,
  uploadedAt: packageFiles.uploadedAt,
};

/** The conversation on an item: uploads, reviews, notes, returns — what both sides see as its history. */
export const packageItemEvents = pgTable(
  'package_item_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    packageItemId: integer('package_item_id')
      .notNull()
      .references(() => packageItems.id),
    /** upload/fjernet/genindsat/vurdering/bemaerkning on the item; indsendt/returneret/accepteret: the package's step, on each of its items. */
    kind: text('kind', {
      enum: ['upload', 'fjernet', 'genindsat', 'vurdering', 'bemaerkning', 'indsendt', 'returneret', 'accepteret'],
    }).notNull(),
    review: text('review', { enum: ITEM_REVIEWS }),
    note: text('note'),
    actorUserId: integer('actor_user_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('package_item_events_item_idx').on(t.packageItemId, t.at)],
);
