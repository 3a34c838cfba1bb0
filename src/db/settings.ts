import { sql } from 'drizzle-orm';
import { newToken } from '../lib/tokens.ts';
import { queryRows, type Db } from './client.ts';
import { settings } from './settings-table.ts';

/**
 * The secret that signs CSRF tokens: SESSION_SECRET when configured, otherwise one made
 * on first start and kept in the database, so all processes on one database share it.
 */
export async function installationSecret(db: Db, configured?: string): Promise<string> {
  if (configured) return configured;
  await db.insert(settings).values({ key: 'secret', value: newToken() }).onConflictDoNothing();
  const [row] = await queryRows<{ value: string }>(db, sql`select value from settings where key = 'secret'`);
  return row.value;
}
