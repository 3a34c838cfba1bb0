import type { Context } from 'hono';
import { requireEditor } from '../../auth/guards.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam } from '../../lib/route-helpers.ts';
import { loadManagedMeeting } from './managed.ts';

/**
 * The municipality's side of a meeting, checked before any form is read: not logged in →
 * login, a reader → 403, out of scope → 404 (as the page), in scope without the right → 403.
 * Only the meeting's own row is read; the services take it as it is and load what else they need.
 */
export async function managed(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const meeting = await loadManagedMeeting(c.var.deps.db, actor, idParam(c));
  return { actor, meeting, meetingId: meeting.id };
}
