import { Command, Option } from 'commander';
import { loadConfig } from './config.ts';
import { migratedTemplate, openConfigured } from './db/template.ts';
import { openingLine, prepareDatabase } from './boot.ts';
import { registerUserCommands } from './auth/cli.ts';
import { registerMinutesImportCommand } from './features/minutes-import/index.ts';
import { registerFiguresImportCommand } from './features/key-figures/index.ts';
import { DEMO_PASSWORD, DEMO_USERS, loadDemoData } from './demo/demo-data.ts';
import { createWiring } from './wiring.ts';

const say = (line: string) => console.log(line);

/** The `styringsdialog` command. Each sub-command reads the same configuration as the server. */
const program = new Command();
program.name('styringsdialog').description('Styringsdialog between municipalities and housing organisations').showHelpAfterError();

program
  .command('serve')
  .description('start the web server (migrates the database first)')
  .addOption(new Option('-p, --port <port>', 'port to listen on (overrides PORT)'))
  .action(async (opts: { port?: string }) => {
    const config = loadConfig({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}) });
    // The database opens (PGlite compiles its WebAssembly on background threads) while the web
    // app is loaded, which only the serve command needs.
    say(openingLine(config));
    const opening = openConfigured(config);
    opening.catch(() => undefined);
    const { handleSignals, startServer } = await import('./server.ts');
    const { close } = await startServer(config, opening, say);
    handleSignals(close);
  });

program
  .command('migrate')
  .description('apply database migrations and exit')
  .action(async () => {
    const config = loadConfig();
    say(openingLine(config));
    const database = await openConfigured(config);
    try {
      await prepareDatabase(database, undefined, say);
      console.log('Database is up to date.');
    } finally {
      await database.close();
    }
  });

program
  .command('prepare')
  .description('build what a first start needs: the migrated PGlite template (run by `npm install`)')
  .action(async () => {
    const started = performance.now();
    try {
      await migratedTemplate();
      console.log(`The database template is ready (${((performance.now() - started) / 1000).toFixed(1)} s).`);
    } catch (error) {
      // Never fails `npm install`: without a template the first start creates the database itself, only slower.
      console.warn(`The database template could not be built; the first start will take longer: ${(error as Error).message}`);
    }
    // Loads the web app once so that V8's compile cache (bin/styringsdialog.js) holds it too: the
    // first `npm start` after the install then compiles none of it (~0.1–0.15 s). Only a head start.
    await import('./server.ts').catch(() => undefined);
  });

program
  .command('demo-data')
  .description('load the demo data into an empty installation')
  .action(async () => {
    const config = loadConfig();
    say(openingLine(config));
    const database = await openConfigured(config);
    try {
      if (await prepareDatabase(database, () => loadDemoData(database.db, createWiring(), config, say), say)) {
        console.log(`Demo data loaded. Password for all demo users: ${DEMO_PASSWORD}`);
        for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(32)} ${u.scope}`);
      } else {
        console.log('The installation already has users; demo data was not loaded.');
      }
    } finally {
      await database.close();
    }
  });

registerUserCommands(program);
registerMinutesImportCommand(program);
registerFiguresImportCommand(program, async () => {
  const config = loadConfig();
  const database = await openConfigured(config);
  await prepareDatabase(database).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  return { db: database.db, hooks: createWiring().hooks, maxMb: config.UPLOAD_MAX_MB, close: () => database.close() };
});

await program.parseAsync(process.argv).catch((error: Error) => {
  console.error(`Error: ${error.message}`);
  process.exit(1);
});
