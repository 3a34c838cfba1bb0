import { Hono } from 'hono';
import { requireActor } from '../../../auth/guards.ts';
import { notFound } from '../../../lib/errors.ts';
import { attachment } from '../../../lib/file-names.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam } from '../../../lib/route-helpers.ts';
import { getMeeting } from '../load.ts';
import { renderMeetingInWorker } from './render.ts';
import { toMeetingDocument } from './to-document.ts';

export const exportRoutes = new Hono<AppEnv>();

const FILES = {
  'dagsorden.pdf': ['agenda', 'pdf'],
  'dagsorden.docx': ['agenda', 'docx'],
  'referat.pdf': ['minutes', 'pdf'],
  'referat.docx': ['minutes', 'docx'],
} as const;

/** Agenda and minutes as PDF or Word for the meeting's parties, closed items included (the public copy comes with publication). */
exportRoutes.get('/moeder/:id/:file{(dagsorden|referat)\\.(pdf|docx)}', async (c) => {
  const actor = requireActor(c);
  const file = c.req.param('file') as keyof typeof FILES;
  const spec = FILES[file];
  if (!spec) throw notFound();
  const m = await getMeeting({ db: c.var.deps.db, actor, meetingId: idParam(c) });
  const doc = toMeetingDocument(m, spec[0], { includeClosed: true });
  const bytes = await renderMeetingInWorker(doc, spec[1] as 'pdf' | 'docx');
  const word = spec[0] === 'agenda' ? 'Dagsorden' : 'Referat';
  // "Referat af styringsdialogmøde …" (an imported title) is not named "Referat Referat af …".
  const name = (m.title.toLowerCase().startsWith(word.toLowerCase()) ? m.title : `${word} ${m.title}`)
    .replace(/[^\p{L}\p{N} ._-]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return c.body(bytes, 200, {
    'Content-Type': spec[1] === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'Content-Disposition': attachment(`${name}.${spec[1]}`),
    'Cache-Control': 'private, no-store',
  });
});
