import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/db/client.ts';
import { DEMO_USERS } from '../src/demo/demo-data.ts';
import { adminUrl } from './paths.ts';

/*
 * Several app processes on one PostgreSQL, started together on an empty database: real
 * processes, so only in the PostgreSQL project.
 */
const onPostgres = process.env.TEST_DB === 'postgres' && Boolean(process.env.TEST_DATABASE_URL);
const bin = join(process.cwd(), 'bin/styringsdialog.js');
const name = `sd_race_${randomBytes(6).toString('hex')}`;
const url = onPostgres ? adminUrl(process.env.TEST_DATABASE_URL!, name) : '';

function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    stdio: 'pipe',
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

async function admin<T>(query: string): Promise<T[]> {
  const database = await openDatabase({ url: adminUrl(process.env.TEST_DATABASE_URL!) });
  try {
    return await queryRows<T>(database.db, sql.raw(query));
  } finally {
    await database.close();
  }
}

describe.runIf(onPostgres)('several processes on one empty PostgreSQL database', () => {
  beforeAll(async () => {
    await admin(`create database ${name}`);
  });
  afterAll(async () => {
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('migrate one after the other: the second waits and finds nothing to do', async () => {
    const results = await Promise.all([run('migrate'), run('migrate'), run('migrate')]);
    for (const r of results) {
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
    const database = await openDatabase({ url });
    const [{ n }] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const [{ m }] = await queryRows<{ m: number }>(database.db, sql`select count(*)::int as m from municipalities`);
    await database.close();
    expect(n).toBeGreaterThan(0);
    expect(m).toBe(98);
  }, 120_000);

  it('load the demo data once', async () => {
    const results = await Promise.all([run('demo-data'), run('demo-data')]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(results.filter((r) => r.out.includes('Demo data loaded'))).toHaveLength(1);
    expect(results.filter((r) => r.out.includes('demo data was not loaded'))).toHaveLength(1);
    const database = await openDatabase({ url });
    const [{ n }] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from users`);
    await database.close();
    expect(n).toBe(DEMO_USERS.length);
  }, 180_000);
});
