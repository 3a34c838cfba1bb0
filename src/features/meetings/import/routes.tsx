import { Hono, type Context } from 'hono';
import { requireEditor } from '../../../auth/guards.ts';
import { forbidden, notFound } from '../../../lib/errors.ts';
import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { isTooLarge, tooLargeMessage } from '../../../lib/file-store/index.ts';
import { submit } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import { importMinutesInWorker } from '../../minutes-import/index.ts';
import { getMunicipality } from '../../registry/index.ts';
import { meetingTargets } from '../options.ts';
import { canManageMeeting } from '../policy.ts';
import { parsePreview } from './form.ts';
import { previewValues, readSummaryOf, uploadChoice, withEarlierImports, type Choice } from './preview-values.ts';
import { createImportedMeeting, earlierImports } from './save.ts';
import { importPath, PreviewPage, UploadPage } from './views.tsx';
import { cleanFileName } from '../../../lib/file-names.ts';

/*
 * Importing existing minutes as a meeting: upload → preview (a form pre-filled with what was
 * read) → save. Nothing is stored until the preview is saved; the file itself is not kept, only
 * its name. For the municipality's editors and admins, like "Opret møde".
 */
export const meetingImportRoutes = new Hono<AppEnv>();
const PATH = '/kommuner/:code/moeder/importer';

/** Not logged in: login; a reader or someone else's editor: 403; an unknown municipality: 404. */
async function importContext(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const code = c.req.param('code') ?? '';
  const mun = /^\d{4}$/.test(code) ? await getMunicipality(c.var.deps.db, code) : null;
  if (!mun) throw notFound('Kommunen');
  if (!canManageMeeting(actor, { municipalityCode: mun.code })) throw forbidden();
  const targets = await meetingTargets(c.var.deps.db, mun.code);
  return { actor, code: mun.code, name: mun.name, targets };
}
type ImportContext = Awaited<ReturnType<typeof importContext>>;

const crumbs = (ctx: ImportContext, last: { label: string; href?: string }[]) => [
  { label: 'Forside', href: '/' },
  { label: `Møder i ${ctx.name}`, href: `/kommuner/${ctx.code}/moeder` },
  ...last,
];

function uploadPage(c: Context<AppEnv>, ctx: ImportContext, choice: Choice, error?: string) {
  return page(
    c,
    ['Importér referat', ctx.name],
    <UploadPage
      code={ctx.code}
      name={ctx.name}
      csrf={c.var.csrfToken}
      targets={ctx.targets}
      choice={choice}
      error={error}
      maxMb={c.var.deps.config.UPLOAD_MAX_MB}
    />,
    { crumbs: crumbs(ctx, [{ label: 'Importér referat' }]), section: 'meetings', status: error ? 400 : 200 },
  );
}

function previewPage(c: Context<AppEnv>, ctx: ImportContext, values: FormValues, errors?: FieldErrors) {
  return page(
    c,
    ['Kontrollér det importerede referat', ctx.name],
    <PreviewPage
      code={ctx.code}
      name={ctx.name}
      csrf={c.var.csrfToken}
      targets={ctx.targets}
      values={values}
      errors={errors}
      read={readSummaryOf(values)}
    />,
    {
      crumbs: crumbs(ctx, [{ label: 'Importér referat', href: importPath(ctx.code) }, { label: 'Kontrollér' }]),
      section: 'meetings',
      status: errors ? 400 : 200,
    },
  );
}

meetingImportRoutes.get(PATH, async (c) => {
  const ctx = await importContext(c);
  return uploadPage(c, ctx, uploadChoice(c.req.query(), ctx.targets));
});

meetingImportRoutes.post(PATH, async (c) => {
  const ctx = await importContext(c);
  const body = await c.req.parseBody();
  const choice = uploadChoice(body, ctx.targets);
  const file = body.file;
  if (!(file instanceof File) || (file.name === '' && file.size === 0))
    return uploadPage(c, ctx, choice, 'Vælg referatet, du vil importere – en fil i TXT, DOCX eller PDF.');
  const maxMb = c.var.deps.config.UPLOAD_MAX_MB;
  // The app's body limit refuses bodies over maxMb + 1 MB with its own page; this catches the rest.
  if (isTooLarge(file.size, maxMb)) return uploadPage(c, ctx, choice, tooLargeMessage(file.size, maxMb));
  const fileName = cleanFileName(file.name) || 'referat';
  // Read in a thread of its own with a time limit: a long PDF must not stall the server's other requests.
  const result = await importMinutesInWorker(new Uint8Array(await file.arrayBuffer()), fileName, { maxBytes: maxMb * 1024 * 1024 });
  if (!result.ok) return uploadPage(c, ctx, choice, result.message);
  const values = previewValues(result.minutes, {
    fileName,
    choice,
    targets: ctx.targets,
    municipalityName: ctx.name,
    startTime: result.startTime,
  });
  const earlier = await earlierImports(c.var.deps.db, ctx.code, { fileName, title: values.title, date: result.minutes.date });
  return previewPage(c, ctx, withEarlierImports(values, earlier));
});

meetingImportRoutes.post(`${PATH}/gem`, async (c) => {
  const ctx = await importContext(c);
  const form = parsePreview(await c.req.parseBody());
  if (!form.ok) return previewPage(c, ctx, form.values, form.errors);
  const result = await submit(() =>
    createImportedMeeting({ db: c.var.deps.db, actor: ctx.actor, municipalityCode: ctx.code, input: form.data }),
  );
  if (!result.ok) return previewPage(c, ctx, form.values, result.errors);
  return c.redirect(`/moeder/${result.value.id}`, 303);
});
