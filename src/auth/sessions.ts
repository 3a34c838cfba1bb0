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

/**
 * The session's user with the name of the body they belong to, as one prepared statement: the
 * lookup runs on every request, so its SQL is built once per database handle (and on PostgreSQL
 * parsed and planned once per connection), and the affiliation is three scalar subqueries rather
 * than joins, which PostgreSQL plans faster.
 */
function prepareSessionUser(db: Db) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      municipalityCode: users.municipalityCode,
      organisationId: users.organisationId,
      administratorId: users.administratorId,
      affiliation: sql<string | null>`coalesce(
        (select ${municipalities.name} from ${municipalities} where ${municipalities.code} = ${users.municipalityCode}),
        (select ${organisations.name} from ${organisations} where ${organisations.id} = ${users.organisationId}),
        (select ${administrators.name} from ${administrators} where ${administrators.id} = ${users.administratorId}))`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sql.placeholder('idHash')), gt(sessions.expiresAt, sql.placeholder('now')), isNull(users.disabledAt)))
    .limit(1)
    .prepare('session_user');
}
const sessionUserQueries = new WeakMap<Db, ReturnType<typeof prepareSessionUser>>();

/** The session's user, or null when the token is unknown, expired, or the user is disabled. One query. */
export async function loadSessionUser(db: Db, token: string): Promise<CurrentUser | null> {
  let query = sessionUserQueries.get(db);
  if (!query) sessionUserQueries.set(db, (query = prepareSessionUser(db)));
  const rows = await query.execute({ idHash: sha256(token), now: new Date() });
  return rows[0] ?? null;
}

export async function destroySession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(token)));
}

export async function destroyUserSessions(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
