import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requireEditor } from '../../../auth/guards.ts';
import type { Actor } from '../../../auth/scope.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { AppError } from '../../../lib/errors.ts';
import { cleanFileName } from '../../../lib/file-names.ts';
import { isTooLarge, tooLargeMessage } from '../../../lib/file-store/index.ts';
import { type FieldErrors, type FormValues, formValues, parseForm, requiredText, wholeNumber } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam } from '../../../lib/route-helpers.ts';
import type { Crumb } from '../../../ui/layout.tsx';
import { page } from '../../../ui/render.tsx';
import { editableOrganisationsWithEstates, findPartyOrganisation } from '../../registry/index.ts';
import { listIndicators } from '../catalogue/service.ts';
import {
  DEFAULT_SOURCE,
  cancelFiguresImport,
  confirmFiguresImport,
  getFiguresImport,
  getImportResult,
  startFiguresImport,
} from './service.ts';
import { templateCsv, templateXlsx } from './template.ts';
import { FIRST_YEAR } from './validate.ts';
import { IMPORT_BASE, ImportForm } from './views/form.tsx';
import { ImportPreview, ImportResult } from './views/preview.tsx';

/*
 * Import of yearly figures: upload → preview (stored, the file in the file store) → confirm
 * (every line or none) → the result. For anyone who may change an organisation; each line of
 * the file is checked against which organisations that is.
 */
export const figuresImportRoutes = new Hono<AppEnv>();

const currentYear = () => Number(danishToday().slice(0, 4));
const uploadSchema = () =>
  z.object({
    source: requiredText('kilden', 100),
    year: wholeNumber('året', { min: FIRST_YEAR, max: currentYear() }),
  });

/** The organisation whose page the import started from, if the actor is a party to it; only for the way back. */
async function organisationContext(c: Context<AppEnv>, actor: Actor, raw: string | undefined) {
  if (!raw || !/^\d{1,9}$/.test(raw)) return null;
  const org = await findPartyOrganisation(c.var.deps.db, actor, Number(raw));
  return org ? { id: org.id, name: org.name } : null;
}

function crumbs(organisation: { id: number; name: string } | null, last: Crumb[] = []): Crumb[] {
  const start: Crumb[] = organisation
    ? [
        { label: 'Forside', href: '/' },
        { label: 'Boligorganisationer', href: '/boligorganisationer' },
        { label: organisation.name, href: `/boligorganisationer/${organisation.id}` },
      ]
    : [{ label: 'Forside', href: '/' }];
  return [...start, ...(last.length ? [{ label: 'Importér nøgletal', href: IMPORT_BASE }, ...last] : [{ label: 'Importér nøgletal' }])];
}

async function formPage(
  c: Context<AppEnv>,
  input: { values: FormValues; errors?: FieldErrors; organisation: { id: number; name: string } | null },
) {
  const catalogue = await listIndicators(c.var.deps.db);
  return page(
    c,
    ['Importér nøgletal', input.organisation?.name],
    <ImportForm
      csrf={c.var.csrfToken}
      values={input.values}
      errors={input.errors}
      maxMb={c.var.deps.config.UPLOAD_MAX_MB}
      catalogue={catalogue}
      organisation={input.organisation}
    />,
    { crumbs: crumbs(input.organisation), section: 'organisations', status: input.errors ? 400 : 200 },
  );
}

figuresImportRoutes.get(IMPORT_BASE, async (c) => {
  const actor = requireEditor(c);
  const q = c.req.query();
  return formPage(c, {
    values: { source: q.kilde?.slice(0, 100) || DEFAULT_SOURCE, year: q.aar?.slice(0, 4) ?? '' },
    organisation: await organisationContext(c, actor, q.boligorganisation),
  });
});

/** The template's example line: the actor's first organisation and estate, so it imports as it is. */
async function templateExample(c: Context<AppEnv>, actor: Actor) {
  const { db } = c.var.deps;
  const [catalogue, targets] = await Promise.all([listIndicators(db), editableOrganisationsWithEstates(db, actor)]);
  const org = targets.organisations[0];
  const estate = org && targets.estates.filter((e) => e.organisationId === org.id).sort((a, b) => a.number - b.number)[0];
  return { catalogue, example: { lbfNumber: org?.lbfNumber ?? 123, estateNumber: estate?.number ?? 1, year: currentYear() - 1 } };
}

figuresImportRoutes.get(`${IMPORT_BASE}/skabelon.csv`, async (c) => {
  const { catalogue, example } = await templateExample(c, requireEditor(c));
  return c.body(templateCsv(catalogue, example), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="noegletal-skabelon.csv"',
  });
});

