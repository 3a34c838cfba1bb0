import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../lib/hono-env.ts';
import { SESSION_COOKIE, cookieOptions, rotateCsrfToken } from './middleware.ts';
import { sweepLoginCounters } from './rate-limit.ts';
import { createSession, destroySession } from './sessions.ts';

export function clientIp(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // app.request in tests has no socket
  }
}

/** A new session; the browser's earlier one (another user, or the same) ends, and the CSRF token changes. */
export async function startSession(c: Context<AppEnv>, userId: number) {
  const { db, config } = c.var.deps;
  const earlier = getCookie(c, SESSION_COOKIE);
  if (earlier) await destroySession(db, earlier);
  await sweepLoginCounters(db, config.LOGIN_WINDOW_MINUTES);
  rotateCsrfToken(c);
  const token = await createSession(db, {
    userId,
    ttlHours: config.SESSION_TTL_HOURS,
    ip: clientIp(c),
    userAgent: c.req.header('user-agent'),
  });
  setCookie(c, SESSION_COOKIE, token, cookieOptions(c, config.SESSION_TTL_HOURS * 3600));
}
