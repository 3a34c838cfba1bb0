import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { prepareDatabase } from '../src/boot.ts';
import { fillFromTemplate } from '../src/db/template.ts';
import { TEMPLATE_DB, TEMPLATE_DUMP, adminUrl } from './paths.ts';

/**
 * Migrates once: a PGlite data folder dumped to a file that each test file loads, and
 * (with TEST_DATABASE_URL) a PostgreSQL template database each test file copies. The PGlite
 * folder is a copy of the app's migrated template (src/db/template.ts), as a first start makes
 * it: built once per set of migrations, so a run spends no time on initdb, and the whole suite
 * runs on what the template gives.
 */
export async function setup() {
  mkdirSync('.tmp', { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'sd-test-template-'));
  try {
    const pglite = await openDatabase({ dataDir: dir, fillNewFolder: fillFromTemplate });
    await prepareDatabase(pglite);
    const client = (pglite.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).$client;
    writeFileSync(TEMPLATE_DUMP, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()));
    await pglite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = await openDatabase({ url: adminUrl(url) });
    await admin.db.execute(sql.raw(`drop database if exists ${TEMPLATE_DB} with (force)`));
    await admin.db.execute(sql.raw(`create database ${TEMPLATE_DB}`));
    await admin.close();
    const template = await openDatabase({ url: adminUrl(url, TEMPLATE_DB) });
    await prepareDatabase(template);
    await template.close();
  }
}

export async function teardown() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const admin = await openDatabase({ url: adminUrl(url) });
  await admin.db.execute(sql.raw(`drop database if exists ${TEMPLATE_DB} with (force)`));
  await admin.close();
}
