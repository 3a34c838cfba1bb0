import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../auth/guards.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../lib/route-helpers.ts';
import { page } from '../../ui/render.tsx';
import { HistoryTable } from '../audit/index.ts';
import { validYear } from '../dialogue/index.ts';
import { listIndicators } from '../key-figures/index.ts';
import { agreementsHref } from './contributions.ts';
import { canManageAgreements } from './policy.ts';
import { agreementSchema, checkedEstates, followUpSchema, statusSchema, type AgreementInput } from './schemas.ts';
import {
  agreementErrors,
  createAgreement,
  createFromDecision,
  decisionOrigin,
  estatesOf,
  getAgreement,
  listAgreements,
  partyOrganisation,
  saveFollowUp,
  setAgreementStatus,
  updateAgreement,
} from './service.ts';
import { AgreementForm, agreementValues } from './views/agreement-form.tsx';
import { AgreementPage, type PageForm } from './views/agreement-page.tsx';
import { AgreementList } from './views/list-page.tsx';

/*
 * The agreements' pages: an organisation's list per dialogue year, the new and edit forms, one
 * agreement with its status and follow-up forms, and the one click that makes a meeting's
 * decision an agreement.
 */

export const agreementsRoutes = new Hono<AppEnv>();

function yearParam(c: Context<AppEnv>): number {
  const year = Number(c.req.param('year'));
  if (!/^\d{4}$/.test(c.req.param('year') ?? '') || !validYear(year)) throw notFound('Styringsdialogen');
  return year;
}

async function indicatorOptions(c: Context<AppEnv>) {
  const rows = await listIndicators(c.var.deps.db, { activeOnly: true });
  return rows.map((i) => ({ code: i.code, name: i.name, level: i.level }));
}

/** The form's agreement, or its field errors, with the fields only the database can check. */
async function readAgreement(
  c: Context<AppEnv>,
  organisationId: number,
  year: number,
  body: Record<string, unknown>,
): Promise<{ ok: true; input: AgreementInput; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues }> {
  const form = parseForm(agreementSchema, body);
  if (!form.ok) return form;
  const input = { ...form.data, estateIds: checkedEstates(form.values) };
  const errors = await agreementErrors(c.var.deps.db, c.var.actor, organisationId, year, input);
  return Object.keys(errors).length ? { ok: false, errors, values: form.values } : { ok: true, input, values: form.values };
}

const crumbs = (org: { id: number; name: string }, year: number, last?: { label: string; href?: string }) => [
  { label: 'Forside', href: '/' },
  { label: org.name, href: `/boligorganisationer/${org.id}` },
  { label: `Styringsdialog ${year}`, href: `/boligorganisationer/${org.id}/styringsdialog/${year}` },
  ...(last ? [{ label: 'Aftaler', href: agreementsHref(org.id, year) }, last] : [{ label: 'Aftaler' }]),
];

agreementsRoutes.get('/boligorganisationer/:id/styringsdialog/:year/aftaler', async (c) => {
  const actor = requireActor(c);
  const year = yearParam(c);
  const org = await partyOrganisation(c.var.deps.db, actor, idParam(c));
  const rows = await listAgreements(c.var.deps.db, actor, org.id, year);
  return page(
    c,
    [`Aftaler ${year}`, org.name],
    <>
      <h1>
        Aftaler og mål {year}: {org.name}
      </h1>
      <p class="font-lead">
        Det, parterne aftalte i styringsdialogen {year}, med status og opfølgning. Åbne aftaler foreslås på dagsordenen til næste
        styringsdialogmøde.
      </p>
      {canManageAgreements(actor, org) && (
        <p>
          <a class="button button-primary" href={`${agreementsHref(org.id, year)}/ny`}>
            Opret aftale
          </a>
        </p>
      )}
      <AgreementList rows={rows} organisationName={org.name} year={year} />
    </>,
    { crumbs: crumbs(org, year), section: 'organisations' },
  );
});

async function renderNew(c: Context<AppEnv>, org: { id: number; name: string }, year: number, values: FormValues, errors?: FieldErrors) {
  const [estates, indicators] = await Promise.all([estatesOf(c.var.deps.db, c.var.actor, org.id), indicatorOptions(c)]);
  return page(
    c,
    [`Opret aftale ${year}`, org.name],
    <>
      <h1>
        Opret aftale: {org.name} {year}
      </h1>
      <AgreementForm
        action={agreementsHref(org.id, year)}
        csrf={c.var.csrfToken}
        values={values}
        errors={errors}
        estates={estates}
        indicators={indicators}
        submitLabel="Opret aftale"
      />
    </>,
    { crumbs: crumbs(org, year, { label: 'Opret' }), section: 'organisations', status: errors ? 400 : 200 },
  );
}

/** The organisation for the supervisor's forms: out of sight 404, in sight without the right 403. */
async function managedOrganisation(c: Context<AppEnv>) {
  requireActor(c);
  const year = yearParam(c);
  const org = await partyOrganisation(c.var.deps.db, c.var.actor, idParam(c));
  const actor = requireEditor(c);
  if (!canManageAgreements(actor, org)) throw forbidden();
  return { actor, org, year };
}

agreementsRoutes.get('/boligorganisationer/:id/styringsdialog/:year/aftaler/ny', async (c) => {
  const { org, year } = await managedOrganisation(c);
  return renderNew(c, org, year, { responsibleSide: 'boligorganisation' });
});

