import type { MiddlewareHandler } from 'hono';
import { sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { queryRows, type Db } from '../db/client.ts';
import type { AppEnv } from './hono-env.ts';
import { danishToday } from './copenhagen-time.ts';

/*
 * The public site's responses, kept in memory (decision 019). A response is kept only when its
 * route marked it `Cache-Control: public` (the same for every visitor) and it went to a visitor
 * who is not logged in. It is served again only while nothing has been written to the database:
 * the key holds the database's transaction snapshot (pg_current_snapshot: which transactions
 * have committed), which changes with every write of any process or command, and today's date,
 * since "in force today" turns at midnight. Concurrent misses of one address render it once.
 */

interface Stored {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** A body larger than this is served but not kept: a few big files must not push out many pages. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** At most as long as the routes let a shared cache keep their pages; a crude bound on the unexpected. */
const TTL_MS = 5 * 60 * 1000;

async function databaseState(db: Db): Promise<string> {
  const [{ snapshot }] = await queryRows<{ snapshot: string }>(db, sql`select pg_current_snapshot()::text as snapshot`);
  return `${snapshot}|${danishToday()}`;
}

/**
 * `browserCookie`: the one cookie an anonymous response may set (the CSRF middleware's browser id,
 * set before this runs and so set again on every response served from here); a response setting
 * any other cookie is not kept.
 */
export function publicResponseCache(maxMegabytes: number, browserCookie: string): MiddlewareHandler<AppEnv> {
  if (maxMegabytes <= 0) return (_c, next) => next();
  const cache = new LRUCache<string, Stored>({
    maxSize: maxMegabytes * 1024 * 1024,
    sizeCalculation: (s) => s.body.byteLength + 200,
    ttl: TTL_MS,
  });
  const rendering = new Map<string, Promise<Stored | null>>();

  return async (c, next) => {
    if (c.req.method !== 'GET' || c.var.user) return next();
    const url = new URL(c.req.url);
    const key = `${await databaseState(c.var.deps.db)} ${url.pathname}${url.search}`;
    let stored = cache.get(key);
    const waiting = stored ? undefined : rendering.get(key);
    if (!stored && waiting) stored = (await waiting) ?? undefined;
    if (stored) return c.body(stored.body, stored.status as 200, Object.fromEntries(stored.headers));

    let done: (s: Stored | null) => void = () => {};
    rendering.set(
      key,
      new Promise((resolve) => {
        done = resolve;
      }),
    );
    try {
      await next();
      const res = c.res;
      const control = res.headers.get('cache-control') ?? '';
      const ownCookiesOnly = res.headers.getSetCookie().every((cookie) => cookie.startsWith(`${browserCookie}=`));
      // s-maxage=0: the route lets browsers keep it, but no shared cache (a large download).
      const shared = /\bpublic\b/.test(control) && !/\bs-maxage=0\b/.test(control);
      if (res.status !== 200 || !shared || !ownCookiesOnly) return done(null);
      const body = await res.clone().arrayBuffer();
      if (body.byteLength > MAX_ENTRY_BYTES) return done(null);
      const headers = [...res.headers].filter(([name]) => name !== 'set-cookie');
      const kept: Stored = { status: res.status, headers, body };
      cache.set(key, kept);
      done(kept);
    } catch (error) {
      done(null);
      throw error;
    } finally {
      rendering.delete(key);
    }
  };
}
