import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { openConfigured, templateKey, templatePath } from './db/template.ts';
import { migrate } from './db/migrate.ts';
import { installationSecret } from './db/settings.ts';
import { DEMO_PASSWORD, DEMO_USERS, loadDemoData } from './demo/demo-data.ts';
import { seedKeyFigureDefaults } from './features/key-figures/index.ts';
import { seedMunicipalities } from './features/registry/index.ts';
import type { Deps } from './lib/hono-env.ts';
import { createWiring } from './wiring.ts';

/** Where the start-up tells the operator what it is doing, one line per step; silent for commands that print data. */
export type Say = (line: string) => void;
const silent: Say = () => undefined;

/**
 * Migrates and fills the reference data every installation needs (the 98 municipalities), then
 * runs `andThen` (the demo data). One process at a time: several started together on one empty
 * PostgreSQL would otherwise each create the same tables, and each load the demo data.
 */
export async function prepareDatabase<T>(database: Database, andThen?: () => Promise<T>, say: Say = silent): Promise<T | undefined> {
  return database.exclusive('prepare', async () => {
    await migrate(database, say);
    await seedMunicipalities(database.db);
    await seedKeyFigureDefaults(database.db);
    return andThen?.();
  });
}

/** The first line of a start: a new PGlite folder takes many seconds to create, so say which it is. */
export function openingLine(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): string {
  if (config.DATABASE_URL) {
    const u = new URL(config.DATABASE_URL);
    return `Forbinder til PostgreSQL på ${u.hostname || 'localhost'}:${u.port || '5432'} …`;
  }
  const dir = resolve(config.DATA_DIR);
  if (existsSync(join(dir, 'PG_VERSION'))) return `Åbner databasen i ${dir} …`;
  // Without a template for these migrations (new ones since `npm install`), PGlite creates the database itself.
  return existsSync(join(templatePath(templateKey()), 'PG_VERSION'))
    ? `Opretter databasen i ${dir} (første start) …`
    : `Opretter databasen i ${dir} (første start; det tager op til et halvt minut) …`;
}

/**
 * Opens (unless already `opening`, whose caller has said the opening line) and migrates the
 * database, fills the reference data (and demo data on first start).
 */
export async function boot(
  config: Config,
  logger: Logger,
  opening?: Promise<Database>,
  say: Say = silent,
): Promise<{ database: Database; deps: Deps }> {
  if (!opening) say(openingLine(config));
  const database = await (opening ?? openConfigured(config));
  try {
    const wiring = createWiring();
    const demoLoaded = await prepareDatabase(
      database,
      async () => config.DEMO_DATA && (await loadDemoData(database.db, wiring, config, say)),
      say,
    );
    if (demoLoaded) {
      logger.info('demo data loaded');
      say(
        `\nDemodata er indlæst. Log ind med adgangskoden "${DEMO_PASSWORD}" som:\n${DEMO_USERS.map((u) => `  ${u.email.padEnd(32)} ${u.scope}`).join('\n')}\n`,
      );
    }
    const secret = await installationSecret(database.db, config.SESSION_SECRET);
    return { database, deps: { db: database.db, dbKind: database.kind, config, logger, secret, wiring } };
  } catch (error) {
    await database.close();
    throw error;
  }
}
