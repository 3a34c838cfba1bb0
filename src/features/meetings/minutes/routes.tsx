import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import { forbidden } from '../../../lib/errors.ts';
import { parseForm } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import { loadMeetingHead } from '../load.ts';
import { addComment, approveMinutes, minutesDiff, newMinutesVersion, sendForComments } from './service.ts';
import { renderMeeting } from '../meeting-routes.tsx';
import { commentSchema } from '../schemas.ts';
import { VersionPage } from './views/version-page.tsx';
import { meetingTitle } from '../labels.ts';

export const minutesRoutes = new Hono<AppEnv>();

type Step = typeof sendForComments;
const step = (run: Step) => async (c: Context<AppEnv>) => {
  const actor = requireEditor(c);
  const meetingId = idParam(c);
  const body = await c.req.parseBody();
  const result = await submit(() => run({ db: c.var.deps.db, actor, meetingId, version: versionField(body) }));
  if (!result.ok) return renderMeeting(c, meetingId, { form: 'minutes', values: {}, errors: result.errors }, result.status);
  return c.redirect(`/moeder/${meetingId}#minutes-heading`, 303);
};

minutesRoutes.post('/moeder/:id/referat/send', step(sendForComments));
minutesRoutes.post(
  '/moeder/:id/referat/godkend',
  step(async (input) => {
    await approveMinutes(input);
  }),
);
minutesRoutes.post('/moeder/:id/referat/ny-version', step(newMinutesVersion));

minutesRoutes.post('/moeder/:id/referat/kommentar', async (c) => {
  const actor = requireEditor(c);
  const meetingId = idParam(c);
  // Out of scope is 404 and without the right 403 before the form is read, as on every route here.
  const head = await loadMeetingHead(c.var.deps.db, actor, meetingId);
  if (!head.canComment) throw forbidden();
  const form = parseForm(commentSchema, await c.req.parseBody());
  if (!form.ok) return renderMeeting(c, meetingId, { form: 'comment', values: form.values, errors: form.errors }, 400);
  const result = await submit(() =>
    addComment({ db: c.var.deps.db, actor, meetingId, itemId: form.data.commentItemId, text: form.data.comment }),
  );
  if (!result.ok) return renderMeeting(c, meetingId, { form: 'comment', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/moeder/${meetingId}#minutes-heading`, 303);
});

minutesRoutes.get('/moeder/:id/referat/versioner/:version', async (c) => {
  const actor = requireActor(c);
  const version = idParam(c, 'version');
  const d = await minutesDiff({ db: c.var.deps.db, actor, meetingId: idParam(c), version });
  return page(c, [`Referat, version ${version}`, ...meetingTitle(d.meeting)], <VersionPage d={d} />, {
    crumbs: [
      { label: 'Forside', href: '/' },
      { label: `Møder i ${d.meeting.municipalityName}`, href: `/kommuner/${d.meeting.municipalityCode}/moeder` },
      { label: d.meeting.title, href: `/moeder/${d.meeting.id}` },
      { label: `Version ${version}` },
    ],
    section: 'meetings',
  });
});
