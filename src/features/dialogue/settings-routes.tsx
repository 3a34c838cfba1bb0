import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../auth/guards.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { submit, versionField } from '../../lib/route-helpers.ts';
import { page } from '../../ui/render.tsx';
import { getMunicipality } from '../registry/index.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { governanceYearOf } from './governance-year.ts';
import { computeDeadlines } from './deadlines.ts';
import { canManageMunicipality, canSeeMunicipalityDialogues } from './policy.ts';
import { settingsSchema, settingsValues } from './settings-form.ts';
import { fiscalYearEndMonths, getSettings, settingsErrors, updateSettings } from './settings.ts';
import { SettingsPage } from './views/settings-page.tsx';

export const settingsRoutes = new Hono<AppEnv>();

async function render(
  c: Context<AppEnv>,
  code: string,
  form: { values?: FormValues; errors?: FieldErrors; version?: number; status?: 200 | 400 | 409 } = {},
) {
  const { db } = c.var.deps;
  const actor = c.var.actor;
  if (!canSeeMunicipalityDialogues(actor, code)) throw notFound();
  const [municipality, settings, months] = await Promise.all([
    getMunicipality(db, code),
    getSettings(db, code),
    fiscalYearEndMonths(db, code),
  ]);
  const year = governanceYearOf(danishToday());
  const preview = months.map((month) => ({
    month,
    deadlines: computeDeadlines({ fiscalYearEndMonth: month, governanceYear: year, rules: settings.rules }),
  }));
  return page(
    c,
    ['Årshjul og frister', municipality.name],
    <SettingsPage
      municipality={{ code, name: municipality.name }}
      year={year}
      values={form.values ?? settingsValues(settings)}
      errors={form.errors}
      version={form.version ?? settings.version}
      canEdit={canManageMunicipality(actor, code)}
      csrf={c.var.csrfToken}
      preview={preview}
    />,
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: 'Tilsyn', href: '/tilsyn' },
        { label: `Årshjul ${year}`, href: `/kommuner/${code}/aarshjul` },
        { label: 'Indstillinger' },
      ],
      section: 'supervision',
      status: form.status,
    },
  );
}

const codeParam = (c: Context<AppEnv>) => {
  const code = c.req.param('code') ?? '';
  if (!/^\d{4}$/.test(code)) throw notFound();
  return code;
};

settingsRoutes.get('/kommuner/:code/aarshjul/indstillinger', (c) => {
  requireActor(c);
  return render(c, codeParam(c));
});

settingsRoutes.post('/kommuner/:code/aarshjul/indstillinger', async (c) => {
  const actor = requireEditor(c);
  const code = codeParam(c);
  if (!canSeeMunicipalityDialogues(actor, code)) throw notFound();
  if (!canManageMunicipality(actor, code)) throw forbidden();
  const body = await c.req.parseBody();
  const version = versionField(body, { allowZero: true });
  const form = parseForm(settingsSchema, body);
  if (!form.ok) return render(c, code, { values: form.values, errors: form.errors, version, status: 400 });
  const year = governanceYearOf(danishToday());
  const ruleErrors = await settingsErrors(c.var.deps.db, code, form.data.rules, year);
  if (Object.keys(ruleErrors).length) return render(c, code, { values: form.values, errors: ruleErrors, version, status: 400 });
  const result = await submit(() =>
    updateSettings({ db: c.var.deps.db, actor, municipalityCode: code, version, governanceYear: year, input: form.data }),
  );
  if (!result.ok) return render(c, code, { values: form.values, errors: result.errors, version, status: result.status });
  return c.redirect(`/kommuner/${code}/aarshjul/indstillinger`, 303);
});
