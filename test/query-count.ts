import type { Db } from '../src/db/client.ts';

/** Counts the SQL statements the app sends while `run` runs (drizzle's logger on the shared session). */
export async function countQueries(db: Db, run: () => Promise<unknown>): Promise<number> {
  const session = (db as unknown as { session: { logger: { logQuery(q: string, p: unknown[]): void } } }).session;
  const before = session.logger;
  let n = 0;
  session.logger = {
    logQuery: () => {
      n++;
    },
  };
  try {
    await run();
  } finally {
    session.logger = before;
  }
  return n;
}
