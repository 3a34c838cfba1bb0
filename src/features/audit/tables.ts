import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per create, update or delete; written in the same transaction as the change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // No foreign key: the history must outlive the user row.
    actorUserId: integer('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', {
      enum: ['create', 'update', 'delete', 'deactivate', 'activate', 'import', 'login', 'logout', 'invite'],
    }).notNull(),
    summary: text('summary'),
    changes: jsonb('changes').$type<Record<string, { old: unknown; new: unknown }>>(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId, t.at), index('audit_events_at_idx').on(t.at)],
);
