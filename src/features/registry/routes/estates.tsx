import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import { forbidden } from '../../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import type { Crumb } from '../../../ui/layout.tsx';
import { createEstate, getEstate, listEstates, setEstateActive, updateEstate } from '../estates.ts';
import { municipalityOptions } from '../municipalities.ts';
import { getOrganisation } from '../organisations.ts';
import { estateSchema, listQuerySchema } from '../schemas.ts';
import { EstateDetail, EstateList } from '../views/estate-pages.tsx';
import { EstateForm, estateValues } from '../views/estate.tsx';
import { statusRoutes } from './status.tsx';

export const estateRoutes = new Hono<AppEnv>();
const home: Crumb = { label: 'Forside', href: '/' };

estateRoutes.get('/afdelinger', async (c) => {
  const actor = requireActor(c);
  const query = listQuerySchema.parse(c.req.query());
  const { db } = c.var.deps;
  const [result, municipalities] = await Promise.all([listEstates({ db, actor, query }), municipalityOptions(db)]);
  return page(
    c,
    'Afdelinger',
    <EstateList query={{ ...query, sort: query.sort ?? 'navn' }} result={result} municipalities={municipalities} />,
    { crumbs: [home, { label: 'Afdelinger' }], section: 'estates' },
  );
});

async function formPage(
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
  const municipalities = await municipalityOptions(c.var.deps.db);
  return page(
    c,
    [props.title, 'Afdelinger'],
    <>
      <h1>{props.title}</h1>
      <EstateForm
        csrf={c.var.csrfToken}
        action={props.action}
        values={props.values}
        errors={props.errors}
        version={props.version}
        submitLabel="Gem"
        municipalities={municipalities}
        cancelHref={props.cancelHref}
      />
    </>,
    { crumbs: props.crumbs, section: 'estates', status: props.status },
  );
}

async function newEstateContext(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const organisation = await getOrganisation({ db: c.var.deps.db, actor, id: idParam(c) });
  if (!organisation.canEdit) throw forbidden();
  const title = `Ny afdeling i ${organisation.name}`;
  const props = {
    title,
    action: `/boligorganisationer/${organisation.id}/afdelinger`,
    cancelHref: `/boligorganisationer/${organisation.id}`,
    crumbs: [
      home,
      { label: 'Boligorganisationer', href: '/boligorganisationer' },
      { label: organisation.name, href: `/boligorganisationer/${organisation.id}` },
      { label: 'Ny afdeling' },
    ],
  };
  return { actor, organisation, props };
}

estateRoutes.get('/boligorganisationer/:id/afdelinger/ny', async (c) => {
  const { organisation, props } = await newEstateContext(c);
  return formPage(c, { ...props, values: { municipalityCode: organisation.municipalityCode } });
});

estateRoutes.post('/boligorganisationer/:id/afdelinger', async (c) => {
  const { actor, organisation, props } = await newEstateContext(c);
  const form = parseForm(estateSchema, await c.req.parseBody());
  if (!form.ok) return formPage(c, { ...props, values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => createEstate({ db: c.var.deps.db, actor, organisationId: organisation.id, input: form.data }));
  if (!result.ok) return formPage(c, { ...props, values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/afdelinger/${result.value.id}`, 303);
});

estateRoutes.get('/afdelinger/:id', async (c) => {
  const actor = requireActor(c);
  const { db } = c.var.deps;
  const id = idParam(c);
  const [estate, history, keyFigures] = await Promise.all([
    getEstate({ db, actor, id }),
    c.var.deps.wiring.history.ofEntity({ db, actor, entityType: 'estate', entityId: id }),
    c.var.deps.wiring.estateKeyFigures({ db, actor, estateId: id }),
  ]);
  const detail = <EstateDetail estate={estate} history={history} csrf={c.var.csrfToken} keyFigures={keyFigures} />;
  return page(c, [estate.name, estate.organisationName], detail, {
    crumbs: [
      home,
      { label: 'Boligorganisationer', href: '/boligorganisationer' },
      { label: estate.organisationName, href: `/boligorganisationer/${estate.organisationId}` },
      { label: estate.name },
    ],
    section: 'estates',
  });
});

async function editContext(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const estate = await getEstate({ db: c.var.deps.db, actor, id: idParam(c) });
  if (!estate.canEdit) throw forbidden();
  const props = {
    title: `Redigér ${estate.name}`,
    action: `/afdelinger/${estate.id}`,
    cancelHref: `/afdelinger/${estate.id}`,
    crumbs: [
      home,
      { label: 'Afdelinger', href: '/afdelinger' },
      { label: estate.name, href: `/afdelinger/${estate.id}` },
      { label: 'Redigér' },
    ],
  };
  return { actor, estate, props };
}

estateRoutes.get('/afdelinger/:id/rediger', async (c) => {
  const { estate, props } = await editContext(c);
  return formPage(c, { ...props, values: estateValues(estate), version: estate.version });
});

estateRoutes.post('/afdelinger/:id', async (c) => {
  const { actor, estate, props } = await editContext(c);
  const body = await c.req.parseBody();
  const version = versionField(body);
  const form = parseForm(estateSchema, body);
  if (!form.ok) return formPage(c, { ...props, version, values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => updateEstate({ db: c.var.deps.db, actor, id: estate.id, version, input: form.data }));
  if (!result.ok) return formPage(c, { ...props, version, values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/afdelinger/${estate.id}`, 303);
});

statusRoutes(estateRoutes, {
  base: '/afdelinger',
  slug: 'deaktiver',
  undoSlug: 'genaktiver',
  load: (db, actor, id) => getEstate({ db, actor, id }),
  allowed: (e) => e.canEdit,
  set: setEstateActive,
  label: 'Deaktivér',
  verb: 'deaktivere',
  consequences: (e) => (
    <>
      <p>
        Afdeling {e.number} {e.name} tælles ikke længere med i boligorganisationens afdelinger og boliger ({e.organisationName}).
      </p>
      <p>Afdelingens oplysninger og historik bevares. Du kan genaktivere afdelingen fra dens side.</p>
    </>
  ),
  crumbs: (e) => [
    home,
    { label: 'Boligorganisationer', href: '/boligorganisationer' },
    { label: e.organisationName, href: `/boligorganisationer/${e.organisationId}` },
    { label: e.name, href: `/afdelinger/${e.id}` },
  ],
  section: 'estates',
});
