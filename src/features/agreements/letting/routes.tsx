import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import { AppError, forbidden, notFoundOrHidden } from '../../../lib/errors.ts';
import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import type { Crumb } from '../../../ui/layout.tsx';
import { page } from '../../../ui/render.tsx';
import { getMunicipality, getOrganisation } from '../../registry/index.ts';
import { isMunicipalitySide, isOrganisationSide } from './policy.ts';
import { parseLettingForm } from './schemas.ts';
import {
  SORTS,
  createLetting,
  estateChoices,
  getLetting,
  listLettings,
  moveLetting,
  updateLetting,
  type Letting,
  type LettingSort,
  type LettingStep,
} from './service.ts';
import { LETTING_STATUSES, type LettingStatus } from './status.ts';
import { LettingForm } from './views/form.tsx';
import { LettingList } from './views/list.tsx';
import { LettingPage } from './views/page.tsx';
import { KIND_LABELS } from './words.ts';

/* The letting agreements' pages: the lists per municipality and organisation, the form, the agreement and its steps. */

export const lettingRoutes = new Hono<AppEnv>();

const home: Crumb = { label: 'Forside', href: '/' };

function listQuery(c: Context<AppEnv>): { status: LettingStatus | null; sort: LettingSort } {
  const status = c.req.query('status') ?? '';
  const sort = c.req.query('sort') ?? '';
  return {
    status: (LETTING_STATUSES as string[]).includes(status) ? (status as LettingStatus) : null,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as LettingSort) : 'udloeb',
  };
}

lettingRoutes.get('/kommuner/:code/udlejningsaftaler', async (c) => {
  const actor = requireActor(c);
  const code = c.req.param('code');
  const municipality = /^\d{4}$/.test(code) ? await getMunicipality(c.var.deps.db, code) : null;
  // Another municipality's agreements are not shown at all; an organisation sees its own in this one.
  if (!municipality || (actor.scope.kind === 'municipality' && actor.scope.municipalityCode !== code)) {
    throw notFoundOrHidden('Kommunens udlejningsaftaler');
  }
  const { status, sort } = listQuery(c);
  const rows = await listLettings({ db: c.var.deps.db, actor, municipalityCode: code, status: status ?? undefined, sort });
  const title = `Udlejningsaftaler i ${municipality.name}`;
  return page(
    c,
    [title],
    <LettingList
      title={title}
      action={`/kommuner/${code}/udlejningsaftaler`}
      rows={rows}
      status={status}
      sort={sort}
      newHref={null}
      showOrganisation
    />,
    {
      crumbs: [
        home,
        { label: 'Kommuner', href: '/kommuner' },
        { label: municipality.shortName, href: `/kommuner/${code}` },
        { label: 'Udlejningsaftaler' },
      ],
      section: 'municipalities',
    },
  );
});

/** The organisation of /boligorganisationer/:id/…, as the caller sees it (404 otherwise), with its crumbs. */
async function organisationOf(c: Context<AppEnv>, actor = requireActor(c)) {
  const organisation = await getOrganisation({ db: c.var.deps.db, actor, id: idParam(c) });
  const listHref = `/boligorganisationer/${organisation.id}/udlejningsaftaler`;
  const crumbs: Crumb[] = [
    home,
    { label: 'Boligorganisationer', href: '/boligorganisationer' },
    { label: organisation.name, href: `/boligorganisationer/${organisation.id}` },
    { label: 'Udlejningsaftaler', href: listHref },
  ];
  const mayCreate =
    isOrganisationSide(actor, { organisationId: organisation.id, administratorId: organisation.administratorId }) ||
    isMunicipalitySide(actor, organisation.municipalityCode);
  return { actor, organisation, listHref, crumbs, mayCreate };
}

lettingRoutes.get('/boligorganisationer/:id/udlejningsaftaler', async (c) => {
  const { actor, organisation, listHref, crumbs, mayCreate } = await organisationOf(c);
  const { status, sort } = listQuery(c);
  const rows = await listLettings({ db: c.var.deps.db, actor, organisationId: organisation.id, status: status ?? undefined, sort });
  const title = `Udlejningsaftaler for ${organisation.name}`;
  return page(
    c,
    [title],
    <LettingList
      title={title}
      action={listHref}
      rows={rows}
      status={status}
      sort={sort}
      newHref={mayCreate ? `${listHref}/ny` : null}
      showOrganisation={false}
    />,
    { crumbs: [...crumbs.slice(0, -1), { label: 'Udlejningsaftaler' }], section: 'organisations' },
  );
});

async function formPage(
  c: Context<AppEnv>,
  p: {
    title: string;
    organisationId: number;
    action: string;
    cancelHref: string;
    crumbs: Crumb[];
    values: FormValues;
    groups: string[];
    estates: string[];
    errors?: FieldErrors;
    version?: number;
    status?: 200 | 400 | 409;
  },
) {
  const choices = await estateChoices(c.var.deps.db, p.organisationId);
  return page(
    c,
    [p.title],
    <>
      <h1>{p.title}</h1>
      <LettingForm
        csrf={c.var.csrfToken}
        action={p.action}
        values={p.values}
        groups={p.groups}
        estates={p.estates}
        errors={p.errors}
        version={p.version}
        cancelHref={p.cancelHref}
        choices={choices}
      />
    </>,
    { crumbs: [...p.crumbs, { label: p.title }], section: 'organisations', status: p.status },
  );
}

