import { Hono, type Context } from 'hono';
import { requireRole, requireUser } from '../../../auth/guards.ts';
import { notFound } from '../../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { submit, versionField } from '../../../lib/route-helpers.ts';
import { HistoryTable } from '../../audit/index.ts';
import { confirmPage, isConfirmed } from '../../../ui/confirm.tsx';
import type { Crumb } from '../../../ui/layout.tsx';
import { page } from '../../../ui/render.tsx';
import { CODE_MAX, CODE_PATTERN, indicatorSchema, newIndicatorSchema } from './schemas.ts';
import { canEditCatalogue, createIndicator, getIndicator, listIndicators, setIndicatorActive, updateIndicator } from './service.ts';
import { AdminCataloguePage, CataloguePage, IndicatorForm, indicatorValues } from './views.tsx';
import { canImportFigures } from '../import/service.ts';

/** The indicator catalogue: read by everyone logged in, changed by the admin. */
export const catalogueRoutes = new Hono<AppEnv>();

const crumbs: Crumb[] = [
  { label: 'Forside', href: '/' },
  { label: 'Systemadministration', href: '/admin' },
  { label: 'Nøgletal', href: '/admin/noegletal' },
];
const ADMIN = 'Administration af systemet';

/** The indicator of the path; a code that cannot be one is a page that does not exist. */
async function indicatorParam(c: Context<AppEnv>) {
  const code = c.req.param('code') ?? '';
  if (code.length > CODE_MAX || !CODE_PATTERN.test(code)) throw notFound('Nøgletallet');
  return getIndicator(c.var.deps.db, code);
}

catalogueRoutes.get('/noegletal/katalog', async (c) => {
  requireUser(c);
  const rows = await listIndicators(c.var.deps.db, { activeOnly: true });
  return page(
    c,
    'Nøgletal',
    <CataloguePage rows={rows} canEdit={canEditCatalogue(c.var.actor)} canImport={canImportFigures(c.var.actor)} />,
    {
      crumbs: [{ label: 'Forside', href: '/' }, { label: 'Nøgletal' }],
    },
  );
});

catalogueRoutes.get('/admin/noegletal', async (c) => {
  requireRole(c, 'admin');
  const rows = await listIndicators(c.var.deps.db);
  return page(c, ['Nøgletal', ADMIN], <AdminCataloguePage rows={rows} csrf={c.var.csrfToken} />, {
    crumbs: [...crumbs.slice(0, 2), { label: 'Nøgletal' }],
    section: 'admin',
  });
});

function newPage(c: Context<AppEnv>, form: { values?: FormValues; errors?: FieldErrors; status?: 200 | 400 | 409 } = {}) {
  return page(
    c,
    ['Nyt nøgletal', ADMIN],
    <>
      <h1>Nyt nøgletal</h1>
      <IndicatorForm
        csrf={c.var.csrfToken}
        action="/admin/noegletal"
        values={form.values ?? { level: 'estate', direction: 'higher', decimals: '0' }}
        errors={form.errors}
      />
    </>,
    { crumbs: [...crumbs, { label: 'Nyt nøgletal' }], section: 'admin', status: form.status },
  );
}

catalogueRoutes.get('/admin/noegletal/ny', (c) => {
  requireRole(c, 'admin');
  return newPage(c);
});

