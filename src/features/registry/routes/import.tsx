import { isTooLarge, tooLargeMessage } from '../../../lib/file-store/index.ts';
import { Hono, type Context } from 'hono';
import { requireEditor } from '../../../auth/guards.ts';
import { AppError, forbidden } from '../../../lib/errors.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam } from '../../../lib/route-helpers.ts';
import type { Crumb } from '../../../ui/layout.tsx';
import { page } from '../../../ui/render.tsx';
import { templateCsv } from '../import/columns.ts';
import { cancelEstateImport, confirmEstateImport, getEstateImport, startEstateImport } from '../import/service.ts';
import { municipalityOptions } from '../municipalities.ts';
import { getOrganisation } from '../organisations.ts';
import { ImportForm, ImportPreview } from '../views/import-pages.tsx';
import { cleanFileName } from '../../../lib/file-names.ts';

/*
 * Estate import: upload → preview stored in the database → confirm (all rows or none).
 * Every route is for editors who may change the organisation, like "Opret afdeling".
 */
export const importRoutes = new Hono<AppEnv>();
const PATH = '/boligorganisationer/:id/afdelinger/import';

async function importContext(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const organisation = await getOrganisation({ db: c.var.deps.db, actor, id: idParam(c) });
  if (!organisation.canEdit) throw forbidden();
  const base = `/boligorganisationer/${organisation.id}/afdelinger/import`;
  const crumbs: Crumb[] = [
    { label: 'Forside', href: '/' },
    { label: 'Boligorganisationer', href: '/boligorganisationer' },
    { label: organisation.name, href: `/boligorganisationer/${organisation.id}` },
    { label: 'Importér afdelinger', href: base },
  ];
  return { actor, organisation, base, crumbs };
}
type ImportContext = Awaited<ReturnType<typeof importContext>>;

function formPage(c: Context<AppEnv>, ctx: ImportContext, error?: string) {
  return page(
    c,
    ['Importér afdelinger', ctx.organisation.name],
    <ImportForm organisation={ctx.organisation} csrf={c.var.csrfToken} error={error} maxMb={c.var.deps.config.UPLOAD_MAX_MB} />,
    { crumbs: ctx.crumbs.slice(0, -1).concat({ label: 'Importér afdelinger' }), section: 'organisations', status: error ? 400 : 200 },
  );
}

async function previewPage(c: Context<AppEnv>, ctx: ImportContext, importId: number, conflict?: { message: string; status: 400 | 409 }) {
  const { db } = c.var.deps;
  const [imp, options] = await Promise.all([
    getEstateImport({ db, actor: ctx.actor, organisationId: ctx.organisation.id, id: importId }),
    municipalityOptions(db),
  ]);
  const municipalities = new Map(options.map((o) => [o.value, o.label]));
  return page(
    c,
    ['Forhåndsvisning af import', ctx.organisation.name],
    <ImportPreview
      organisation={ctx.organisation}
      imp={imp}
      csrf={c.var.csrfToken}
      municipalities={municipalities}
      conflict={conflict?.message}
    />,
    { crumbs: [...ctx.crumbs, { label: imp.fileName }], section: 'organisations', status: conflict?.status },
  );
}

importRoutes.get(PATH, async (c) => formPage(c, await importContext(c)));

importRoutes.get(`${PATH}/skabelon.csv`, async (c) => {
  await importContext(c);
  return c.body(templateCsv(), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="afdelinger-skabelon.csv"',
  });
});

importRoutes.post(PATH, async (c) => {
  const ctx = await importContext(c);
  const file = (await c.req.parseBody()).file;
  if (!(file instanceof File) || (file.name === '' && file.size === 0))
    return formPage(c, ctx, 'Vælg en CSV- eller XLSX-fil med afdelinger.');
  const maxMb = c.var.deps.config.UPLOAD_MAX_MB;
  // The app's body limit stops bodies over maxMb + 1 MB (the form's own bytes); this catches the rest.
  if (isTooLarge(file.size, maxMb)) return formPage(c, ctx, tooLargeMessage(file.size, maxMb));
  const result = await startEstateImport({
    db: c.var.deps.db,
    actor: ctx.actor,
    organisationId: ctx.organisation.id,
    fileName: cleanFileName(file.name),
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  if (!result.ok) return formPage(c, ctx, result.message);
  return c.redirect(`${ctx.base}/${result.id}`, 303);
});

importRoutes.get(`${PATH}/:importId`, async (c) => previewPage(c, await importContext(c), idParam(c, 'importId')));

importRoutes.post(`${PATH}/:importId`, async (c) => {
  const ctx = await importContext(c);
  const importId = idParam(c, 'importId');
  try {
    await confirmEstateImport({ db: c.var.deps.db, actor: ctx.actor, organisationId: ctx.organisation.id, id: importId });
  } catch (error) {
    // A stale preview or a double submit shows the preview again with why nothing was saved.
    if (error instanceof AppError && (error.code === 'conflict' || error.code === 'bad_request')) {
      return previewPage(c, ctx, importId, { message: error.userMessage, status: error.status as 400 | 409 });
    }
    throw error;
  }
  // The organisation page has no flash messages; its history shows the import's summary.
  return c.redirect(`/boligorganisationer/${ctx.organisation.id}`, 303);
});

importRoutes.post(`${PATH}/:importId/annuller`, async (c) => {
  const ctx = await importContext(c);
  await cancelEstateImport({ db: c.var.deps.db, actor: ctx.actor, organisationId: ctx.organisation.id, id: idParam(c, 'importId') });
  return c.redirect(ctx.base, 303);
});
