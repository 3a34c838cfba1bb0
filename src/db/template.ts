/*
 * A new PGlite folder starts as a copy of a migrated one. Creating a PostgreSQL cluster (PGlite's
 * initdb, a second WebAssembly module) and applying the migrations to it took 6–10 s of the first
 * start on the two-core machine; copying the 44 MB a migrated folder holds takes a fraction of a
 * second. The template is built once per set of migrations and PGlite version (`npm install` builds
 * it ahead, through the `prepare` script; otherwise the first start that needs it does), and kept
 * under dist/ beside the bundle. PostgreSQL (DATABASE_URL) never uses it: there the migrations run.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from './client.ts';
import { LOCK_FILE } from './folder-lock.ts';
import { MIGRATIONS_DIR, migrate } from './migrate.ts';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
/** Templates of earlier migrations kept (a process of the older code may still be copying one). */
const KEEP_TEMPLATES = 2;
/** Bumped when what a template holds changes in a way the migrations do not show. */
const FORMAT = '1';

function pgliteVersion(): string {
  const main = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  // …/node_modules/@electric-sql/pglite/dist/index.cjs
  const pkg = JSON.parse(readFileSync(join(dirname(dirname(main)), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** What the template is made from: the migrations the migrator reads, and the PGlite that made the folder. */
export function templateKey(migrationsDir = MIGRATIONS_DIR): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${pgliteVersion()}\0`);
  const files = readdirSync(migrationsDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.sql') || name.endsWith('_journal.json'))
    .sort();
  for (const name of files)
    hash
      .update(`${name}\0`)
      .update(readFileSync(join(migrationsDir, name)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Where the template of `key` is kept (it may not exist yet). */
export const templatePath = (key: string, dist = DIST) => join(dist, `pgdata-${key}`);

/**
 * The migrated template folder for the current migrations, built first if missing. Built aside
 * and renamed into place, so processes starting together never copy half a template.
 */
export async function migratedTemplate(dist = DIST): Promise<string> {
  const target = templatePath(templateKey(), dist);
  if (existsSync(join(target, 'PG_VERSION'))) return target;
  mkdirSync(dist, { recursive: true });
  const scratch = join(dist, `.pgdata-building-${process.pid}-${Date.now()}`);
  try {
    const database: Database = await openDatabase({ dataDir: scratch });
    try {
      await migrate(database);
    } finally {
      await database.close();
    }
    renameSync(scratch, target);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    // Another process finished the same template first: use theirs.
    if (!existsSync(join(target, 'PG_VERSION'))) throw error;
  }
  prune(dist, target);
  return target;
}

function prune(dist: string, current: string) {
  const old = readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('pgdata-') && join(dist, d.name) !== current)
    .map((d) => ({ path: join(dist, d.name), mtime: statSync(join(dist, d.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { path } of old.slice(KEEP_TEMPLATES - 1)) rmSync(path, { recursive: true, force: true });
}

/**
 * Copies the template into a folder that holds no database (it may hold other files, and the
 * caller's lock file). PG_VERSION goes last: PGlite takes a folder with it for a whole database,
 * so a copy cut short is copied again on the next start, never opened half-made.
 */
export async function copyTemplate(template: string, dataDir: string): Promise<void> {
  // Synchronous and one top-level entry at a time: without a filter, cpSync copies a tree in native
  // code, ~0.1 s for the template's 1,300 files; fs.promises.cp took 0.4 s alone and ~1 s while the
  // web app loaded beside it, a file at a time.
  for (const entry of readdirSync(template)) {
    if (entry === 'PG_VERSION' || entry === LOCK_FILE) continue;
    cpSync(join(template, entry), join(dataDir, entry), { recursive: true });
  }
  await copyFile(join(template, 'PG_VERSION'), join(dataDir, 'PG_VERSION'));
}

/** Fills a new PGlite folder from the migrated template; a template that cannot be had leaves the folder to PGlite's initdb. */
export async function fillFromTemplate(dataDir: string): Promise<void> {
  let template: string;
  try {
    template = await migratedTemplate();
  } catch {
    // dist/ not writable, say: the start takes longer, nothing else changes.
    return;
  }
  await copyTemplate(template, dataDir);
}

/** The database the configuration names, as the commands open it: a new PGlite folder starts from the template. */
export const openConfigured = (config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): Promise<Database> =>
  openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, fillNewFolder: fillFromTemplate });