agreementsRoutes.post('/boligorganisationer/:id/styringsdialog/:year/aftaler', async (c) => {
  const { actor, org, year } = await managedOrganisation(c);
  const read = await readAgreement(c, org.id, year, await c.req.parseBody());
  if (!read.ok) return renderNew(c, org, year, read.values, read.errors);
  const result = await submit(() => createAgreement({ db: c.var.deps.db, actor, organisationId: org.id, year, input: read.input }));
  if (!result.ok) return renderNew(c, org, year, read.values, result.errors);
  return c.redirect(`/aftaler/${result.value}`, 303);
});

async function render(c: Context<AppEnv>, id: number, form?: PageForm, status: 200 | 400 | 409 = 200) {
  const { db, wiring } = c.var.deps;
  const a = await getAgreement(db, c.var.actor, id);
  const [origin, history] = await Promise.all([
    decisionOrigin(db, c.var.actor, a.decisionId),
    wiring.history.ofEntity({ db, actor: c.var.actor, entityType: 'agreement', entityId: id, limit: 20 }),
  ]);
  const org = { id: a.organisationId, name: a.organisationName };
  return page(
    c,
    [`Aftale ${a.governanceYear}`, a.organisationName],
    <AgreementPage
      a={a}
      csrf={c.var.csrfToken}
      form={form}
      origin={origin}
      history={
        <>
          <h2>Historik</h2>
          <HistoryTable entries={history} caption="Historik for aftalen" />
        </>
      }
    />,
    { crumbs: crumbs(org, a.governanceYear, { label: `Aftale ${a.id}` }), section: 'organisations', status },
  );
}

agreementsRoutes.get('/aftaler/:id', (c) => {
  requireActor(c);
  return render(c, idParam(c));
});

async function renderEdit(c: Context<AppEnv>, id: number, values?: FormValues, errors?: FieldErrors, status: 200 | 400 | 409 = 200) {
  const a = await getAgreement(c.var.deps.db, c.var.actor, id);
  const actor = requireEditor(c);
  if (!a.canManage || !canManageAgreements(actor, a)) throw forbidden();
  const indicators = await indicatorOptions(c);
  const org = { id: a.organisationId, name: a.organisationName };
  return page(
    c,
    [`Ret aftale ${a.governanceYear}`, a.organisationName],
    <>
      <h1>Ret aftale</h1>
      <AgreementForm
        action={`/aftaler/${id}`}
        csrf={c.var.csrfToken}
        values={values ?? agreementValues(a)}
        errors={errors}
        estates={a.allEstates}
        indicators={indicators}
        submitLabel="Gem aftalen"
      />
    </>,
    { crumbs: crumbs(org, a.governanceYear, { label: 'Ret aftale' }), section: 'organisations', status },
  );
}

agreementsRoutes.get('/aftaler/:id/rediger', (c) => {
  requireActor(c);
  return renderEdit(c, idParam(c));
});

agreementsRoutes.post('/aftaler/:id', async (c) => {
  requireActor(c);
  const id = idParam(c);
  const a = await getAgreement(c.var.deps.db, c.var.actor, id);
  const actor = requireEditor(c);
  if (!a.canManage) throw forbidden();
  const body = await c.req.parseBody();
  const read = await readAgreement(c, a.organisationId, a.governanceYear, body);
  // The version stays what the form was opened on, so a second try still meets the conflict.
  if (!read.ok) return renderEdit(c, id, read.values, read.errors, 400);
  const result = await submit(() => updateAgreement({ db: c.var.deps.db, actor, id, version: versionField(body), input: read.input }));
  if (!result.ok) return renderEdit(c, id, read.values, result.errors, result.status);
  return c.redirect(`/aftaler/${id}`, 303);
});

agreementsRoutes.post('/aftaler/:id/status', async (c) => {
  requireActor(c);
  const id = idParam(c);
  const a = await getAgreement(c.var.deps.db, c.var.actor, id);
  const actor = requireEditor(c);
  if (!a.canManage) throw forbidden();
  const body = await c.req.parseBody();
  const form = parseForm(statusSchema, body);
  if (!form.ok) return render(c, id, { form: 'status', values: form.values, errors: form.errors }, 400);
  const result = await submit(() =>
    setAgreementStatus({ db: c.var.deps.db, actor, id, version: versionField(body), status: form.data.status, note: form.data.note }),
  );
  if (!result.ok) return render(c, id, { form: 'status', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/aftaler/${id}`, 303);
});

agreementsRoutes.post('/aftaler/:id/opfoelgning', async (c) => {
  requireActor(c);
  const id = idParam(c);
  const a = await getAgreement(c.var.deps.db, c.var.actor, id);
  const actor = requireEditor(c);
  if (!a.canFollowUp) throw forbidden();
  const form = parseForm(followUpSchema, await c.req.parseBody());
  if (!form.ok) return render(c, id, { form: 'followup', values: form.values, errors: form.errors }, 400);
  const result = await submit(() => saveFollowUp({ db: c.var.deps.db, actor, id, year: form.data.year, note: form.data.note }));
  if (!result.ok) return render(c, id, { form: 'followup', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/aftaler/${id}`, 303);
});

agreementsRoutes.post('/beslutninger/:did/aftale', async (c) => {
  requireActor(c);
  const decisionId = idParam(c, 'did');
  const actor = requireEditor(c);
  const id = await createFromDecision({ db: c.var.deps.db, actor, decisionId });
  return c.redirect(`/aftaler/${id}`, 303);
});
