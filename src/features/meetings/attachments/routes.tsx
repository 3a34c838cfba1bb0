import { Hono } from 'hono';
import { requireActor } from '../../../auth/guards.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit } from '../../../lib/route-helpers.ts';
import { sendStoredFile } from '../../../lib/file-store/index.ts';
import { addAttachments, getAttachment, removeAttachment } from './service.ts';
import { renderItem } from '../agenda/routes.tsx';
import { managed } from '../guard.ts';

export const attachmentRoutes = new Hono<AppEnv>();

attachmentRoutes.post('/moeder/:id/punkter/:itemId/bilag', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const itemId = idParam(c, 'itemId');
  const body = await c.req.parseBody({ all: true });
  const files = ([] as unknown[]).concat(body.files ?? []).filter((f): f is File => f instanceof File && f.name !== '');
  const result = await submit(() => addAttachments({ db: c.var.deps.db, actor, config: c.var.deps.config, meeting, itemId, files }));
  if (!result.ok) return renderItem(c, meetingId, itemId, { form: 'files', values: {}, errors: result.errors }, result.status);
  return c.redirect(`/moeder/${meetingId}/punkter/${itemId}#files-heading`, 303);
});

attachmentRoutes.post('/moeder/:id/bilag/:fileId/fjern', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  await removeAttachment({ db: c.var.deps.db, actor, meeting, fileId: idParam(c, 'fileId') });
  return c.redirect(`/moeder/${meetingId}`, 303);
});

attachmentRoutes.get('/moeder/:id/bilag/:fileId', async (c) => {
  const actor = requireActor(c);
  const file = await getAttachment({ db: c.var.deps.db, actor, meetingId: idParam(c), fileId: idParam(c, 'fileId') });
  return sendStoredFile(c, file);
});
