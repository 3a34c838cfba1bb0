import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const SUBSCRIPTION_SCOPES = ['municipality', 'organisation', 'estate'] as const;

/**
 * A subscription by e-mail to what is published for a municipality, organisation or estate
 * (issue 16). Double opt-in: only a confirmed row (confirmed_at set) gets digests; the
 * confirmation link's token is stored hashed, as a password reset's is. Unsubscribing deletes
 * the row. `seen_keys` are the entries already told (at confirmation: everything public then),
 * so a digest holds only what became public since, pruned by each digest to the entries still
 * public and the most recently gone (subscriptions/seen-keys.ts); `last_digest_on` keeps it to one a day.
 */
export const publicSubscriptions = pgTable(
  'public_subscriptions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    scopeKind: text('scope_kind', { enum: SUBSCRIPTION_SCOPES }).notNull(),
    // The municipality's code or the organisation's or estate's id, as text.
    scopeRef: text('scope_ref').notNull(),
    unsubscribeToken: text('unsubscribe_token').notNull(),
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    seenKeys: text('seen_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    lastDigestOn: date('last_digest_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('public_subscriptions_one_per_scope').on(t.email, t.scopeKind, t.scopeRef),
    uniqueIndex('public_subscriptions_confirm_token').on(t.confirmTokenHash),
    uniqueIndex('public_subscriptions_unsubscribe_token').on(t.unsubscribeToken),
    index('public_subscriptions_confirmed').on(t.confirmedAt),
  ],
);
