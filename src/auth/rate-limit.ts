import { and, count, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loginAttempts } from './tables.ts';

export interface LoginLimits {
  perAccount: number;
  perIp: number;
  windowMinutes: number;
}

/**
 * Failed logins per account and per IP within the window, counted in the database so
 * the limit holds across app processes. Returns the Danish reason when blocked.
 */
export async function loginBlocked(db: Db, email: string, ip: string, limits: LoginLimits): Promise<string | null> {
  const since = new Date(Date.now() - limits.windowMinutes * 60_000);
  const [[byAccount], [byIp]] = await Promise.all([
    db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, 0), gt(loginAttempts.at, since))),
    db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, 0), gt(loginAttempts.at, since))),
  ]);
  if (byAccount.n >= limits.perAccount || byIp.n >= limits.perIp) {
    return `For mange mislykkede forsøg på at logge ind. Vent ${limits.windowMinutes} minutter, og prøv igen.`;
  }
  return null;
}

export async function recordLoginAttempt(db: Db, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ email, ip, succeeded: succeeded ? 1 : 0 });
}
