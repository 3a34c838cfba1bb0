import { Hono } from 'hono';
import { parseForm } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit } from '../../../lib/route-helpers.ts';
import { managed } from '../guard.ts';
import { renderMeeting } from '../meeting-routes.tsx';
import { participantSchema } from '../schemas.ts';
import { addParticipant, changeParticipant } from './service.ts';

export const participantRoutes = new Hono<AppEnv>();

participantRoutes.post('/moeder/:id/deltagere', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const form = parseForm(participantSchema, await c.req.parseBody());
  if (!form.ok) return renderMeeting(c, meetingId, { form: 'participant', values: form.values, errors: form.errors }, 400);
  const { participantName, participantTitle, ...rest } = form.data;
  const result = await submit(() =>
    addParticipant({ db: c.var.deps.db, actor, meeting, input: { name: participantName, title: participantTitle, ...rest } }),
  );
  if (!result.ok) return renderMeeting(c, meetingId, { form: 'participant', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/moeder/${meetingId}#participants-heading`, 303);
});

participantRoutes.post('/moeder/:id/deltagere/:pid', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const change = String((await c.req.parseBody()).change ?? '');
  if (change !== 'til_stede' && change !== 'fravaerende' && change !== 'fjern') {
    return renderMeeting(
      c,
      meetingId,
      { form: 'participant-change', values: {}, errors: { change: 'Vælg om deltageren er til stede, fraværende eller skal fjernes.' } },
      400,
    );
  }
  await changeParticipant({ db: c.var.deps.db, actor, meeting, participantId: idParam(c, 'pid'), change });
  return c.redirect(`/moeder/${meetingId}#participants-heading`, 303);
});
