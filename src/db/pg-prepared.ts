/*
 * Named prepared statements for node-postgres, as pglite-prepared.ts does for PGlite. node-postgres
 * sends a query without a name as an unnamed statement, which the server parses, analyses and plans
 * on every use; drizzle names none. A SQL text that comes a second time gets a name on the
 * connection it runs on: node-postgres then parses it there once and afterwards only binds and
 * executes it, and PostgreSQL's plan cache keeps a generic plan where that is as good as a custom
 * one. On the machine PostgreSQL shares with the app, the server's time saved is the app's to use.
 *
 * node-postgres keeps the names it has parsed per connection itself; this only chooses the names.
 * At most MAX_STATEMENTS per connection get one (the first texts to repeat, which are the hot
 * ones); the rest run unnamed as before, so a text built from a list of varying length cannot
 * grow a connection's statements without bound. Statements without parameters and statements
 * other than reads and writes (DDL, transaction control) stay unnamed.
 */
import type { Pool, PoolClient } from 'pg';
import { isPreparable, isStale, MAX_STATEMENTS, repeatedTexts } from './prepared-statement-rules.ts';

type QueryConfig = { text: string; name?: string; values?: unknown[] };
/** node-postgres's own record of the statements a connection has parsed. */
type Connection = { parsedStatements: Record<string, string> };

/** Names repeated statements on every connection the pool opens. */
export function usePreparedStatementsOnPool(pool: Pool): void {
  // Across the pool: a text is named on its second use on any connection.
  const repeated = repeatedTexts();
  let next = 0;
  pool.on('connect', (client) => {
    const names = new Map<string, string>();
    const nameFor = (text: string): string | undefined => {
      const name = names.get(text);
      if (name || names.size >= MAX_STATEMENTS || !repeated(text)) return name;
      names.set(text, `sd_${next++}`);
      return names.get(text);
    };
    /** After a stale statement, the text is parsed again under a new name on its next use. */
    const forget = (text: string, name: string, error: unknown) => {
      if (!isStale(error)) return;
      names.delete(text);
      delete (client as PoolClient & { connection: Connection }).connection.parsedStatements[name];
    };

    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (config: unknown, values?: unknown, callback?: unknown) => {
      // node-postgres also takes (config, callback).
      if (typeof values === 'function') [values, callback] = [undefined, values];
      const named = withName(config, values, nameFor);
      if (!named) return query(config, values, callback);
      const { text, name } = named;
      if (typeof callback === 'function') {
        return query(named, values, (error: unknown, result: unknown) => {
          if (error) forget(text, name, error);
          callback(error, result);
        });
      }
      return (query(named, values) as Promise<unknown>).catch((error: unknown) => {
        forget(text, name, error);
        throw error;
      });
    };
  });
}

/** The query as a config with a name, when it is a read or write with parameters and earns a name. */
function withName(
  config: unknown,
  values: unknown,
  nameFor: (text: string) => string | undefined,
): (QueryConfig & { name: string }) | undefined {
  const query: QueryConfig | undefined =
    typeof config === 'string'
      ? { text: config }
      : config !== null && typeof config === 'object' && typeof (config as QueryConfig).text === 'string'
        ? (config as QueryConfig)
        : undefined;
  // A config with a name of its own, or a Query or cursor object (it has `submit`), is left alone.
  if (!query || query.name !== undefined || typeof (config as { submit?: unknown }).submit === 'function') return undefined;
  const params = Array.isArray(values) ? values : query.values;
  if (!isPreparable(query.text, params)) return undefined;
  const name = nameFor(query.text);
  return name ? { ...query, name } : undefined;
}
