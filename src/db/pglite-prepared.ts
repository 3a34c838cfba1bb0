/*
 * Named prepared statements for PGlite. PGlite's `query` sends every statement unnamed, so
 * PostgreSQL parses, analyses and plans it anew each time; for our pages that was most of a
 * statement's cost (the overview's query: 2.0–2.7 ms as sent by `query`, 0.34–0.36 ms prepared;
 * the session lookup 0.9–1.2 ms against 0.23–0.29 ms). A SQL text that comes a second time is
 * parsed once as a named statement, and PostgreSQL's plan cache keeps its plan where a generic
 * plan is as good as a custom one (it decides per statement, as for any prepared statement).
 *
 * The steps are PGlite's own for a query (parse, describe the statement for its parameter types,
 * bind, describe the portal, execute, sync) through its public `execProtocol`, under the same
 * locks its `query` takes: the transaction lock outside a transaction, the query lock always.
 * Statements without parameters, other kinds of statement (DDL, savepoints, COPY with a blob)
 * and queries with their own parameter types go to PGlite's `query` as before. Which statements
 * are prepared is decided as for PostgreSQL (prepared-statement-rules.ts, pg-prepared.ts).
 */
import { parse, protocol, type PGlite, type QueryOptions, type Results } from '@electric-sql/pglite';
import { LRUCache } from 'lru-cache';
import { isPreparable, isStale, MAX_STATEMENTS, repeatedTexts } from './prepared-statement-rules.ts';

type Statement = { name: string; types: number[] };
type Query = (sql: string, params?: unknown[], options?: QueryOptions) => Promise<Results>;

const { serialize } = protocol;
const quiet = { syncToFs: false };

/** Makes `pg.query` and the `query` of its transactions use named statements for repeated SQL texts. */
export function usePreparedStatements(pg: PGlite): void {
  let next = 0;
  // Statements pushed out of the cache (or dropped after an error) are closed by the next query, under its locks.
  const toClose: string[] = [];
  const statements = new LRUCache<string, Statement>({ max: MAX_STATEMENTS, dispose: (s) => toClose.push(s.name) });
  const repeated = repeatedTexts();

  const exchange = async (message: Uint8Array) => (await pg.execProtocol(message, quiet)).messages;

  const prepare = async (sql: string): Promise<Statement> => {
    const name = `sd_${next++}`;
    await exchange(serialize.parse({ name, text: sql }));
    const types = parse.parseDescribeStatementResults(await exchange(serialize.describe({ type: 'S', name })));
    return { name, types };
  };

  /** One query under the query lock, as PGlite's own; the caller holds the transaction lock. */
  const run = (sql: string, params: unknown[] = [], options?: QueryOptions): Promise<Results> =>
    pg._runExclusiveQuery(async () => {
      let messages;
      let statement = statements.get(sql);
      // Until the batch that ends with its Sync is sent, an error leaves the backend skipping to a Sync.
      let synced = false;
      try {
        if (!statement) {
          statement = await prepare(sql);
          statements.set(sql, statement);
        }
        const { types } = statement;
        const values = params.map((value, i) => {
          if (value === null || value === undefined) return null;
          const serializer = options?.serializers?.[types[i]] ?? pg.serializers[types[i]];
          return serializer ? serializer(value) : String(value as string);
        });
        // Closing the evicted statements, bind, describe, execute and sync in one call into PGlite,
        // which answers them in order as a server does a pipelined batch (one crossing instead of four).
        const batch = [
          ...toClose.splice(0).map((name) => serialize.close({ type: 'S', name })),
          serialize.bind({ statement: statement.name, values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ];
        synced = true;
        messages = await exchange(Buffer.concat(batch));
      } catch (error) {
        // A statement PostgreSQL no longer has, or whose result type changed under it, is made anew next time.
        if (statement && isStale(error)) statements.delete(sql);
        throw Object.assign(error as object, { query: sql, params });
      } finally {
        if (!synced) await exchange(serialize.sync());
      }
      // PGlite merges a query's own parsers into its ~300 by copying them all, per query: ~0.1 ms,
      // and drizzle passes its own with every query. Its own on top of PGlite's by prototype is the same lookup.
      const parsers = options?.parsers ? Object.assign(Object.create(pg.parsers) as typeof pg.parsers, options.parsers) : pg.parsers;
      return parse.parseResults(messages, parsers, options && { ...options, parsers: undefined })[0]!;
    });

  const preparable = (sql: string, params: unknown[] | undefined, options: QueryOptions | undefined) => {
    if (options?.blob || options?.paramTypes || !isPreparable(sql, params)) return false;
    return statements.has(sql) || repeated(sql);
  };

  const query = pg.query.bind(pg) as Query;
  pg.query = (async (sql: string, params?: unknown[], options?: QueryOptions) => {
    if (!preparable(sql, params, options)) return query(sql, params, options);
    const results = await pg._runExclusiveTransaction(() => run(sql, params, options));
    await pg.syncToFs();
    return results;
  }) as PGlite['query'];

  const transaction = pg.transaction.bind(pg);
  pg.transaction = ((callback: Parameters<PGlite['transaction']>[0]) =>
    transaction((tx) => {
      const txQuery = tx.query.bind(tx) as Query;
      tx.query = (async (sql: string, params?: unknown[], options?: QueryOptions) => {
        if (tx.closed) throw new Error('Transaction is closed');
        return preparable(sql, params, options) ? run(sql, params, options) : txQuery(sql, params, options);
      }) as typeof tx.query;
      return callback(tx);
    })) as PGlite['transaction'];
}
