import { char, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../../auth/tables.ts';
import { municipalities, organisations } from '../registry/tables.ts';
import type { DeadlineRules } from './deadlines.ts';

export const STAGES = [
  'planlagt',
  'indkaldt',
  'pakke_modtaget',
  'gennemgaaet',
  'moede_afholdt',
  'udkast',
  'godkendt',
  'offentliggjort',
] as const;
export type Stage = (typeof STAGES)[number];

/** A municipality's årshjul: offsets and common dates that override the guide's defaults. */
export const dialogueSettings = pgTable('dialogue_settings', {
  municipalityCode: char('municipality_code', { length: 4 })
    .primaryKey()
    .references(() => municipalities.code),
  rules: jsonb('rules').$type<DeadlineRules>().notNull().default({}),
  reminderDaysBefore: integer('reminder_days_before').notNull().default(14),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every year, or every other year for organisations without problems, and why. */
export const dialogueFrequencies = pgTable('dialogue_frequencies', {
  organisationId: integer('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  frequency: text('frequency', { enum: ['aarlig', 'hvert_andet_aar'] })
    .notNull()
    .default('aarlig'),
  // The governance year from which "every other year" counts: dialogues fall in years of the same parity.
  fromYear: integer('from_year'),
  reason: text('reason'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The styringsdialog of one organisation in one governance year. */
export const dialogues = pgTable(
  'dialogues',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    governanceYear: integer('governance_year').notNull(),
    stage: text('stage', { enum: STAGES }).notNull().default('planlagt'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    meetingDate: date('meeting_date', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dialogues_organisation_year_key').on(t.organisationId, t.governanceYear),
    index('dialogues_year_idx').on(t.governanceYear),
  ],
);

/** Each change of stage: when, who, and why when stages were skipped or gone back. */
export const dialogueStageEvents = pgTable(
  'dialogue_stage_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    dialogueId: integer('dialogue_id')
      .notNull()
      .references(() => dialogues.id),
    fromStage: text('from_stage', { enum: STAGES }),
    toStage: text('to_stage', { enum: STAGES }).notNull(),
    reason: text('reason'),
    actorUserId: integer('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dialogue_stage_events_dialogue_idx').on(t.dialogueId, t.at)],
);

/** A personal iCalendar feed: the secret URL's token is kept only as a hash; deleting the row revokes it. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('calendar_feeds_token_key').on(t.tokenHash)],
);