figuresImportRoutes.get(`${IMPORT_BASE}/skabelon.xlsx`, async (c) => {
  const { catalogue, example } = await templateExample(c, requireEditor(c));
  return c.body((await templateXlsx(catalogue, example)) as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': 'attachment; filename="noegletal-skabelon.xlsx"',
  });
});

figuresImportRoutes.post(IMPORT_BASE, async (c) => {
  const actor = requireEditor(c);
  const body = await c.req.parseBody();
  const organisation = await organisationContext(c, actor, typeof body.organisation === 'string' ? body.organisation : undefined);
  const form = parseForm(uploadSchema(), body);
  const errors: FieldErrors = form.ok ? {} : { ...form.errors };
  const file = body.file;
  const maxMb = c.var.deps.config.UPLOAD_MAX_MB;
  if (!(file instanceof File) || (file.name === '' && file.size === 0)) errors.file = 'Vælg en CSV- eller XLSX-fil med nøgletal.';
  // The app's body limit stops bodies over maxMb + 1 MB (the form's own bytes); this catches the rest.
  else if (isTooLarge(file.size, maxMb)) errors.file = tooLargeMessage(file.size, maxMb);
  if (!form.ok || Object.keys(errors).length > 0 || !(file instanceof File)) {
    return formPage(c, { values: formValues(body), errors: orderErrors(errors), organisation });
  }
  const result = await startFiguresImport({
    db: c.var.deps.db,
    dataDir: c.var.deps.config.DATA_DIR,
    actor,
    fileName: cleanFileName(file.name),
    bytes: new Uint8Array(await file.arrayBuffer()),
    source: form.data.source,
    year: form.data.year,
    organisationId: organisation?.id ?? null,
  });
  if (!result.ok) return formPage(c, { values: form.values, errors: { file: result.message }, organisation });
  return c.redirect(`${IMPORT_BASE}/${result.id}`, 303);
});

/** The error summary lists the fields in the form's order. */
const orderErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(['file', 'source', 'year'].filter((k) => errors[k]).map((k) => [k, errors[k]]));

async function previewPage(c: Context<AppEnv>, id: number, conflict?: { message: string; status: 400 | 409 }) {
  const actor = requireEditor(c);
  const { db } = c.var.deps;
  const preview = await getFiguresImport({ db, actor, id });
  const [catalogue, organisation, result] = await Promise.all([
    listIndicators(db),
    organisationContext(c, actor, preview.organisationId === null ? undefined : String(preview.organisationId)),
    getImportResult(db, preview),
  ]);
  const names = new Map(catalogue.map((i) => [i.code, i]));
  // A second click on "Importér" finds the import done: the result is what the user wants to see.
  if (result && conflict) return c.redirect(`${IMPORT_BASE}/${id}`, 303);
  if (result) {
    return page(
      c,
      ['Nøgletal importeret', preview.fileName],
      <ImportResult preview={preview} result={result} names={names} organisation={organisation} />,
      {
        crumbs: crumbs(organisation, [{ label: preview.fileName }]),
        section: 'organisations',
      },
    );
  }
  return page(
    c,
    ['Forhåndsvisning af nøgletal', preview.fileName],
    <ImportPreview preview={preview} csrf={c.var.csrfToken} names={names} conflict={conflict?.message} />,
    { crumbs: crumbs(organisation, [{ label: preview.fileName }]), section: 'organisations', status: conflict?.status },
  );
}

figuresImportRoutes.get(`${IMPORT_BASE}/:importId`, (c) => previewPage(c, idParam(c, 'importId')));

figuresImportRoutes.post(`${IMPORT_BASE}/:importId`, async (c) => {
  const actor = requireEditor(c);
  const id = idParam(c, 'importId');
  const { db, config, wiring } = c.var.deps;
  try {
    await confirmFiguresImport({ db, dataDir: config.DATA_DIR, actor, hooks: wiring.hooks, id });
  } catch (error) {
    // A stale preview or a double submit shows the preview again with why nothing was saved.
    if (error instanceof AppError && (error.code === 'conflict' || error.code === 'bad_request')) {
      return previewPage(c, id, { message: error.userMessage, status: error.status as 400 | 409 });
    }
    throw error;
  }
  return c.redirect(`${IMPORT_BASE}/${id}`, 303);
});

figuresImportRoutes.post(`${IMPORT_BASE}/:importId/annuller`, async (c) => {
  const actor = requireEditor(c);
  const id = idParam(c, 'importId');
  await cancelFiguresImport({ db: c.var.deps.db, actor, id });
  return c.redirect(IMPORT_BASE, 303);
});
