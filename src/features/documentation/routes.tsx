import { Hono, type Context } from 'hono';
import { and, eq, isNull } from 'drizzle-orm';
import { requireActor, requireEditor } from '../../auth/guards.ts';
import { notFound } from '../../lib/errors.ts';
import type { FieldErrors, FormValues } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../lib/route-helpers.ts';
import { forbidden } from '../../lib/errors.ts';
import { parseForm } from '../../lib/forms.ts';
import { page } from '../../ui/render.tsx';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { canSeeMunicipalityDialogues } from '../dialogue/index.ts';
import { validYear } from '../dialogue/index.ts';
import { addChecklistItem } from './checklist-actions.ts';
import { checklistItemSchema, checklistRoutes } from './checklist-routes.tsx';
import { searchPackageFiles } from './search.ts';
import { searchQuerySchema, searchRoutes } from './search-routes.tsx';
import { acceptPackage, fileToRemove, removeFile, restoreFile, returnPackage, reviewItem, sendPackage, uploadFiles } from './actions.ts';
import { confirmPage, isConfirmed } from '../../ui/confirm.tsx';
import { sendStoredFile, storedFiles } from '../../lib/file-store/index.ts';
import { findRemovedFile, loadPackage } from './package.ts';
import { packageFiles } from './tables.ts';
import { PackagePage } from './views/package-page.tsx';

export const documentationRoutes = new Hono<AppEnv>();
documentationRoutes.route('/', checklistRoutes);
documentationRoutes.route('/', searchRoutes);
const BASE = '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke';

function params(c: Context<AppEnv>) {
  const year = Number(c.req.param('year'));
  if (!/^\d{4}$/.test(c.req.param('year') ?? '') || !validYear(year)) throw notFound('Dokumentationspakken');
  const organisationId = idParam(c);
  return { organisationId, year, base: `/boligorganisationer/${organisationId}/styringsdialog/${year}/dokumentationspakke` };
}

async function render(c: Context<AppEnv>, form: { errors?: FieldErrors; values?: FormValues; status?: 200 | 400 | 409; q?: string } = {}) {
  const { organisationId, year, base } = params(c);
  const { db } = c.var.deps;
  const view = await loadPackage({ db, actor: c.var.actor, organisationId, year });
  const o = view.dialogue.organisation;
  // Search within this package (scope already checked by loadPackage; the query filters by scope again).
  const search =
    form.q && view.pkg
      ? { q: form.q, ...(await searchPackageFiles({ db, actor: c.var.actor, q: form.q, dialogueId: view.pkg.dialogueId })) }
      : undefined;
  // Just after a removal the page offers to undo it (?fjernet=<file id>), as long as the file is still removed.
  const removedId = c.req.query('fjernet');
  const removed = removedId && /^\d{1,9}$/.test(removedId) ? await findRemovedFile(db, view, Number(removedId)) : null;
  return page(
    c,
    [`Dokumentationspakke ${year}`, o.name],
    <PackagePage
      view={view}
      csrf={c.var.csrfToken}
      base={base}
      errors={form.errors}
      values={form.values}
      maxMb={c.var.deps.config.UPLOAD_MAX_MB}
      search={search}
      today={danishToday()}
      removed={removed}
      searchAllHref={
        canSeeMunicipalityDialogues(c.var.actor, o.municipalityCode) ? `/kommuner/${o.municipalityCode}/dokumentsoegning` : undefined
      }
    />,
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: o.name, href: `/boligorganisationer/${o.id}` },
        { label: `Styringsdialog ${year}`, href: `/boligorganisationer/${o.id}/styringsdialog/${year}` },
        { label: 'Dokumentationspakke' },
      ],
      section: 'organisations',
      status: form.status,
    },
  );
}

/** Runs an action; a refusal comes back on the page with its message, anything else redirects to the page. */
async function act(c: Context<AppEnv>, run: () => Promise<void>, anchor = '', fieldFor?: (field: string) => string, values?: FormValues) {
  const result = await submit(run);
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [fieldFor ? fieldFor(k) : k, v]));
    return render(c, { errors, values, status: result.status });
  }
  return c.redirect(`${params(c).base}${anchor}`, 303);
}

documentationRoutes.get(BASE, (c) => {
  requireActor(c);
  return render(c, { q: searchQuerySchema.parse(c.req.query()).q });
});

documentationRoutes.post(`${BASE}/punkter/:itemId/filer`, async (c) => {
  const actor = requireEditor(c);
  const { organisationId, year } = params(c);
  const itemId = idParam(c, 'itemId');
  const body = await c.req.parseBody({ all: true });
  const files = [body.files].flat().filter((f): f is File => f instanceof File && f.name !== '');
  return act(
    c,
    () => uploadFiles({ db: c.var.deps.db, actor, organisationId, year, config: c.var.deps.config, itemId, files }),
    `#punkt-${itemId}`,
    (field) => (field === 'files' ? `files-${itemId}` : field),
  );
});

