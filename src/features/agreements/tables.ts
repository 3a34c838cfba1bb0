import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { indicators } from '../key-figures/tables.ts';
import { decisions, THEMES } from '../meetings/tables.ts';
import { estates, organisations } from '../registry/tables.ts';

export const AGREEMENT_STATUSES = ['ikke_startet', 'i_gang', 'opfyldt', 'delvist_opfyldt', 'ikke_opfyldt', 'udgaaet'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
/** Statuses that still need following up: they come onto the next meeting's agenda and count on /tilsyn. */
export const OPEN_STATUSES = ['ikke_startet', 'i_gang'] as const satisfies readonly AgreementStatus[];

export const RESPONSIBLE_SIDES = ['kommune', 'boligorganisation', 'begge'] as const;
export type ResponsibleSide = (typeof RESPONSIBLE_SIDES)[number];

export const COMPARATORS = ['gte', 'lte'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/**
 * An agreement (aftale or mål) of an organisation's dialogue of a year. It is keyed by the
 * dialogue's own key (organisation and governance year), not its row: a dialogue exists as
 * "planlagt" before its row is written, and an agreement may be made before anyone moved a stage.
 */
/** What the public search matches an agreement's text by; its GIN index serves the search (public.ts), which uses the same expression. */
export const agreementSearchDocument = (text: SQL | AnyPgColumn) => sql`to_tsvector('danish', ${text})`;

export const agreements = pgTable(
  'agreements',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    governanceYear: integer('governance_year').notNull(),
    theme: text('theme', { enum: THEMES }).notNull(),
    text: text('text').notNull(),
    responsibleSide: text('responsible_side', { enum: RESPONSIBLE_SIDES }).notNull(),
    responsiblePerson: text('responsible_person'),
    deadline: date('deadline', { mode: 'string' }),
    status: text('status', { enum: AGREEMENT_STATUSES }).notNull().default('ikke_startet'),
    // The meeting decision it was made from; one agreement per decision.
    decisionId: integer('decision_id').references(() => decisions.id, { onDelete: 'set null' }),
    targetIndicator: text('target_indicator').references(() => indicators.code),
    targetComparator: text('target_comparator', { enum: COMPARATORS }),
    targetValue: doublePrecision('target_value'),
    targetYear: integer('target_year'),
    // Null with a target: the organisation's own figure.
    targetEstateId: integer('target_estate_id').references(() => estates.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agreements_organisation_year_idx').on(t.organisationId, t.governanceYear),
    index('agreements_search_idx').using('gin', agreementSearchDocument(t.text)),
    uniqueIndex('agreements_decision_key').on(t.decisionId),
    check(
      'agreements_target_check',
      sql`(${t.targetIndicator} is null) = (${t.targetComparator} is null) and (${t.targetIndicator} is null) = (${t.targetValue} is null) and (${t.targetIndicator} is null) = (${t.targetYear} is null)`,
    ),
  ],
);

/** The estates an agreement concerns; none: the whole organisation. */
export const agreementEstates = pgTable(
  'agreement_estates',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    estateId: integer('estate_id')
      .notNull()
      .references(() => estates.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.estateId] })],
);

/** Each change of status: who, when, from what to what and why. */
export const agreementStatusEvents = pgTable(
  'agreement_status_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: AGREEMENT_STATUSES }),
    toStatus: text('to_status', { enum: AGREEMENT_STATUSES }).notNull(),
    note: text('note'),
    actorUserId: integer('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agreement_status_events_agreement_idx').on(t.agreementId, t.at)],
);

/** How the agreement stands in a later year: one note per year, rewritten rather than added to. */
export const agreementFollowUps = pgTable(
  'agreement_follow_ups',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    note: text('note').notNull(),
    actorLabel: text('actor_label').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agreement_follow_ups_agreement_year_key').on(t.agreementId, t.year)],
);
