import type { Context } from 'hono';
import { AppError, notFound } from './errors.ts';
import type { FieldErrors } from './forms.ts';
import type { AppEnv } from './hono-env.ts';

/** A numeric id from the path; anything else is a page that does not exist. */
export function idParam(c: Context<AppEnv>, name = 'id'): number {
  const raw = c.req.param(name) ?? '';
  if (!/^\d{1,9}$/.test(raw)) throw notFound();
  return Number(raw);
}

/**
 * The version an edit form was opened on; a missing one can only be a conflict. Rows written
 * on first change (a dialogue, a municipality's settings) start at version 0.
 */
export function versionField(body: Record<string, unknown>, opts: { allowZero?: boolean } = {}): number {
  const v = typeof body.version === 'string' && body.version !== '' ? Number(body.version) : NaN;
  return Number.isInteger(v) && (v > 0 || (opts.allowZero && v === 0)) ? v : -1;
}

/**
 * Runs a service call for a form. Validation errors the service raises for a field
 * (a duplicate number, an unknown municipality, a stale version) come back as field
 * errors so the form can be shown again with what the user typed.
 */
export async function submit<T>(
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; errors: FieldErrors; status: 400 | 409 }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof AppError && error.field && (error.code === 'bad_request' || error.code === 'conflict')) {
      return { ok: false, errors: { [error.field]: error.userMessage }, status: error.code === 'conflict' ? 409 : 400 };
    }
    throw error;
  }
}
