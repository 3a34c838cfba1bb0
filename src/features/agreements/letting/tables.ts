import { sql } from 'drizzle-orm';
import { char, check, date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { estates, municipalities, organisations } from '../../registry/tables.ts';

/*
 * Letting agreements (udlejningsaftaler, almenboligloven §§ 59–60 and 51 b–c): what an
 * organisation and a municipality agree about who gets the vacant homes of some estates. The
 * status stored is the parties' step (udkast, indsendt, godkendt); "udløbet" is not stored but
 * read from the end date (see status.ts), so it never lags behind the calendar.
 */

export const LETTING_KINDS = ['kommunal_anvisning', 'fleksibel_udlejning', 'kombineret_udlejning', 'fast_anvisningsret'] as const;
export type LettingKind = (typeof LETTING_KINDS)[number];

export const PRIORITY_GROUPS = ['pendlere', 'studerende', 'seniorer', 'familier_med_boern', 'tilknytning_til_omraadet'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const STORED_STATUSES = ['udkast', 'indsendt', 'godkendt'] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];

export const lettingAgreements = pgTable(
  'letting_agreements',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Where the estates lie: the municipality that is party to the agreement. */
    municipalityCode: char('municipality_code', { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    kind: text('kind', { enum: LETTING_KINDS }).notNull(),
    /** Share of the vacant homes, in per cent. */
    sharePercent: integer('share_percent'),
    /** A fixed right to named homes: how many, and which. */
    homesCount: integer('homes_count'),
    homesText: text('homes_text'),
    priorityGroups: text('priority_groups', { enum: PRIORITY_GROUPS })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to').notNull(),
    status: text('status', { enum: STORED_STATUSES }).notNull().default('udkast'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: text('approved_by'),
    evaluationDate: date('evaluation_date'),
    note: text('note'),
    /** When the warning six months before expiry was queued: the scan sends it once per agreement. */
    expiryWarnedAt: timestamp('expiry_warned_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('letting_agreements_municipality_idx').on(t.municipalityCode, t.validTo),
    index('letting_agreements_organisation_idx').on(t.organisationId),
    check('letting_agreements_period', sql`${t.validTo} >= ${t.validFrom}`),
    check('letting_agreements_share', sql`${t.sharePercent} is null or ${t.sharePercent} between 0 and 100`),
  ],
);

export const lettingAgreementEstates = pgTable(
  'letting_agreement_estates',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => lettingAgreements.id, { onDelete: 'cascade' }),
    estateId: integer('estate_id')
      .notNull()
      .references(() => estates.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.estateId] }), index('letting_agreement_estates_estate_idx').on(t.estateId)],
);
