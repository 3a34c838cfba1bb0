import type { Context } from 'hono';
import { requireEditor } from '../../auth/guards.ts';
import { forbidden } from '../../lib/errors.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam } from '../../lib/route-helpers.ts';
import { loadMeetingHead } from './load.ts';

/**
 * The municipality's side of a meeting, checked before any form is read: not logged in →
 * login, a reader → 403, out of scope → 404 (as the page), in scope without the right → 403.
 * Only the meeting's own row is read; the service loads what it needs.
 */
export async function managed(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const meetingId = idParam(c);
  const head = await loadMeetingHead(c.var.deps.db, actor, meetingId);
  if (!head.canManage) throw forbidden();
  return { actor, meetingId };
}
