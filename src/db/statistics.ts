import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/*
 * PGlite runs no autovacuum, so a table filled by an import keeps the statistics of when it was
 * empty, and the planner goes on scanning 100,000 estate-years where an index finds twelve (an
 * organisation's key-figure page took 150 ms instead of 25 on the national data). After a bulk
 * write the writer asks for fresh statistics itself; on PostgreSQL this only comes before
 * autovacuum would.
 */

/**
 * Gathers the planner's statistics for `tables` (names with the columns queries filter and join
 * on, e.g. `estate_figures (estate_id, year)`: large JSON columns would take most of the time and
 * are never filtered on). A smaller sample than the default keeps it to a few hundred
 * milliseconds on the national data; the columns concerned are keys, for which that is plenty.
 * Call it after the write has committed: statistics gathered inside the transaction would count
 * rows that may yet roll back.
 */
export async function refreshStatistics(db: Db, tables: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local default_statistics_target = 25`);
    await tx.execute(sql.raw(`analyze ${tables.join(', ')}`));
  });
}
