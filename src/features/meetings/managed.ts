import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { loadMeetingHead, type MeetingHead } from './load.ts';
import { AppError, forbidden } from '../../lib/errors.ts';

declare const checked: unique symbol;

/**
 * A meeting whose municipality's side the actor manages, loaded and checked once — by the route's
 * guard (guard.ts) before the form is read, or by loadManagedMeeting — and handed to the
 * services, which then neither load nor check it again.
 */
export type ManagedMeeting = MeetingHead & { readonly [checked]: true };

/** Out of scope → 404 (as the page), in scope without the right → 403. */
export async function loadManagedMeeting(db: Db, actor: Actor, meetingId: number): Promise<ManagedMeeting> {
  const head = await loadMeetingHead(db, actor, meetingId);
  if (!head.canManage) throw forbidden();
  return head as ManagedMeeting;
}

/** The meeting's id, once its minutes are known not to be locked: approved minutes change only through a new version. */
export function editableId(meeting: ManagedMeeting): number {
  assertUnlocked(meeting);
  return meeting.id;
}

/** Refuses changes to approved minutes: they change only through a new version. */
export function assertUnlocked(head: Pick<MeetingHead, 'minutesStatus'>) {
  if (head.minutesStatus === 'godkendt') {
    throw new AppError('conflict', 'Referatet er godkendt og låst. Opret en ny version af referatet for at ændre det.');
  }
}
