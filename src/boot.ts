import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { installationSecret } from './db/settings.ts';
import { DEMO_PASSWORD, DEMO_USERS, loadDemoData } from './demo/demo-data.ts';
import { seedMunicipalities } from './features/registry/index.ts';
import type { Deps } from './lib/hono-env.ts';
import { createWiring } from './wiring.ts';

/**
 * Migrates and fills the reference data every installation needs (the 98 municipalities), then
 * runs `andThen` (the demo data). One process at a time: several started together on one empty
 * PostgreSQL would otherwise each create the same tables, and each load the demo data.
 */
export async function prepareDatabase<T>(database: Database, andThen?: () => Promise<T>): Promise<T | undefined> {
  return database.exclusive('prepare', async () => {
    await migrate(database);
    await seedMunicipalities(database.db);
    return andThen?.();
  });
}

/** Opens and migrates the database, fills the reference data (and demo data on first start). */
export async function boot(config: Config, logger: Logger): Promise<{ database: Database; deps: Deps }> {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const wiring = createWiring();
    const demoLoaded = await prepareDatabase(database, async () => config.DEMO_DATA && (await loadDemoData(database.db, wiring, config)));
    if (demoLoaded) {
      logger.info('demo data loaded');
      console.log(
        `\nDemo data loaded. Log in with password "${DEMO_PASSWORD}" as:\n${DEMO_USERS.map((u) => `  ${u.email.padEnd(32)} ${u.scope}`).join('\n')}\n`,
      );
    }
    const secret = await installationSecret(database.db, config.SESSION_SECRET);
    return { database, deps: { db: database.db, dbKind: database.kind, config, logger, secret, wiring } };
  } catch (error) {
    await database.close();
    throw error;
  }
}
