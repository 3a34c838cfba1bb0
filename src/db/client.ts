import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { lockDataFolder } from './folder-lock.ts';
import * as schema from './schema.ts';
import { unreachableMessage } from './unreachable.ts';
import { oneQueryAtATime } from './pg-one-query-at-a-time.ts';
import { usePreparedStatementsOnPool } from './pg-prepared.ts';
import { usePreparedStatements } from './pglite-prepared.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Rows of a raw SQL query; PGlite and node-postgres both answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Runs `work` while no other process runs work under the same name: a PostgreSQL advisory
   * lock, waited for. On PGlite the folder lock already keeps every other process out.
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder; `memory://` keeps it in memory. */
  dataDir?: string;
  /** A PGlite data folder dump (from dumpDataDir) to start from: the tests' migrated template. */
  loadDataDir?: Blob;
  /** Fills a PGlite folder that holds no database yet, before PGlite opens it (else PGlite runs initdb): template.ts. */
  fillNewFolder?: (dataDir: string) => Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    // No JIT: it compiles a query whose estimated cost is high (the public search over the whole
    // country) for longer than the query then runs; a web app's queries are short.
    const pool = new pg.Pool({ connectionString: options.url, max: 10, connectionTimeoutMillis: 10_000, options: '-c jit=off' });
    // An idle client whose connection the server ends (a restart, pg_terminate_backend, a dropped
    // test database) is reported on the pool; without a listener that error ends the process. The
    // pool drops the client and opens a new one for the next query, so there is nothing else to do.
    pool.on('error', () => undefined);
    // A transaction's parallel reads wait for each other on its connection (pg-one-query-at-a-time.ts);
    // repeated statements are parsed once per connection (pg-prepared.ts), as on PGlite.
    oneQueryAtATime(pool);
    usePreparedStatementsOnPool(pool);
    // Asked once at the start, so a wrong DATABASE_URL is reported as such, not as the first failed query.
    await pool.query('select 1').catch(async (error: unknown) => {
      await pool.end();
      throw new Error(unreachableMessage(options.url!, error));
    });
    const db = drizzle(pool, { schema }) as unknown as Db;
    const exclusive = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      // A session lock on a connection of its own, held while `work` uses the pool's others.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(hashtext($1))', [`styringsdialog:${name}`]);
        try {
          return await work();
        } finally {
          await client.query('select pg_advisory_unlock(hashtext($1))', [`styringsdialog:${name}`]);
        }
      } finally {
        client.release();
      }
    };
    return { db, kind: 'postgres', exclusive, close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  let dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) {
    dataDir = resolve(dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const release = dataDir.startsWith('memory://') ? () => undefined : lockDataFolder(dataDir);
  try {
    // Under the lock: two processes started together on a new folder never both fill it.
    if (options.fillNewFolder && !options.loadDataDir && !dataDir.startsWith('memory://') && !existsSync(join(dataDir, 'PG_VERSION'))) {
      await options.fillNewFolder(dataDir);
    }
    // PostgreSQL's default of 128 MB shared buffers is memory the process keeps once touched; 32 MB
    // holds the working set of a municipality's data (the demo's whole database is 25 MB), reads
    // beyond it come from the operating system's file cache. 258 → 162 MB resident after opening.
    const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];
    const client = await PGlite.create(dataDir, { loadDataDir: options.loadDataDir, startParams });
    // Repeated statements parsed and planned once (pglite-prepared.ts): most of a statement's cost.
    usePreparedStatements(client);
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      exclusive: (_name, work) => work(),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
