import type { Context } from 'hono';
import type { AppEnv } from '../../../lib/hono-env.ts';

/* JSON answers of the API: UTF-8 JSON, and errors as a JSON object (never the HTML error page). */

export function json(c: Context<AppEnv>, value: unknown, status: 200 | 400 | 404 | 405 | 500 = 200) {
  return c.body(JSON.stringify(value), status, { 'Content-Type': 'application/json; charset=utf-8' });
}

export const jsonError = (c: Context<AppEnv>, status: 400 | 404 | 405 | 500, message: string) =>
  json(c, { error: { status, message } }, status);
