import { Hono } from 'hono';
import { requireActor } from '../../../auth/guards.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit } from '../../../lib/route-helpers.ts';
import { sendStoredFile } from '../../../lib/file-store/index.ts';
import { addAttachments, attachmentToRemove, getAttachment, removeAttachment } from './service.ts';
import { confirmPage, isConfirmed } from '../../../ui/confirm.tsx';
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

/** Removing a bilag asks first: the row goes, so there is nothing to undo but uploading the file again. */
attachmentRoutes.get('/moeder/:id/bilag/:fileId/fjern', async (c) => {
  const { meeting, meetingId } = await managed(c);
  const file = await attachmentToRemove({ db: c.var.deps.db, meeting, fileId: idParam(c, 'fileId') });
  const itemHref = `/moeder/${meetingId}/punkter/${file.itemId}`;
  return confirmPage(
    c,
    {
      title: `Fjern ${file.fileName}`,
      question: `Er du sikker på, at du vil fjerne bilaget ${file.fileName} fra punktet ${file.itemTitle}?`,
      consequences: (
        <p>
          Bilaget forsvinder fra punktet, dagsordenen og referatet. Det kan ikke hentes frem igen her, men du kan lægge filen op igen.
          Fjernelsen står i mødets historik.
        </p>
      ),
      action: `/moeder/${meetingId}/bilag/${file.id}/fjern`,
      confirmLabel: 'Ja, fjern bilaget',
      cancelHref: `${itemHref}#files-heading`,
    },
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: meeting.title, href: `/moeder/${meetingId}` },
        { label: file.itemTitle, href: itemHref },
        { label: 'Fjern bilag' },
      ],
      section: 'meetings',
    },
  );
});

attachmentRoutes.post('/moeder/:id/bilag/:fileId/fjern', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const file = await attachmentToRemove({ db: c.var.deps.db, meeting, fileId: idParam(c, 'fileId') });
  if (!isConfirmed(await c.req.parseBody())) return c.redirect(`/moeder/${meetingId}/bilag/${file.id}/fjern`, 303);
  await removeAttachment({ db: c.var.deps.db, actor, meeting, fileId: file.id });
  return c.redirect(`/moeder/${meetingId}/punkter/${file.itemId}#files-heading`, 303);
});

attachmentRoutes.get('/moeder/:id/bilag/:fileId', async (c) => {
  const actor = requireActor(c);
  const file = await getAttachment({ db: c.var.deps.db, actor, meetingId: idParam(c), fileId: idParam(c, 'fileId') });
  return sendStoredFile(c, file);
});
