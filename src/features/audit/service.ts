import { and, count, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { auditEvents } from './tables.ts';

type Action = (typeof auditEvents.$inferInsert)['action'];

/** The fields that changed between two versions of a row; timestamps are left out. */
/** One row of the log as read back for the history tables. */
export type AuditEvent = typeof auditEvents.$inferSelect;

export function diff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, { old: unknown; new: unknown }> {
  const out: Record<string, { old: unknown; new: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === 'createdAt' || key === 'updatedAt' || key === 'passwordHash') continue;
    const o = before?.[key] ?? null;
    const n = after?.[key] ?? null;
    if (JSON.stringify(o) !== JSON.stringify(n)) out[key] = { old: o, new: n };
  }
  return out;
}

/**
 * Writes one history row. Call it with the transaction that makes the change, so the
 * change and its history commit or fail together.
 */
export async function recordAudit(
  tx: Db,
  input: {
    actor: Actor;
    entityType: string;
    entityId: string | number;
    action: Action;
    summary?: string;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
): Promise<void> {
  await tx.insert(auditEvents).values({
    actorUserId: input.actor.userId,
    actorLabel: input.actor.label,
    entityType: input.entityType,
    entityId: String(input.entityId),
    action: input.action,
    summary: input.summary,
    changes: input.before !== undefined || input.after !== undefined ? diff(input.before ?? null, input.after ?? null) : null,
  });
}

/** History of one entity. Callers check that the actor may see the entity first. */
export async function listEntityHistory(db: Db, entityType: string, entityId: string | number, limit = 100) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(entityId))))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
}

/** The whole log, newest first; admins only (checked by the route). */
export async function listAllHistory(db: Db, input: { page: number; pageSize: number; entityType?: string }) {
  const where = input.entityType ? eq(auditEvents.entityType, input.entityType) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total };
}
