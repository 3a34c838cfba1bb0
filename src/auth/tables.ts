import { sql } from 'drizzle-orm';
import { char, check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { administrators, municipalities, organisations } from '../features/registry/tables.ts';

export const ROLES = [
  'admin',
  'municipality_editor',
  'municipality_reader',
  'organisation_editor',
  'organisation_reader',
  'administrator_staff',
] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: ROLES }).notNull(),
    municipalityCode: char('municipality_code', { length: 4 }).references(() => municipalities.code),
    organisationId: integer('organisation_id').references(() => organisations.id),
    administratorId: integer('administrator_id').references(() => administrators.id),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    // The role decides which one scope column is set; the database refuses anything else.
    check(
      'users_scope_check',
      sql`(
    (${t.role} = 'admin' and num_nonnulls(${t.municipalityCode}, ${t.organisationId}, ${t.administratorId}) = 0) or
    (${t.role} in ('municipality_editor','municipality_reader') and ${t.municipalityCode} is not null and num_nonnulls(${t.organisationId}, ${t.administratorId}) = 0) or
    (${t.role} in ('organisation_editor','organisation_reader') and ${t.organisationId} is not null and num_nonnulls(${t.municipalityCode}, ${t.administratorId}) = 0) or
    (${t.role} = 'administrator_staff' and ${t.administratorId} is not null and num_nonnulls(${t.municipalityCode}, ${t.organisationId}) = 0)
  )`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie's token: a leaked table does not give working cookies.
    idHash: char('id_hash', { length: 64 }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed logins per account and per address in the current window, one row per key
 * ("account:<email>", "ip:<address>"; requests for a reset link as "reset:account:<email>",
 * "reset:ip:<address>"). A row is counted up and read back in one statement, so parallel
 * attempts cannot all pass the check before any of them is counted.
 */
export const loginCounters = pgTable('login_counters', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
  count: integer('count').notNull().default(0),
});

export const invitations = pgTable(
  'invitations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: char('token_hash', { length: 64 }).notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: integer('created_by').references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('invitations_token_key').on(t.tokenHash)],
);

/**
 * "Glemt adgangskode": one row per link sent, holding only the sha256 of its token (a leaked
 * table gives no working links). A link is used by deleting its row, so it works once even when
 * two tabs send the form at the same time; asking again deletes the user's earlier links.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: char('token_hash', { length: 64 }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);
