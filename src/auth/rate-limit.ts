import { eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { loginCounters } from './tables.ts';
import { countNoun } from '../lib/plural.ts';

export interface LoginLimits {
  perAccount: number;
  perIp: number;
  windowMinutes: number;
}

const keysOf = (email: string, ip: string) => ({ account: `account:${email.toLowerCase()}`, ip: `ip:${ip}` });

/**
 * Counts one attempt against each key and returns the counts. Counting and reading the count are
 * one statement on rows it locks, so 40 parallel attempts, on one process or several on one
 * PostgreSQL, cannot all pass a check made before any was counted. A window starts with the first
 * attempt after the last one ended. Keys are taken in sorted order, as every statement here takes
 * them: two statements locking them in opposite orders would deadlock.
 */
async function countAttempts(db: Db, keys: string[], windowMinutes: number): Promise<(key: string) => number> {
  const sorted = [...keys].sort();
  const expired = sql`${loginCounters.windowStart} <= now() - make_interval(mins => ${windowMinutes})`;
  const rows = await queryRows<{ key: string; count: number }>(
    db,
    sql`insert into ${loginCounters} (key, window_start, count) values ${sql.join(
      sorted.map((key) => sql`(${key}, now(), 1)`),
      sql`, `,
    )}
        on conflict (key) do update set
          count = case when ${expired} then 1 else ${loginCounters.count} + 1 end,
          window_start = case when ${expired} then now() else ${loginCounters.windowStart} end
        returning key, count`,
  );
  return (key) => Number(rows.find((r) => r.key === key)?.count ?? 0);
}

/**
 * Counts a login attempt for the account and the address before the password is checked, and
 * says whether it is over the limit (the Danish reason) or may go on (null). What counts is a
 * wrong password that was checked.
 */
export async function countLoginAttempt(db: Db, email: string, ip: string, limits: LoginLimits): Promise<string | null> {
  const keys = keysOf(email, ip);
  const countOf = await countAttempts(db, [keys.account, keys.ip], limits.windowMinutes);
  if (countOf(keys.account) > limits.perAccount || countOf(keys.ip) > limits.perIp) {
    // A refused attempt checks no password, so it does not count (as before): the address of an
    // office whose one user is locked out stays open for the others.
    await forgiveLoginAttempt(db, email, ip);
    return `For mange mislykkede forsøg på at logge ind. Vent ${countNoun(limits.windowMinutes, 'minut', 'minutter')}, og prøv igen.`;
  }
  return null;
}

/**
 * Counts a request for a reset link per address asked about and per IP, known address or not (so
 * the limit tells nothing about which addresses exist), and keeps a mailbox from being flooded.
 */
export async function countResetRequest(db: Db, email: string, ip: string, limits: LoginLimits): Promise<string | null> {
  const account = `reset:account:${email.toLowerCase()}`;
  const address = `reset:ip:${ip}`;
  const countOf = await countAttempts(db, [account, address], limits.windowMinutes);
  if (countOf(account) > limits.perAccount || countOf(address) > limits.perIp)
    return `Der er bedt om for mange links til ny adgangskode. Vent ${limits.windowMinutes} minutter, og prøv igen.`;
  return null;
}

/**
 * Counts one request against each key (a key and its most per window) and says whether any is
 * over its most: the same counters and windows as the login's, for other forms a stranger can
 * repeat (a public subscription's confirmation mail).
 */
export async function countRequest(db: Db, limits: Record<string, number>, windowMinutes: number): Promise<boolean> {
  const countOf = await countAttempts(db, Object.keys(limits), windowMinutes);
  return Object.entries(limits).some(([key, most]) => countOf(key) > most);
}

/** After a password is reset, its owner may log in at once, even if someone tried to guess it before. */
export async function clearAccountLimit(db: Db, email: string): Promise<void> {
  await db.delete(loginCounters).where(eq(loginCounters.key, keysOf(email, '').account));
}

/** A login that succeeded does not count against the limits: its attempt is taken back. */
export async function forgiveLoginAttempt(db: Db, email: string, ip: string): Promise<void> {
  const keys = keysOf(email, ip);
  // Rows locked in key order, as countAttempts takes them ('account:…' before 'ip:…').
  const locked = db
    .select({ key: loginCounters.key })
    .from(loginCounters)
    .where(inArray(loginCounters.key, [keys.account, keys.ip]))
    .orderBy(loginCounters.key)
    .for('update');
  await db
    .update(loginCounters)
    .set({ count: sql`greatest(${loginCounters.count} - 1, 0)` })
    .where(inArray(loginCounters.key, locked));
}

/** Rows of windows that have ended; swept when a session starts rather than by a timer. */
export async function sweepLoginCounters(db: Db, windowMinutes: number): Promise<void> {
  await db.delete(loginCounters).where(lt(loginCounters.windowStart, sql`now() - make_interval(mins => ${windowMinutes})`));
}
