import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn as AnyColumn,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const timestamps = {
  // Optimistic locking: an edit form carries the version it was opened on.
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/*
 * What the public search matches an organisation and an estate by (name, number, address), as
 * one immutable expression: its GIN index serves the search (src/features/registry/public-rows.ts),
 * which must use the same expression, given the table's or the outer query's columns.
 */
export const organisationSearchDocument = (o: {
  name: SQL | AnyColumn;
  lbfNumber: SQL | AnyColumn;
  address: SQL | AnyColumn;
  postalCode: SQL | AnyColumn;
  city: SQL | AnyColumn;
}) =>
  sql`to_tsvector('danish', ${o.name} || ' LBF-nr. ' || ${o.lbfNumber}::text || ' ' || coalesce(${o.address}, '') || ' ' || coalesce(${o.postalCode}::text, '') || ' ' || coalesce(${o.city}, ''))`;
export const estateSearchDocument = (e: {
  number: SQL | AnyColumn;
  name: SQL | AnyColumn;
  address: SQL | AnyColumn;
  postalCode: SQL | AnyColumn;
  city: SQL | AnyColumn;
}) =>
  sql`to_tsvector('danish', 'Afdeling ' || ${e.number}::text || ' ' || ${e.name} || ' ' || coalesce(${e.address}, '') || ' ' || coalesce(${e.postalCode}::text, '') || ' ' || coalesce(${e.city}, ''))`;

export const municipalities = pgTable('municipalities', {
  code: char('code', { length: 4 }).primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  regionCode: char('region_code', { length: 4 }).notNull(),
  regionName: text('region_name').notNull(),
});

export const administrators = pgTable(
  'administrators',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    cvr: char('cvr', { length: 8 }),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('administrators_name_key').on(t.name)],
);

export const organisations = pgTable(
  'organisations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    lbfNumber: integer('lbf_number').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    postalCode: char('postal_code', { length: 4 }),
    city: text('city'),
    municipalityCode: char('municipality_code', { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    administratorId: integer('administrator_id').references(() => administrators.id),
    // Month (1–12) whose last day closes the fiscal year: 12 = 31 December, 5 = 31 May, 9 = 30 September.
    fiscalYearEndMonth: integer('fiscal_year_end_month').notNull().default(12),
    email: text('email'),
    website: text('website'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisations_lbf_number_key').on(t.lbfNumber),
    index('organisations_municipality_idx').on(t.municipalityCode),
    index('organisations_administrator_idx').on(t.administratorId),
    index('organisations_search_idx').using('gin', organisationSearchDocument(t)),
    check('organisations_fiscal_month_check', sql`${t.fiscalYearEndMonth} between 1 and 12`),
  ],
);

export const estates = pgTable(
  'estates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    postalCode: char('postal_code', { length: 4 }),
    city: text('city'),
    municipalityCode: char('municipality_code', { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    homesFamily: integer('homes_family').notNull().default(0),
    homesElderly: integer('homes_elderly').notNull().default(0),
    homesYouth: integer('homes_youth').notNull().default(0),
    homesCare: integer('homes_care').notNull().default(0),
    areaM2: integer('area_m2').notNull().default(0),
    yearBuilt: integer('year_built'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('estates_organisation_number_key').on(t.organisationId, t.number),
    index('estates_municipality_idx').on(t.municipalityCode),
    index('estates_search_idx').using('gin', estateSearchDocument(t)),
    check(
      'estates_homes_check',
      sql`${t.homesFamily} >= 0 and ${t.homesElderly} >= 0 and ${t.homesYouth} >= 0 and ${t.homesCare} >= 0 and ${t.areaM2} >= 0`,
    ),
  ],
);

export const fora = pgTable(
  'fora',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    municipalityCode: char('municipality_code', { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    name: text('name').notNull(),
    termsOfReference: text('terms_of_reference'),
    secretariat: text('secretariat'),
    meetingsPerYear: integer('meetings_per_year'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [index('fora_municipality_idx').on(t.municipalityCode)],
);

export const people = pgTable('people', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  email: text('email'),
  phone: text('phone'),
  ...timestamps,
});

/**
 * A person's role in exactly one body: an organisation's board, a forum, a
 * municipality or an administrator. The check keeps "exactly one" in the database.
 */
export const memberships = pgTable(
  'memberships',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    forumId: integer('forum_id').references(() => fora.id),
    municipalityCode: char('municipality_code', { length: 4 }).references(() => municipalities.code),
    administratorId: integer('administrator_id').references(() => administrators.id),
    title: text('title').notNull(),
    role: text('role', { enum: ['formand', 'naestformand', 'medlem', 'suppleant', 'sekretariat', 'medarbejder'] })
      .notNull()
      .default('medlem'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    index('memberships_person_idx').on(t.personId),
    index('memberships_organisation_idx').on(t.organisationId),
    index('memberships_forum_idx').on(t.forumId),
    check(
      'memberships_one_body_check',
      sql`num_nonnulls(${t.organisationId}, ${t.forumId}, ${t.municipalityCode}, ${t.administratorId}) = 1`,
    ),
    check('memberships_period_check', sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);
