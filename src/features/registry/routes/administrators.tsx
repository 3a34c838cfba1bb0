import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import { forbidden } from '../../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import type { Crumb } from '../../../ui/layout.tsx';
import { page } from '../../../ui/render.tsx';
import {
  createAdministrator,
  getAdministrator,
  listAdministratorOrganisations,
  listAdministrators,
  setAdministratorActive,
  updateAdministrator,
} from '../administrators.ts';
import { municipalityOptions } from '../municipalities.ts';
import { listMembers } from '../people.ts';
import { canManageAdministrators } from '../policy.ts';
import { administratorSchema, listQuerySchema } from '../schemas.ts';
import { AdministratorDetail, AdministratorList } from '../views/administrator-pages.tsx';
import { AdministratorForm, administratorValues } from '../views/administrator.tsx';
import { statusRoutes } from './status.tsx';

/** Administrators: every logged-in user may look; admins create and deactivate, admins and the administrator's own staff edit. */
export const administratorRoutes = new Hono<AppEnv>();
const home: Crumb = { label: 'Forside', href: '/' };
const listCrumb: Crumb = { label: 'Administrationsorganisationer', href: '/administrationsorganisationer' };

administratorRoutes.get('/administrationsorganisationer', async (c) => {
  const actor = requireActor(c);
  const query = listQuerySchema.parse(c.req.query());
  const { db } = c.var.deps;
  const [result, municipalities] = await Promise.all([listAdministrators({ db, query }), municipalityOptions(db)]);
  return page(
    c,
    'Administrationsorganisationer',
    <AdministratorList
      query={{ ...query, sort: query.sort ?? 'navn' }}
      result={result}
      municipalities={municipalities}
      canCreate={canManageAdministrators(actor)}
    />,
    { crumbs: [home, { label: listCrumb.label }], section: 'administrators' },
  );
});

function formPage(
  c: Context<AppEnv>,
  props: {
    title: string;
    action: string;
    values: FormValues;
    errors?: FieldErrors;
    version?: number;
    cancelHref: string;
    crumbs: Crumb[];
    status?: 200 | 400 | 409;
  },
) {
  return page(
    c,
    [props.title, 'Administrationsorganisationer'],
    <>
      <h1>{props.title}</h1>
      <AdministratorForm
        csrf={c.var.csrfToken}
        action={props.action}
        values={props.values}
        errors={props.errors}
        version={props.version}
        cancelHref={props.cancelHref}
      />
    </>,
    { crumbs: props.crumbs, section: 'administrators', status: props.status },
  );
}

const newProps = {
  title: 'Ny administrationsorganisation',
  action: '/administrationsorganisationer',
  cancelHref: '/administrationsorganisationer',
  crumbs: [home, listCrumb, { label: 'Ny' }],
};

administratorRoutes.get('/administrationsorganisationer/ny', (c) => {
  if (!canManageAdministrators(requireEditor(c))) throw forbidden();
  return formPage(c, { ...newProps, values: {} });
});

administratorRoutes.post('/administrationsorganisationer', async (c) => {
  const actor = requireEditor(c);
  if (!canManageAdministrators(actor)) throw forbidden();
  const form = parseForm(administratorSchema, await c.req.parseBody());
  if (!form.ok) return formPage(c, { ...newProps, values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => createAdministrator({ db: c.var.deps.db, actor, input: form.data }));
  if (!result.ok) return formPage(c, { ...newProps, values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/administrationsorganisationer/${result.value.id}`, 303);
});

administratorRoutes.get('/administrationsorganisationer/:id', async (c) => {
  const actor = requireActor(c);
  const { db } = c.var.deps;
  const id = idParam(c);
  const pageNo = listQuerySchema.shape.page.parse(c.req.query('page'));
  const [administrator, organisations, staff] = await Promise.all([
    getAdministrator({ db, actor, id }),
    listAdministratorOrganisations({ db, actor, administratorId: id, page: pageNo }),
    listMembers({ db, actor, body: { administratorId: id } }),
  ]);
  // Staff contacts and the history are for the administrator's own people and those who work with it.
  const close =
    actor.scope.kind === 'admin' || (actor.scope.kind === 'administrator' && actor.scope.administratorId === id) || organisations.total > 0;
  const history = close ? await c.var.deps.wiring.history.ofEntity({ db, actor, entityType: 'administrator', entityId: id }) : null;
  const members = close ? staff : staff.map((m) => ({ ...m, email: null, phone: null }));
  return page(
    c,
    [administrator.name, 'Administrationsorganisationer'],
    <AdministratorDetail
      administrator={administrator}
      organisations={organisations}
      page={pageNo}
      staff={members}
      showContact={close}
      history={history}
      csrf={c.var.csrfToken}
    />,
    { crumbs: [home, listCrumb, { label: administrator.name }], section: 'administrators' },
  );
});

async function editContext(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const administrator = await getAdministrator({ db: c.var.deps.db, actor, id: idParam(c) });
  if (!administrator.canEdit) throw forbidden();
  const href = `/administrationsorganisationer/${administrator.id}`;
  const props = {
    title: `Redigér ${administrator.name}`,
    action: href,
    cancelHref: href,
    crumbs: [home, listCrumb, { label: administrator.name, href }, { label: 'Redigér' }],
  };
  return { actor, administrator, props };
}

administratorRoutes.get('/administrationsorganisationer/:id/rediger', async (c) => {
  const { administrator, props } = await editContext(c);
  return formPage(c, { ...props, values: administratorValues(administrator), version: administrator.version });
});

administratorRoutes.post('/administrationsorganisationer/:id', async (c) => {
  const { actor, administrator, props } = await editContext(c);
  const body = await c.req.parseBody();
  const version = versionField(body);
  const form = parseForm(administratorSchema, body);
  if (!form.ok) return formPage(c, { ...props, version, values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => updateAdministrator({ db: c.var.deps.db, actor, id: administrator.id, version, input: form.data }));
  if (!result.ok) return formPage(c, { ...props, version, values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/administrationsorganisationer/${administrator.id}`, 303);
});

statusRoutes(administratorRoutes, {
  base: '/administrationsorganisationer',
  slug: 'deaktiver',
  undoSlug: 'genaktiver',
  load: (db, actor, id) => getAdministrator({ db, actor, id }),
  allowed: (a) => a.canChangeStatus,
  set: setAdministratorActive,
  label: 'Deaktivér',
  verb: 'deaktivere',
  consequences: (a) => (
    <>
      <p>
        {a.name} kan ikke længere vælges som administrationsorganisation. De boligorganisationer, den administrerer nu, beholder den, og
        dens medarbejdere kan stadig logge ind.
      </p>
      <p>Oplysninger, medarbejdere og historik bevares. Du kan genaktivere administrationsorganisationen fra dens side.</p>
    </>
  ),
  crumbs: (a) => [home, listCrumb, { label: a.name, href: `/administrationsorganisationer/${a.id}` }],
  section: 'administrators',
});
