import { createEvent } from 'ics';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { recordAudit } from '../../audit/index.ts';
import { enqueueMail } from '../../outbox/index.ts';
import { renderMeetingInWorker } from '../export/render.ts';
import { flatten } from './numbering.ts';
import { getMeeting, type MeetingView } from '../load.ts';
import { editableId, type ManagedMeeting } from '../managed.ts';
import { meetings } from '../tables.ts';
import { toMeetingDocument } from '../export/to-document.ts';
import { countNoun } from '../../../lib/plural.ts';

/** The meeting as an iCalendar invitation (METHOD:REQUEST), so calendars offer to accept it. */
export function meetingInvitation(m: MeetingView, publicUrl: string, mailFrom: string): string {
  if (!m.startsAt) throw new AppError('bad_request', 'Mødet skal have en dato og et tidspunkt, før der kan indkaldes.', { field: 'date' });
  const end = m.endsAt ?? new Date(m.startsAt.getTime() + 2 * 3_600_000);
  const event = {
    uid: `meeting-${m.id}@styringsdialog`,
    method: 'REQUEST' as const,
    title: m.title,
    start: m.startsAt.getTime(),
    startInputType: 'utc' as const,
    startOutputType: 'utc' as const,
    end: end.getTime(),
    endInputType: 'utc' as const,
    endOutputType: 'utc' as const,
    location: m.place ?? undefined,
    description: `Dagsorden:\n${flatten(m.tree)
      .filter((i) => !i.closed)
      .map((i) => `${i.number}. ${i.title}`)
      .join('\n')}\n\n${publicUrl}/moeder/${m.id}`,
    url: `${publicUrl}/moeder/${m.id}`,
    productId: 'styringsdialog',
    status: 'CONFIRMED' as const,
  };
  // A REQUEST needs an organizer and attendees (RFC 5546), or calendars show it as a bare event.
  const invited = createEvent({
    ...event,
    organizer: { name: m.municipalityName, email: /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom },
    attendees: m.participants
      .filter((p) => p.email)
      .map((p) => ({ name: p.name, email: p.email!, rsvp: true, role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION' })),
  });
  if (invited.value && !invited.error) return invited.value;
  // An address the ics library will not take (e.g. with æøå in the domain): the event without the invitation lists.
  const bare = createEvent(event);
  if (bare.value && !bare.error) return bare.value;
  throw new AppError('bad_request', 'Kalenderinvitationen kunne ikke dannes ud fra mødets dato og tidspunkt. Ret dem, og prøv igen.', {
    field: 'convene',
    log: `ics: ${bare.error?.message}`,
  });
}

/**
 * Sends the agenda as PDF with an invitation to every participant with an e-mail address, in
 * one transaction with the meeting's "convened" mark; the outbox delivers and retries.
 */
export async function conveneMeeting({
  db,
  actor,
  meeting,
  publicUrl,
  mailFrom,
}: {
  db: Db;
  actor: Actor;
  meeting: ManagedMeeting;
  publicUrl: string;
  mailFrom: string;
}) {
  const meetingId = editableId(meeting);
  const m = await getMeeting({ db, actor, meetingId });
  const recipients = m.participants.filter((p) => p.email);
  if (recipients.length === 0)
    throw new AppError('bad_request', 'Ingen deltagere har en e-mailadresse. Tilføj e-mailadresser på deltagerne, før du indkalder.', {
      field: 'convene',
    });
  if (m.tree.length === 0)
    throw new AppError('bad_request', 'Dagsordenen er tom. Tilføj mindst ét punkt, før du indkalder.', { field: 'convene' });
  const invitation = meetingInvitation(m, publicUrl, mailFrom);
  const pdf = Buffer.from(await renderMeetingInWorker(toMeetingDocument(m, 'agenda', { includeClosed: true }), 'pdf'));
  const attachments = [
    { filename: 'dagsorden.pdf', contentType: 'application/pdf', contentBase64: pdf.toString('base64') },
    {
      filename: 'invitation.ics',
      contentType: 'text/calendar; method=REQUEST; charset=utf-8',
      contentBase64: Buffer.from(invitation).toString('base64'),
    },
  ];
  const when = formatDateTime(m.startsAt);
  await db.transaction(async (tx) => {
    const stamp = new Date();
    for (const p of recipients) {
      await enqueueMail(tx, {
        to: p.email!,
        subject: `Indkaldelse: ${m.title}, ${when}`,
        attachments,
        text: `Kære ${p.name}\n\nDu indkaldes til ${m.title} ${when}${m.place ? `, ${m.place}` : ''}.\n\nDagsordenen er vedhæftet som PDF, og en kalenderinvitation følger med. Du kan også se dagsordenen her:\n${publicUrl}/moeder/${m.id}\n\nVenlig hilsen\n${m.municipalityName}`,
        dedupeKey: `convene:${m.id}:${stamp.getTime()}:${p.id}`,
      });
    }
    await tx.update(meetings).set({ convenedAt: stamp }).where(eq(meetings.id, meetingId));
    await recordAudit(tx, {
      actor,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      summary: `Indkaldelse sendt til ${countNoun(recipients.length, 'deltager', 'deltagere')}`,
    });
  });
  return recipients.length;
}