catalogueRoutes.post('/admin/noegletal', async (c) => {
  requireRole(c, 'admin');
  const form = parseForm(newIndicatorSchema, await c.req.parseBody());
  if (!form.ok) return newPage(c, { values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => createIndicator({ db: c.var.deps.db, actor: c.var.actor, input: form.data }));
  if (!result.ok) return newPage(c, { values: form.values, errors: result.errors, status: result.status });
  return c.redirect('/admin/noegletal', 303);
});

async function editPage(
  c: Context<AppEnv>,
  indicator: Awaited<ReturnType<typeof getIndicator>>,
  form: { values?: FormValues; errors?: FieldErrors; version?: number; status?: 200 | 400 | 409 } = {},
) {
  const { db, wiring } = c.var.deps;
  const history = await wiring.history.ofEntity({ db, actor: c.var.actor, entityType: 'indicator', entityId: indicator.code });
  const title = `Redigér ${indicator.name}`;
  return page(
    c,
    [title, ADMIN],
    <>
      <h1>{title}</h1>
      <IndicatorForm
        csrf={c.var.csrfToken}
        action={`/admin/noegletal/${indicator.code}`}
        values={form.values ?? indicatorValues(indicator)}
        errors={form.errors}
        existing={{ code: indicator.code, version: form.version ?? indicator.version }}
      />
      <h2>Historik</h2>
      <HistoryTable entries={history} />
    </>,
    { crumbs: [...crumbs, { label: indicator.name }], section: 'admin', status: form.status },
  );
}

catalogueRoutes.get('/admin/noegletal/:code/rediger', async (c) => {
  requireRole(c, 'admin');
  return editPage(c, await indicatorParam(c));
});

catalogueRoutes.post('/admin/noegletal/:code', async (c) => {
  requireRole(c, 'admin');
  const indicator = await indicatorParam(c);
  const body = await c.req.parseBody();
  // The version the form was opened on stays in the form: saving again over another's change is a conflict again.
  const version = versionField(body);
  const form = parseForm(indicatorSchema, body);
  if (!form.ok) return editPage(c, indicator, { values: form.values, errors: form.errors, version, status: 400 });
  const result = await submit(() =>
    updateIndicator({ db: c.var.deps.db, actor: c.var.actor, code: indicator.code, version, input: form.data }),
  );
  if (!result.ok) return editPage(c, indicator, { values: form.values, errors: result.errors, version, status: result.status });
  return c.redirect('/admin/noegletal', 303);
});

catalogueRoutes.get('/admin/noegletal/:code/deaktiver', async (c) => {
  requireRole(c, 'admin');
  const indicator = await indicatorParam(c);
  if (!indicator.active) return c.redirect('/admin/noegletal', 302);
  return confirmPage(
    c,
    {
      title: `Deaktivér ${indicator.name}`,
      question: `Er du sikker på, at du vil deaktivere nøgletallet ${indicator.name}?`,
      consequences: (
        <p>
          Et deaktiveret nøgletal vises ikke længere på siderne og i kataloget og indgår ikke i nye importer. De tal, der allerede er
          importeret, og reglerne for trafiklys bevares. Du kan genaktivere nøgletallet fra listen over nøgletal.
        </p>
      ),
      action: `/admin/noegletal/${indicator.code}/deaktiver`,
      fields: { version: String(indicator.version) },
      confirmLabel: `Ja, deaktivér ${indicator.name}`,
      cancelHref: '/admin/noegletal',
    },
    { crumbs: [...crumbs, { label: `Deaktivér ${indicator.name}` }], section: 'admin' },
  );
});

catalogueRoutes.post('/admin/noegletal/:code/deaktiver', async (c) => {
  requireRole(c, 'admin');
  const indicator = await indicatorParam(c);
  const body = await c.req.parseBody();
  if (!isConfirmed(body)) return c.redirect(`/admin/noegletal/${indicator.code}/deaktiver`, 303);
  await setIndicatorActive({ db: c.var.deps.db, actor: c.var.actor, code: indicator.code, version: versionField(body), active: false });
  return c.redirect('/admin/noegletal', 303);
});

catalogueRoutes.post('/admin/noegletal/:code/genaktiver', async (c) => {
  requireRole(c, 'admin');
  const indicator = await indicatorParam(c);
  const body = await c.req.parseBody();
  if (!indicator.active)
    await setIndicatorActive({ db: c.var.deps.db, actor: c.var.actor, code: indicator.code, version: versionField(body), active: true });
  return c.redirect('/admin/noegletal', 303);
});
