import { inArray, lt, sql } from 'drizzle-orm';
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
 * Counts a login attempt for the account and the address before the password is checked, and
 * says whether it is over the limit (the Danish reason) or may go on (null). Counting and reading
 * the count are one statement on rows it locks, so 40 parallel attempts, on one process or
 * several on one PostgreSQL, cannot all pass a check made before any was counted. What counts
 * is a wrong password that was checked. A window starts with the first attempt after the last
 * one ended.
 */
export async function countLoginAttempt(db: Db, email: string, ip: string, limits: LoginLimits): Promise<string | null> {
  const keys = keysOf(email, ip);
  const expired = sql`${loginCounters.windowStart} <= now() - make_interval(mins => ${limits.windowMinutes})`;
  const rows = await queryRows<{ key: string; count: number }>(
    db,
    sql`insert into ${loginCounters} (key, window_start, count) values (${keys.account}, now(), 1), (${keys.ip}, now(), 1)
        on conflict (key) do update set
          count = case when ${expired} then 1 else ${loginCounters.count} + 1 end,
          window_start = case when ${expired} then now() else ${loginCounters.windowStart} end
        returning key, count`,
  );
  const countOf = (key: string) => Number(rows.find((r) => r.key === key)?.count ?? 0);
  if (countOf(keys.account) > limits.perAccount || countOf(keys.ip) > limits.perIp) {
    // A refused attempt checks no password, so it does not count (as before): the address of an
    // office whose one user is locked out stays open for the others.
    await forgiveLoginAttempt(db, email, ip);
    return `For mange mislykkede forsøg på at logge ind. Vent ${countNoun(limits.windowMinutes, 'minut', 'minutter')}, og prøv igen.`;
  }
  return null;
}

/** A login that succeeded does not count against the limits: its attempt is taken back. */
export async function forgiveLoginAttempt(db: Db, email: string, ip: string): Promise<void> {
  const keys = keysOf(email, ip);
  // Rows locked in key order, as the insert above takes them ('account:…' before 'ip:…'): two
  // statements taking them in opposite orders would deadlock under parallel attempts.
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
