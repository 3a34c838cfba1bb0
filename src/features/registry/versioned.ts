import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Updates one row if it still has the version the form was opened on, and writes the
 * history row in the same transaction. A stale version means someone else saved in the
 * meantime: the caller shows the conflict instead of overwriting their change.
 */
export async function updateVersioned<T extends VersionedTable>(input: {
  tx: Db;
  table: T;
  id: number;
  version: number;
  values: Record<string, unknown>;
  actor: Actor;
  entityType: string;
  what: string;
  action?: 'update' | 'deactivate' | 'activate';
}): Promise<T['$inferSelect']> {
  const { tx, table, id } = input;
  const [before] = (await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for('update')) as Record<string, unknown>[];
  if (!before) throw notFound(input.what);
  if (before.version !== input.version) {
    throw new AppError(
      'conflict',
      `${input.what} er blevet ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt. Genindlæs siden, og indtast dem igen.`,
      { field: '_form' },
    );
  }
  const [after] = (await tx
    .update(table)
    .set({ ...input.values, version: (before.version as number) + 1, updatedAt: new Date() } as never)
    .where(eq(table.id, id))
    .returning()) as Record<string, unknown>[];
  await recordAudit(tx, {
    actor: input.actor,
    entityType: input.entityType,
    entityId: id,
    action: input.action ?? 'update',
    before,
    after,
  });
  return after as T['$inferSelect'];
}