/** Removing a file asks first; the page it leads back to offers to undo it. */
documentationRoutes.get(`${BASE}/filer/:fileId/fjern`, async (c) => {
  const actor = requireEditor(c);
  const { organisationId, year, base } = params(c);
  const { view, item, file } = await fileToRemove({ db: c.var.deps.db, actor, organisationId, year, fileId: idParam(c, 'fileId') });
  const o = view.dialogue.organisation;
  return confirmPage(
    c,
    {
      title: `Fjern ${file.fileName}`,
      question: `Er du sikker på, at du vil fjerne ${file.fileName} fra ${item.title}?`,
      consequences: (
        <p>
          Filen kommer ikke med, når pakken sendes til kommunen. Fjernelsen står i punktets historik, og du kan lægge filen tilbage, så
          længe pakken ikke er sendt.
        </p>
      ),
      action: `${base}/filer/${file.id}/fjern`,
      confirmLabel: 'Ja, fjern filen',
      cancelHref: `${base}#punkt-${item.id}`,
    },
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: o.name, href: `/boligorganisationer/${o.id}` },
        { label: `Styringsdialog ${year}`, href: `/boligorganisationer/${o.id}/styringsdialog/${year}` },
        { label: 'Dokumentationspakke', href: base },
        { label: 'Fjern fil' },
      ],
      section: 'organisations',
    },
  );
});

documentationRoutes.post(`${BASE}/filer/:fileId/fjern`, async (c) => {
  const actor = requireEditor(c);
  const { organisationId, year, base } = params(c);
  const ctx = { db: c.var.deps.db, actor, organisationId, year, fileId: idParam(c, 'fileId') };
  // Scope and rights first, then the confirmation: a refusal says why, an unconfirmed post is asked.
  const found = await submit(() => fileToRemove(ctx));
  if (!found.ok) return render(c, { errors: found.errors, status: found.status });
  if (!isConfirmed(await c.req.parseBody())) return c.redirect(`${base}/filer/${ctx.fileId}/fjern`, 303);
  return act(c, () => removeFile(ctx), `?fjernet=${ctx.fileId}#punkt-${found.value.item.id}`);
});

documentationRoutes.post(`${BASE}/filer/:fileId/genindsaet`, async (c) => {
  const actor = requireEditor(c);
  const { organisationId, year } = params(c);
  return act(c, () => restoreFile({ db: c.var.deps.db, actor, organisationId, year, fileId: idParam(c, 'fileId') }));
});

documentationRoutes.get(`${BASE}/filer/:fileId`, async (c) => {
  const actor = requireActor(c);
  const { organisationId, year } = params(c);
  const fileId = idParam(c, 'fileId');
  // Scope first: the file must belong to an item of this package, which the actor may see.
  const view = await loadPackage({ db: c.var.deps.db, actor, organisationId, year });
  const file = view.items.flatMap((i) => i.files).find((f) => f.id === fileId);
  if (!file) throw notFound('Filen');
  const [stored] = await c.var.deps.db
    .select()
    .from(storedFiles)
    .innerJoin(packageFiles, eq(packageFiles.sha256, storedFiles.sha256))
    .where(and(eq(packageFiles.id, fileId), isNull(packageFiles.removedAt)));
  if (!stored) throw notFound('Filen');
  return sendStoredFile(c, { ...stored.stored_files, fileName: file.fileName });
});

documentationRoutes.post(`${BASE}/send`, async (c) => {
  const actor = requireEditor(c);
  const { organisationId, year } = params(c);
  const body = await c.req.parseBody();
  return act(c, () =>
    sendPackage({ db: c.var.deps.db, hooks: c.var.deps.wiring.hooks, actor, organisationId, year, version: versionField(body) }),
  );
});

documentationRoutes.post(`${BASE}/punkter/:itemId/vurdering`, async (c) => {
  const actor = requireEditor(c);
  const { organisationId, year } = params(c);
  const itemId = idParam(c, 'itemId');
  const body = await c.req.parseBody();
  const review = body.review === 'godkendt' || body.review === 'mangler' ? body.review : null;
  const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim().slice(0, 2000) : null;
  const values = { [`note-${itemId}`]: typeof body.note === 'string' ? body.note : '' };
  return act(
    c,
    () => reviewItem({ db: c.var.deps.db, actor, organisationId, year, itemId, version: versionField(body), review, note }),
    `#punkt-${itemId}`,
    undefined,
    values,
  );
});

documentationRoutes.post(`${BASE}/returner`, async (c) => {
  const actor = requireEditor(c);
  const { organisationId, year } = params(c);
  const body = await c.req.parseBody();
  return act(c, () => returnPackage({ db: c.var.deps.db, actor, organisationId, year, version: versionField(body) }));
});

documentationRoutes.post(`${BASE}/accepter`, async (c) => {
  const actor = requireEditor(c);
  const { organisationId, year } = params(c);
  const body = await c.req.parseBody();
  return act(c, () => acceptPackage({ db: c.var.deps.db, actor, organisationId, year, version: versionField(body) }));
});

/** The supervisor adds an item for this organisation only, e.g. a special analysis agreed last year. */
documentationRoutes.post(`${BASE}/punkter`, async (c) => {
  const actor = requireEditor(c);
  const { organisationId, year } = params(c);
  const view = await loadPackage({ db: c.var.deps.db, actor, organisationId, year });
  if (!view.dialogue.canSupervise) throw forbidden();
  const form = parseForm(checklistItemSchema, await c.req.parseBody());
  if (!form.ok) return render(c, { values: form.values, errors: form.errors, status: 400 });
  return act(
    c,
    () =>
      addChecklistItem({
        db: c.var.deps.db,
        actor,
        municipalityCode: view.dialogue.organisation.municipalityCode,
        organisationId,
        openPackageOf: view.pkg?.dialogueId ?? null,
        input: form.data,
      }),
    '',
    undefined,
    form.values,
  );
});
