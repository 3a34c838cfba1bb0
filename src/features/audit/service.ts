import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { pagedTotal } from '../../lib/sql.ts';
import { auditEvents } from './tables.ts';

export type AuditAction = (typeof auditEvents.$inferInsert)['action'];
export const AUDIT_ACTIONS = auditEvents.action.enumValues;

/** One row of the log as read back for the history tables. */
export type AuditEvent = typeof auditEvents.$inferSelect;

/** The fields that changed between two versions of a row; timestamps are left out. */
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

type AuditInput = {
  actor: Actor;
  entityType: string;
  entityId: string | number;
  action: AuditAction;
  summary?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

const auditRow = (input: AuditInput) => ({
  actorUserId: input.actor.userId,
  actorLabel: input.actor.label,
  entityType: input.entityType,
  entityId: String(input.entityId),
  action: input.action,
  summary: input.summary,
  changes: input.before !== undefined || input.after !== undefined ? diff(input.before ?? null, input.after ?? null) : null,
});

/**
 * Writes one history row. Call it with the transaction that makes the change, so the
 * change and its history commit or fail together.
 */
export async function recordAudit(tx: Db, input: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values(auditRow(input));
}

/** Many events in a few statements: an import that makes thousands of things records each. */
export async function recordAudits(tx: Db, inputs: AuditInput[]): Promise<void> {
  for (let i = 0; i < inputs.length; i += 1000) await tx.insert(auditEvents).values(inputs.slice(i, i + 1000).map(auditRow));
}

const ofEntity = (entityType: string, entityId: string | number) =>
  and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(entityId)));

/** The newest events of one entity. Callers check that the actor may see the entity first. */
export async function listEntityHistory(db: Db, entityType: string, entityId: string | number, limit = 100) {
  return db
    .select()
    .from(auditEvents)
    .where(ofEntity(entityType, entityId))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
}

/** The history of one entity a page at a time, for a page of its own. Callers check that the actor may see the entity first. */
export async function pageEntityHistory(db: Db, entityType: string, entityId: string | number, input: { page: number; pageSize: number }) {
  return paged(db, ofEntity(entityType, entityId), input.page, input.pageSize);
}

/** What the admin's history is narrowed to; each part optional. */
export interface HistoryFilter {
  /** Part of the actor's name or e-mail. */
  who?: string;
  entityType?: string;
  action?: AuditAction;
  /** From this instant (inclusive) to that (exclusive): whole Danish days, turned into instants by the route. */
  from?: Date;
  to?: Date;
}

/** The whole log, newest first, narrowed by the filter; admins only (checked by the route). */
export async function listAllHistory(db: Db, input: { page: number; pageSize: number; filter?: HistoryFilter }) {
  const f = input.filter ?? {};
  const where = and(
    // strpos, not LIKE: a % or _ typed in the box is a character, not a wildcard.
    f.who ? sql`strpos(lower(${auditEvents.actorLabel}), lower(${f.who})) > 0` : undefined,
    f.entityType ? eq(auditEvents.entityType, f.entityType) : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.from ? gte(auditEvents.at, f.from) : undefined,
    f.to ? lt(auditEvents.at, f.to) : undefined,
  );
  return paged(db, where, input.page, input.pageSize);
}

async function paged(db: Db, where: SQL | undefined, page: number, pageSize: number) {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = await pagedTotal(
    rows.length,
    page,
    pageSize,
    async () => (await db.select({ n: count() }).from(auditEvents).where(where))[0].n,
  );
  return { rows, total };
}
