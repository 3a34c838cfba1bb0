import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { CurrentUser } from '../lib/hono-env.ts';
import { newToken, sha256 } from '../lib/tokens.ts';
import { administrators, municipalities, organisations } from '../features/registry/tables.ts';
import { sessions, users } from './tables.ts';

export async function createSession(db: Db, input: { userId: number; ttlHours: number; ip?: string; userAgent?: string }): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({
    idHash: sha256(token),
    userId: input.userId,
    expiresAt: new Date(Date.now() + input.ttlHours * 3600_000),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300),
  });
  // Expired rows are swept here rather than by a timer: no process-local state.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return token;
}

/** The session's user, or null when the token is unknown, expired, or the user is disabled. One query. */
export async function loadSessionUser(db: Db, token: string): Promise<CurrentUser | null> {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      municipalityCode: users.municipalityCode,
      organisationId: users.organisationId,
      administratorId: users.administratorId,
      affiliation: sql<string | null>`coalesce(${municipalities.name}, ${organisations.name}, ${administrators.name})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(municipalities, eq(municipalities.code, users.municipalityCode))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(administrators, eq(administrators.id, users.administratorId))
    .where(and(eq(sessions.idHash, sha256(token)), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function destroySession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(token)));
}

export async function destroyUserSessions(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
