import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requireActor, requireEditor } from '../../auth/guards.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { checkbox, formValues, optionalText, parseForm, requiredText, type FieldErrors, type FormValues } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../lib/route-helpers.ts';
import { page } from '../../ui/render.tsx';
import { canManageMunicipality, canSeeMunicipalityDialogues } from '../dialogue/index.ts';
import { getMunicipality } from '../registry/index.ts';
import { addChecklistItem, updateChecklistItem } from './checklist-actions.ts';
import { getChecklistItem, municipalChecklist, organisationChecklistItems } from './checklist.ts';
import { ChecklistItemForm, ChecklistPage } from './views/checklist-page.tsx';

export const checklistRoutes = new Hono<AppEnv>();
export const checklistItemSchema = z.object({
  title: requiredText('punktets titel', 200),
  description: optionalText('beskrivelsen', 1000),
  required: checkbox(),
});

/** The municipality of the path, if the actor may see its dialogues (404 otherwise, like a page that does not exist). */
function code(c: Context<AppEnv>): string {
  const value = c.req.param('code') ?? '';
  if (!/^\d{4}$/.test(value) || !canSeeMunicipalityDialogues(requireActor(c), value)) throw notFound();
  return value;
}

const crumbs = (municipalityCode: string, last?: string) => [
  { label: 'Forside', href: '/' },
  { label: 'Tilsyn', href: '/tilsyn' },
  ...(last
    ? [{ label: 'Dokumentationspakkens punkter', href: `/kommuner/${municipalityCode}/dokumentationspakke` }, { label: last }]
    : [{ label: 'Dokumentationspakkens punkter' }]),
];

async function render(c: Context<AppEnv>, form: { values?: FormValues; errors?: FieldErrors; status?: 200 | 400 | 409 } = {}) {
  const municipalityCode = code(c);
  const { db } = c.var.deps;
  const municipality = await getMunicipality(db, municipalityCode);
  if (!municipality) throw notFound('Kommunen');
  const [items, organisationItems] = await Promise.all([
    municipalChecklist(db, municipalityCode),
    organisationChecklistItems(db, municipalityCode),
  ]);
  return page(
    c,
    ['Dokumentationspakkens punkter', municipality.name],
    <ChecklistPage
      municipalityName={municipality.name}
      base={`/kommuner/${municipalityCode}/dokumentationspakke`}
      csrf={c.var.csrfToken}
      canEdit={canManageMunicipality(c.var.actor, municipalityCode)}
      items={items}
      organisationItems={organisationItems}
      values={form.values}
      errors={form.errors}
    />,
    { crumbs: crumbs(municipalityCode), section: 'supervision', status: form.status },
  );
}

/** The edit page of one item: its municipality's supervisors and admins. */
async function renderEdit(c: Context<AppEnv>, form: { values?: FormValues; errors?: FieldErrors; status?: 200 | 400 | 409 } = {}) {
  const municipalityCode = code(c);
  if (!canManageMunicipality(c.var.actor, municipalityCode)) throw forbidden();
  const { db } = c.var.deps;
  const found = await getChecklistItem(db, municipalityCode, idParam(c, 'itemId'));
  if (!found) throw notFound('Punktet');
  const { item, organisationName } = found;
  const history = await c.var.deps.wiring.history.ofEntity({ db, actor: c.var.actor, entityType: 'checklist_item', entityId: item.id });
  const values = form.values ?? {
    title: item.title,
    description: item.description ?? '',
    required: item.required ? 'on' : '',
    version: String(item.version),
  };
  return page(
    c,
    [`Redigér punkt: ${item.title}`, 'Dokumentationspakkens punkter'],
    <ChecklistItemForm
      item={item}
      organisationName={organisationName}
      base={`/kommuner/${municipalityCode}/dokumentationspakke`}
      csrf={c.var.csrfToken}
      values={values}
      errors={form.errors}
      history={history}
    />,
    { crumbs: crumbs(municipalityCode, item.title), section: 'supervision', status: form.status },
  );
}

checklistRoutes.get('/kommuner/:code/dokumentationspakke', (c) => render(c));

checklistRoutes.post('/kommuner/:code/dokumentationspakke', async (c) => {
  const actor = requireEditor(c);
  const municipalityCode = code(c);
  if (!canManageMunicipality(actor, municipalityCode)) throw forbidden();
  const form = parseForm(checklistItemSchema, await c.req.parseBody());
  if (!form.ok) return render(c, { values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => addChecklistItem({ db: c.var.deps.db, actor, municipalityCode, input: form.data }));
  if (!result.ok) return render(c, { values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/kommuner/${municipalityCode}/dokumentationspakke`, 303);
});

checklistRoutes.get('/kommuner/:code/dokumentationspakke/:itemId/rediger', (c) => {
  requireActor(c);
  return renderEdit(c);
});

/**
 * Saves an item: the edit form (title, description, required) or one of the list's buttons
 * (required or optional; remove or put back). Both carry the version the page was opened on.
 */
checklistRoutes.post('/kommuner/:code/dokumentationspakke/:itemId', async (c) => {
  const actor = requireEditor(c);
  const municipalityCode = code(c);
  const body = await c.req.parseBody();
  const id = idParam(c, 'itemId');
  const version = versionField(body);
  if ('title' in body) {
    if (!canManageMunicipality(actor, municipalityCode)) throw forbidden();
    const values = { ...formValues(body), version: String(body.version ?? '') };
    const form = parseForm(checklistItemSchema, body);
    if (!form.ok) return renderEdit(c, { values, errors: form.errors, status: 400 });
    const result = await submit(() => updateChecklistItem({ db: c.var.deps.db, actor, municipalityCode, id, version, change: form.data }));
    if (!result.ok) return renderEdit(c, { values, errors: result.errors, status: result.status });
    return c.redirect(`/kommuner/${municipalityCode}/dokumentationspakke`, 303);
  }
  const change = {
    ...(body.required === 'true' || body.required === 'false' ? { required: body.required === 'true' } : {}),
    ...(body.active === 'true' || body.active === 'false' ? { active: body.active === 'true' } : {}),
  };
  const result = await submit(() => updateChecklistItem({ db: c.var.deps.db, actor, municipalityCode, id, version, change }));
  if (!result.ok) return render(c, { errors: result.errors, status: result.status });
  return c.redirect(`/kommuner/${municipalityCode}/dokumentationspakke`, 303);
});