async function newContext(c: Context<AppEnv>) {
  const { actor, organisation, listHref, crumbs, mayCreate } = await organisationOf(c, requireEditor(c));
  if (!mayCreate) throw forbidden();
  const props = { title: 'Ny udlejningsaftale', organisationId: organisation.id, action: listHref, cancelHref: listHref, crumbs };
  return { actor, organisation, props };
}

lettingRoutes.get('/boligorganisationer/:id/udlejningsaftaler/ny', async (c) => {
  const { props } = await newContext(c);
  return formPage(c, { ...props, values: {}, groups: [], estates: [] });
});

lettingRoutes.post('/boligorganisationer/:id/udlejningsaftaler', async (c) => {
  const { actor, organisation, props } = await newContext(c);
  const form = parseLettingForm(await c.req.parseBody({ all: true }));
  const kept = { values: form.values, groups: form.groups, estates: form.estates };
  if (!form.ok) return formPage(c, { ...props, ...kept, errors: form.errors, status: 400 });
  const result = await submit(() => createLetting({ db: c.var.deps.db, actor, organisation, input: form.data }));
  if (!result.ok) return formPage(c, { ...props, ...kept, errors: result.errors, status: result.status });
  return c.redirect(`/udlejningsaftaler/${result.value.id}`, 303);
});

/** The agreement of /udlejningsaftaler/:id as the caller sees it (404 outside scope), with its crumbs. */
async function agreementOf(c: Context<AppEnv>, actor = requireActor(c)) {
  const a = await getLetting({ db: c.var.deps.db, actor, id: idParam(c) });
  const href = `/udlejningsaftaler/${a.id}`;
  const crumbs: Crumb[] = [
    home,
    { label: 'Boligorganisationer', href: '/boligorganisationer' },
    { label: a.organisationName, href: `/boligorganisationer/${a.organisationId}` },
    { label: 'Udlejningsaftaler', href: `/boligorganisationer/${a.organisationId}/udlejningsaftaler` },
  ];
  return { actor, a, href, crumbs };
}

async function agreementPage(c: Context<AppEnv>, a: Letting, crumbs: Crumb[], error?: { message: string; status: 409 }) {
  const history = await c.var.deps.wiring.history.ofEntity({
    db: c.var.deps.db,
    actor: c.var.actor,
    entityType: 'letting_agreement',
    entityId: a.id,
  });
  const title = `${KIND_LABELS[a.kind]} – ${a.organisationName}`;
  return page(c, [title], <LettingPage a={a} csrf={c.var.csrfToken} history={history} error={error?.message} />, {
    crumbs: [...crumbs, { label: KIND_LABELS[a.kind] }],
    section: 'organisations',
    status: error?.status,
  });
}

lettingRoutes.get('/udlejningsaftaler/:id', async (c) => {
  const { a, crumbs } = await agreementOf(c);
  return agreementPage(c, a, crumbs);
});

async function editContext(c: Context<AppEnv>) {
  const { actor, a, href, crumbs } = await agreementOf(c, requireEditor(c));
  if (!isOrganisationSide(actor, a) && !isMunicipalitySide(actor, a.municipalityCode)) throw forbidden();
  const props = {
    title: `Redigér udlejningsaftale`,
    organisationId: a.organisationId,
    action: href,
    cancelHref: href,
    crumbs: [...crumbs, { label: KIND_LABELS[a.kind], href }],
  };
  return { actor, a, href, props };
}

lettingRoutes.get('/udlejningsaftaler/:id/rediger', async (c) => {
  const { a, href, props } = await editContext(c);
  if (!a.canEdit) return c.redirect(href, 303);
  const values: FormValues = {
    kind: a.kind,
    sharePercent: a.sharePercent === null ? '' : String(a.sharePercent),
    homesCount: a.homesCount === null ? '' : String(a.homesCount),
    homesText: a.homesText ?? '',
    validFrom: a.validFrom,
    validTo: a.validTo,
    evaluationDate: a.evaluationDate ?? '',
    note: a.note ?? '',
  };
  return formPage(c, { ...props, values, groups: a.priorityGroups, estates: a.estateIds.map(String), version: a.version });
});

lettingRoutes.post('/udlejningsaftaler/:id', async (c) => {
  const { actor, a, props } = await editContext(c);
  const body = await c.req.parseBody({ all: true });
  const version = versionField(body);
  const form = parseLettingForm(body);
  const kept = { values: form.values, groups: form.groups, estates: form.estates, version };
  if (!form.ok) return formPage(c, { ...props, ...kept, errors: form.errors, status: 400 });
  const result = await submit(() => updateLetting({ db: c.var.deps.db, actor, id: a.id, version, input: form.data }));
  if (!result.ok) return formPage(c, { ...props, ...kept, errors: result.errors, status: result.status });
  return c.redirect(`/udlejningsaftaler/${a.id}`, 303);
});

for (const step of ['indsend', 'godkend', 'tilbage'] as const satisfies LettingStep[]) {
  lettingRoutes.post(`/udlejningsaftaler/:id/${step}`, async (c) => {
    const { actor, a, href, crumbs } = await agreementOf(c, requireEditor(c));
    const body = await c.req.parseBody();
    try {
      await moveLetting({ db: c.var.deps.db, actor, id: a.id, version: versionField(body), step });
    } catch (error) {
      // A stale page or a second click: the agreement as it is now, with why nothing happened.
      if (error instanceof AppError && error.code === 'conflict') {
        const now = await getLetting({ db: c.var.deps.db, actor, id: a.id });
        return agreementPage(c, now, crumbs, { message: error.userMessage, status: 409 });
      }
      throw error;
    }
    return c.redirect(href, 303);
  });
}
