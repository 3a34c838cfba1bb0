import { getTableColumns, sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { dialogues } from '../dialogue/tables.ts';
import { storedFiles } from '../../lib/file-store/table.ts';
import { fora, municipalities, organisations } from '../registry/tables.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const MEETING_KINDS = ['dialogmoede', 'faellesmoede', 'forum'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Themes of STYRINGSDIALOG.md section 9, used for items now and agreements later. */
export const THEMES = [
  'byudvikling',
  'udlejning',
  'vedligeholdelse',
  'boligsocialt',
  'oekonomi',
  'beboerdemokrati',
  'administration',
  'aeldre_handicap',
  'klima_miljoe',
  'andet',
] as const;
export type Theme = (typeof THEMES)[number];

/** Minutes: kladde → til_kommentering (the other party comments and approves) → godkendt (locked). */
export const MINUTES_STATUSES = ['kladde', 'til_kommentering', 'godkendt'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const SIDES = ['municipality', 'organisation', 'other'] as const;
export type Side = (typeof SIDES)[number];

/**
 * A meeting: the bilateral dialogue meeting (one organisation), the municipality's joint
 * meeting with all its organisations, or a meeting of a standing forum.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    municipalityCode: char('municipality_code', { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    organisationId: integer('organisation_id').references(() => organisations.id),
    dialogueId: integer('dialogue_id').references(() => dialogues.id),
    forumId: integer('forum_id').references(() => fora.id),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    place: text('place'),
    convenedAt: timestamp('convened_at', { withTimezone: true }),
    heldAt: timestamp('held_at', { withTimezone: true }),
    minutesStatus: text('minutes_status', { enum: MINUTES_STATUSES }).notNull().default('kladde'),
    minutesVersion: integer('minutes_version').notNull().default(1),
    municipalityApprovedAt: timestamp('municipality_approved_at', { withTimezone: true }),
    municipalityApprovedBy: text('municipality_approved_by'),
    organisationApprovedAt: timestamp('organisation_approved_at', { withTimezone: true }),
    organisationApprovedBy: text('organisation_approved_by'),
    importedFrom: text('imported_from'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meetings_municipality_idx').on(t.municipalityCode, t.startsAt),
    index('meetings_organisation_idx').on(t.organisationId, t.startsAt),
    index('meetings_forum_idx').on(t.forumId, t.startsAt),
    check(
      'meetings_kind_check',
      sql`(${t.kind} = 'dialogmoede') = (${t.organisationId} is not null) and (${t.kind} = 'forum') = (${t.forumId} is not null)`,
    ),
  ],
);

/** Who took part, per side, with title; absent ones are kept and shown as absent. */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title'),
    side: text('side', { enum: SIDES }).notNull(),
    email: text('email'),
    present: boolean('present').notNull().default(true),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('meeting_participants_meeting_idx').on(t.meetingId, t.position)],
);

/** The formal sections of a council item (seed 002), each optional. */
export type FormalSections = Partial<
  Record<'indledning' | 'retsgrundlag' | 'relation' | 'sagsfremstilling' | 'oekonomi' | 'kommunikation' | 'indstilling', string>
>;

/** An agenda item; sub-items point at their parent. Numbers ("1", "1.a") follow from positions. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnyPgColumn => agendaItems.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    theme: text('theme', { enum: THEMES }),
    text: text('text').notNull().default(''),
    closed: boolean('closed').notNull().default(false),
    // Where a proposed item came from ("opfoelgning", "roede_afdelinger", …), so it is proposed once.
    source: text('source'),
    caseNumber: text('case_number'),
    decidingBody: text('deciding_body'),
    sections: jsonb('sections').$type<FormalSections>().notNull().default({}),
    notes: text('notes').notNull().default(''),
    absent: jsonb('absent').$type<string[]>().notNull().default([]),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('danish', coalesce(title, '') || ' ' || coalesce(text, '') || ' ' || coalesce(notes, '') || ' ' || coalesce(sections::text, ''))`,
    ),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.parentId, t.position),
    index('agenda_items_search_idx').using('gin', t.search),
  ],
);

export const OUTCOMES = ['vedtaget', 'forkastet', 'anbefalet', 'godkendt', 'taget_til_efterretning', 'udsat'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A decision of one body on an item, with the vote when there was one. */
export const decisions = pgTable(
  'decisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer('item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    body: text('body'),
    decidedOn: date('decided_on', { mode: 'string' }),
    text: text('text').notNull(),
    outcome: text('outcome', { enum: OUTCOMES }),
    votesFor: integer('votes_for'),
    votesAgainst: integer('votes_against'),
    votesAbstain: integer('votes_abstain'),
    partiesFor: text('parties_for'),
    partiesAgainst: text('parties_against'),
    partiesAbstain: text('parties_abstain'),
    // Searched with the items (search inside a municipality's meetings).
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('danish', coalesce(body, '') || ' ' || text)`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decisions_item_idx').on(t.itemId), index('decisions_search_idx').using('gin', t.search)],
);

/** Who does what by when. Open ones come back on the next meeting's agenda until done. */
export const actionItems = pgTable(
  'action_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: integer('item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    responsible: text('responsible'),
    due: date('due', { mode: 'string' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneNote: text('done_note'),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('danish', text || ' ' || coalesce(responsible, ''))`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('action_items_meeting_idx').on(t.meetingId), index('action_items_search_idx').using('gin', t.search)],
);

/** Comments on a draft, from either side, optionally on one item. */
export const minutesComments = pgTable(
  'minutes_comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: integer('item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    minutesVersion: integer('minutes_version').notNull(),
    side: text('side', { enum: SIDES }).notNull(),
    authorLabel: text('author_label').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('minutes_comments_meeting_idx').on(t.meetingId, t.createdAt)],
);

/** The approved minutes, frozen as text per version, so a later version can show its diff. */
export const minutesVersions = pgTable(
  'minutes_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: text('approved_by').notNull(),
  },
  (t) => [uniqueIndex('minutes_versions_meeting_version_key').on(t.meetingId, t.version)],
);

/** An item's bilag: the bytes live in the content-addressed file store. */
export const agendaItemFiles = pgTable(
  'agenda_item_files',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer('item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    sha256: char('sha256', { length: 64 })
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agenda_item_files_item_idx').on(t.itemId)],
);

// Rows as the app reads them: the search vectors are for the database's own matching.
const { search: _decisionSearch, ...decisionColumns } = getTableColumns(decisions);
const { search: _actionSearch, ...actionColumns } = getTableColumns(actionItems);
export { actionColumns, decisionColumns };
