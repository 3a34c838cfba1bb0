/*
 * Which statements become named prepared statements, the same on PGlite (pglite-prepared.ts) and
 * on PostgreSQL (pg-prepared.ts): reads and writes with parameters, from their second use on, a
 * bounded number of them; and which errors mean a statement must be made anew.
 */
import { LRUCache } from 'lru-cache';

/** Named statements kept per database or connection (PostgreSQL keeps each one's parse tree and any generic plan). */
export const MAX_STATEMENTS = 200;
/** SQL texts remembered as seen once. */
const MAX_SEEN = 1000;
/** Reads and writes (a `with` may start either), not DDL or transaction control. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

/** A read or write with parameters. */
export function isPreparable(sql: string, params: readonly unknown[] | undefined): boolean {
  return Boolean(params?.length) && PREPARABLE.test(sql);
}

/**
 * Remembers the texts it is asked about and answers true from a text's second time on, so one-off
 * texts (an `in (…)` list of a new length) are never prepared; the texts seen once are bounded too.
 */
export function repeatedTexts(): (sql: string) => boolean {
  const seen = new LRUCache<string, true>({ max: MAX_SEEN });
  return (sql) => {
    if (seen.has(sql)) return true;
    seen.set(sql, true);
    return false;
  };
}

/** PostgreSQL no longer has the statement (26000), or its result changed shape after DDL (0A000): make it anew next time. */
export function isStale(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '26000' || code === '0A000';
}
