import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requireActor, requireEditor } from '../../auth/guards.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { checkbox, optionalText, parseForm, requiredText, type FieldErrors, type FormValues } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../lib/route-helpers.ts';
import { CsrfField, ErrorSummary, TextArea, TextField } from '../../ui/components.tsx';
import { page } from '../../ui/render.tsx';
import { canManageMunicipality, canSeeMunicipalityDialogues } from '../dialogue/policy.ts';
import { getMunicipality } from '../registry/municipalities.ts';
import { addChecklistItem, updateChecklistItem } from './checklist-actions.ts';
import { municipalChecklist } from './checklist.ts';

export const checklistRoutes = new Hono<AppEnv>();
export const checklistItemSchema = z.object({ title: requiredText('punktets titel', 200), description: optionalText('beskrivelsen', 1000), required: checkbox() });

function code(c: Context<AppEnv>): string {
  const value = c.req.param('code') ?? '';
  if (!/^\d{4}$/.test(value) || !canSeeMunicipalityDialogues(requireActor(c), value)) throw notFound();
  return value;
}

async function render(c: Context<AppEnv>, form: { values?: FormValues; errors?: FieldErrors; status?: 200 | 400 | 409 } = {}) {
  const municipalityCode = code(c);
  const { db } = c.var.deps;
  const municipality = await getMunicipality(db, municipalityCode);
  if (!municipality) throw notFound('Kommunen');
  const items = await municipalChecklist(db, municipalityCode);
  const canEdit = canManageMunicipality(c.var.actor, municipalityCode);
  const base = `/kommuner/${municipalityCode}/dokumentationspakke`;
  return page(c, `Dokumentationspakkens punkter – ${municipality.name}`, (
    <div class="no-max-width">
      <h1>Dokumentationspakkens punkter – {municipality.name}</h1>
      <p>Punkterne kopieres til hver boligorganisations pakke, når kommunen indkalder til styringsdialog. Ændringer her rører ikke pakker, der allerede er åbnet.</p>
      <ErrorSummary errors={form.errors} />
      <div class="sd-table-wrap" tabindex={0} role="region" aria-label="Punkter">
        <table class="table table--zebra">
          <caption class="sr-only">Punkter i dokumentationspakken</caption>
          <thead><tr><th scope="col">Punkt</th><th scope="col">Påkrævet</th><th scope="col">Status</th>{canEdit && <th scope="col">Handling</th>}</tr></thead>
          <tbody>
            {items.map((i) => (
              <tr>
                <td><strong>{i.title}</strong>{i.description && <><br /><span class="sd-muted">{i.description}</span></>}</td>
                <td>{i.required ? 'Påkrævet' : 'Valgfrit'}</td>
                <td>{i.active ? 'Aktiv' : <span class="sd-status-inactive">Fjernet</span>}</td>
                {canEdit && (
                  <td>
                    <form method="post" action={`${base}/${i.id}`} class="sd-inline-form">
                      <CsrfField token={c.var.csrfToken} /><input type="hidden" name="version" value={String(i.version)} />
                      <input type="hidden" name="required" value={i.required ? 'false' : 'true'} />
                      <button type="submit" class="button button-secondary button-small">{i.required ? `Gør ${i.title} valgfrit` : `Gør ${i.title} påkrævet`}</button>
                    </form>
                    <form method="post" action={`${base}/${i.id}`} class="sd-inline-form">
                      <CsrfField token={c.var.csrfToken} /><input type="hidden" name="version" value={String(i.version)} />
                      <input type="hidden" name="active" value={i.active ? 'false' : 'true'} />
                      <button type="submit" class="button button-secondary button-small">{i.active ? `Fjern ${i.title}` : `Genindsæt ${i.title}`}</button>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit && (
        <form method="post" action={base} novalidate>
          <h2>Tilføj et punkt</h2>
          <CsrfField token={c.var.csrfToken} />
          <TextField name="title" label="Titel" required width="xl" values={form.values} errors={form.errors} />
          <TextArea name="description" label="Beskrivelse" rows={2} values={form.values} errors={form.errors} />
          <div class="form-group-checkbox"><input class="form-checkbox" type="checkbox" id="field-required" name="required" value="on" checked={form.values ? form.values.required === 'on' : true} /><label for="field-required">Påkrævet</label></div>
          <button type="submit" class="button button-primary">Tilføj punkt</button>
        </form>
      )}
    </div>
  ), { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Tilsyn', href: '/tilsyn' }, { label: 'Dokumentationspakkens punkter' }], section: 'supervision', status: form.status });
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

checklistRoutes.post('/kommuner/:code/dokumentationspakke/:itemId', async (c) => {
  const actor = requireEditor(c);
  const municipalityCode = code(c);
  const body = await c.req.parseBody();
  const change = {
    ...(body.required === 'true' || body.required === 'false' ? { required: body.required === 'true' } : {}),
    ...(body.active === 'true' || body.active === 'false' ? { active: body.active === 'true' } : {}),
  };
  const result = await submit(() => updateChecklistItem({ db: c.var.deps.db, actor, municipalityCode, id: idParam(c, 'itemId'), version: versionField(body), change }));
  if (!result.ok) return render(c, { errors: result.errors, status: result.status });
  return c.redirect(`/kommuner/${municipalityCode}/dokumentationspakke`, 303);
});
