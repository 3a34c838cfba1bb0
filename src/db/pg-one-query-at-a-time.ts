/*
 * One query at a time on each PostgreSQL connection, in the order they were asked for. Inside a
 * transaction every query shares one connection, and code that reads in parallel (a Promise.all of
 * drizzle queries, written for the pool, where each gets its own connection) asks it for several at
 * once. node-postgres queues them itself today, but has deprecated that and will refuse it in
 * pg 9; here they wait for each other instead, which is what the connection does anyway.
 */
import type { Pool } from 'pg';

type Callback = (error: unknown, result?: unknown) => void;

export function oneQueryAtATime(pool: Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    let previous: Promise<unknown> = Promise.resolve();
    (client as { query: unknown }).query = (config: unknown, values?: unknown, callback?: unknown) => {
      // A Query or cursor object is handed back as itself, so it cannot wait here.
      if (typeof (config as { submit?: unknown } | null)?.submit === 'function') return query(config, values, callback);
      if (typeof values === 'function') [values, callback] = [undefined, values];
      const run = previous.then(
        () =>
          new Promise((resolve, reject) =>
            query(config, values, ((error, result) => (error ? reject(error) : resolve(result))) as Callback),
          ),
      );
      previous = run.catch(() => undefined);
      if (typeof callback !== 'function') return run;
      run.then(
        (result) => (callback as Callback)(null, result),
        (error: unknown) => (callback as Callback)(error),
      );
      return undefined;
    };
  });
}
