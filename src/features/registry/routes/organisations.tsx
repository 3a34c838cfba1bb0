import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import { forbidden } from '../../../lib/errors.ts';
import { parseForm } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import { administratorOptions } from '../administrators.ts';
import { listEstates } from '../estates.ts';
import { municipalityOptions } from '../municipalities.ts';
import { createOrganisation, getOrganisation, listOrganisations, setOrganisationActive, updateOrganisation } from '../organisations.ts';
import { canCreateOrganisation } from '../policy.ts';
import { listQuerySchema, organisationSchema } from '../schemas.ts';
import { isOrganisationParty } from '../expressions.ts';
import { OrganisationDetail, OrganisationList } from '../views/organisation-pages.tsx';
import { OrganisationForm, organisationValues } from '../views/organisation.tsx';
import { statusRoutes } from './status.tsx';
import { listMembers } from '../people.ts';

export const organisationRoutes = new Hono<AppEnv>();
const crumbs = [
  { label: 'Forside', href: '/' },
  { label: 'Boligorganisationer', href: '/boligorganisationer' },
];

organisationRoutes.get('/boligorganisationer', async (c) => {
  const actor = requireActor(c);
  const query = listQuerySchema.parse(c.req.query());
  const { db } = c.var.deps;
  const [result, municipalities] = await Promise.all([listOrganisations({ db, actor, query }), municipalityOptions(db)]);
  return page(
    c,
    'Boligorganisationer',
    <OrganisationList
      query={{ ...query, sort: query.sort ?? 'navn' }}
      result={result}
      municipalities={municipalities}
      canCreate={canCreateOrganisation(actor)}
    />,
    { crumbs: [crumbs[0], { label: 'Boligorganisationer' }], section: 'organisations' },
  );
});

async function formPage(
  c: Context<AppEnv>,
  props: {
    title: string;
    action: string;
    values: Record<string, string>;
    errors?: Record<string, string>;
    version?: number;
    cancelHref: string;
    canChangeMunicipality: boolean;
    status?: 200 | 400 | 409;
  },
) {
  const { db } = c.var.deps;
  const [municipalities, administrators] = await Promise.all([municipalityOptions(db), administratorOptions(db)]);
  return page(
    c,
    [props.title, 'Boligorganisationer'],
    <>
      <h1>{props.title}</h1>
      <OrganisationForm
        csrf={c.var.csrfToken}
        action={props.action}
        values={props.values}
        errors={props.errors}
        version={props.version}
        submitLabel="Gem"
        municipalities={municipalities}
        administrators={administrators}
        cancelHref={props.cancelHref}
        canChangeMunicipality={props.canChangeMunicipality}
      />
    </>,
    { crumbs: [...crumbs, { label: props.title }], section: 'organisations', status: props.status },
  );
}

organisationRoutes.get('/boligorganisationer/ny', async (c) => {
  const actor = requireEditor(c);
  if (!canCreateOrganisation(actor)) throw forbidden();
  const municipalityCode = actor.scope.kind === 'municipality' ? actor.scope.municipalityCode : '';
  return formPage(c, {
    title: 'Ny boligorganisation',
    action: '/boligorganisationer',
    values: { municipalityCode, fiscalYearEndMonth: '12' },
    cancelHref: '/boligorganisationer',
    canChangeMunicipality: true,
  });
});

organisationRoutes.post('/boligorganisationer', async (c) => {
  const actor = requireEditor(c);
  if (!canCreateOrganisation(actor)) throw forbidden();
  const form = parseForm(organisationSchema, await c.req.parseBody());
  const back = {
    title: 'Ny boligorganisation',
    action: '/boligorganisationer',
    cancelHref: '/boligorganisationer',
    canChangeMunicipality: true,
  };
  if (!form.ok) return formPage(c, { ...back, values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => createOrganisation({ db: c.var.deps.db, actor, input: form.data }));
  if (!result.ok) return formPage(c, { ...back, values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/boligorganisationer/${result.value.id}`, 303);
});

organisationRoutes.get('/boligorganisationer/:id', async (c) => {
  const actor = requireActor(c);
  const { db } = c.var.deps;
  const id = idParam(c);
  const organisation = await getOrganisation({ db, actor, id });
  const query = listQuerySchema.parse({ ...c.req.query(), status: c.req.query('status') ?? 'aktive' });
  const [estates, history, members] = await Promise.all([
    listEstates({ db, actor, query, organisationId: id }),
    c.var.deps.wiring.history.ofEntity({ db, actor, entityType: 'organisation', entityId: id }),
    listMembers({ db, actor, body: { organisationId: id } }),
  ]);
  return page(
    c,
    [organisation.name, organisation.municipalityName],
    <OrganisationDetail
      organisation={organisation}
      estates={estates}
      query={{ ...query, sort: query.sort ?? 'nummer' }}
      history={history}
      members={members}
      csrf={c.var.csrfToken}
      showDialogue={isOrganisationParty(c.var.actor, organisation)}
      links={c.var.deps.wiring.organisationLinks.flatMap((link) => link({ actor, organisation }) ?? [])}
    />,
    { crumbs: [...crumbs, { label: organisation.name }], section: 'organisations' },
  );
});

organisationRoutes.get('/boligorganisationer/:id/rediger', async (c) => {
  const actor = requireEditor(c);
  const organisation = await getOrganisation({ db: c.var.deps.db, actor, id: idParam(c) });
  if (!organisation.canEdit) throw forbidden();
  return formPage(c, {
    title: `Redigér ${organisation.name}`,
    action: `/boligorganisationer/${organisation.id}`,
    values: organisationValues(organisation),
    version: organisation.version,
    cancelHref: `/boligorganisationer/${organisation.id}`,
    canChangeMunicipality: organisation.canSupervise,
  });
});

organisationRoutes.post('/boligorganisationer/:id', async (c) => {
  const actor = requireEditor(c);
  const id = idParam(c);
  const body = await c.req.parseBody();
  const organisation = await getOrganisation({ db: c.var.deps.db, actor, id });
  if (!organisation.canEdit) throw forbidden();
  const back = {
    title: `Redigér ${organisation.name}`,
    action: `/boligorganisationer/${id}`,
    version: versionField(body),
    cancelHref: `/boligorganisationer/${id}`,
    canChangeMunicipality: organisation.canSupervise,
  };
  // Without the field the organisation stays where it is; a posted change is still refused by the service.
  const form = parseForm(organisationSchema, { municipalityCode: organisation.municipalityCode, ...body });
  if (!form.ok) return formPage(c, { ...back, values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => updateOrganisation({ db: c.var.deps.db, actor, id, version: versionField(body), input: form.data }));
  if (!result.ok) return formPage(c, { ...back, values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/boligorganisationer/${id}`, 303);
});

statusRoutes(organisationRoutes, {
  base: '/boligorganisationer',
  slug: 'deaktiver',
  undoSlug: 'genaktiver',
  load: (db, actor, id) => getOrganisation({ db, actor, id }),
  allowed: (o) => o.canSupervise,
  set: setOrganisationActive,
  label: 'Deaktivér',
  verb: 'deaktivere',
  consequences: (o) => (
    <>
      <p>
        {o.name} forsvinder fra kommunens tilsynsoversigt og fra listen over aktive boligorganisationer, og den kan ikke vælges til nye
        møder.
      </p>
      <p>Afdelinger, personer, styringsdialoger, dokumenter og historik bevares. Du kan genaktivere boligorganisationen fra dens side.</p>
    </>
  ),
  crumbs: (o) => [...crumbs, { label: o.name, href: `/boligorganisationer/${o.id}` }],
  section: 'organisations',
});
