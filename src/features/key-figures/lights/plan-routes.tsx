import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { forbidden, notFoundOrHidden } from '../../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import { confirmPage, isConfirmed } from '../../../ui/confirm.tsx';
import { page } from '../../../ui/render.tsx';
import { HistoryTable } from '../../audit/index.ts';
import { findPartyOrganisation } from '../../registry/index.ts';
import { actionPlansOf } from './action-plans.ts';
import { planSchema } from './plan-schemas.ts';
import { getActionPlan, indicatorNames, saveActionPlan, setActionPlanHandled } from './plan-service.ts';
import { estateLabel, PlanList, PlanPage, planValues, redYears } from './views/plan-page.tsx';

/*
 * Action plans: the page of one (everyone who may see the estate), written by the organisation's
 * side, handled by the supervising municipality; and an organisation's list of them.
 */

export const planRoutes = new Hono<AppEnv>();

async function render(c: Context<AppEnv>, id: number, form: { values?: FormValues; errors?: FieldErrors; status?: 200 | 400 | 409 } = {}) {
  const { db, wiring } = c.var.deps;
  const plan = await getActionPlan(db, { actor: c.var.actor, id });
  const [names, history] = await Promise.all([
    indicatorNames(db),
    wiring.history.ofEntity({ db, actor: c.var.actor, entityType: 'action_plan', entityId: id, limit: 20 }),
  ]);
  return page(
    c,
    [`Handlingsplan for ${estateLabel(plan)}`, plan.organisationName],
    <PlanPage
      plan={plan}
      names={names}
      values={form.values ?? planValues(plan)}
      errors={form.errors}
      csrf={c.var.csrfToken}
      history={
        <>
          <h2>Historik</h2>
          <HistoryTable entries={history} caption={`Historik for handlingsplanen for ${estateLabel(plan)}`} />
        </>
      }
    />,
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: plan.organisationName, href: `/boligorganisationer/${plan.organisationId}` },
        { label: 'Handlingsplaner', href: `/boligorganisationer/${plan.organisationId}/handlingsplaner` },
        { label: estateLabel(plan) },
      ],
      section: 'organisations',
      status: form.status,
    },
  );
}

planRoutes.get('/handlingsplaner/:id', (c) => {
  requireActor(c);
  return render(c, idParam(c));
});

planRoutes.post('/handlingsplaner/:id', async (c) => {
  requireActor(c);
  const id = idParam(c);
  const plan = await getActionPlan(c.var.deps.db, { actor: c.var.actor, id });
  const actor = requireEditor(c);
  if (!plan.isWriter) throw forbidden();
  const body = await c.req.parseBody();
  const form = parseForm(planSchema, body);
  if (!form.ok) return render(c, id, { values: form.values, errors: form.errors, status: 400 });
  // An old deadline may stay as it was; a new one cannot lie in the past.
  if (form.data.deadline !== plan.deadline && form.data.deadline! < danishToday())
    return render(c, id, { values: form.values, errors: { deadline: 'Fristen kan ikke ligge før i dag.' }, status: 400 });
  const result = await submit(() =>
    saveActionPlan({
      db: c.var.deps.db,
      actor,
      id,
      version: versionField(body),
      input: { text: form.data.text, deadline: form.data.deadline! },
    }),
  );
  if (!result.ok) return render(c, id, { values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/handlingsplaner/${id}`, 303);
});

/** The municipality's side: out of sight 404, in sight without the right 403. */
async function handler(c: Context<AppEnv>) {
  requireActor(c);
  const id = idParam(c);
  const plan = await getActionPlan(c.var.deps.db, { actor: c.var.actor, id });
  const actor = requireEditor(c);
  if (!plan.canHandle) throw forbidden();
  return { actor, plan };
}

planRoutes.get('/handlingsplaner/:id/behandlet', async (c) => {
  const { plan } = await handler(c);
  const base = `/handlingsplaner/${plan.id}`;
  if (plan.handledAt) return c.redirect(base, 303);
  return confirmPage(
    c,
    {
      title: `Markér handlingsplanen for ${estateLabel(plan)} som behandlet`,
      question: `Er handlingsplanen for ${estateLabel(plan)} behandlet?`,
      consequences: (
        <>
          <p>
            Planen for rød tre år i træk ({redYears(plan.year)}) forsvinder fra {plan.organisationName}s styringsdialog og fra de foreslåede
            dagsordenspunkter. {plan.text ? '' : 'Boligorganisationen har ikke skrevet planen endnu.'}
          </p>
          <p>Du kan genåbne planen bagefter.</p>
        </>
      ),
      action: `${base}/behandlet`,
      fields: { version: String(plan.version) },
      confirmLabel: 'Markér som behandlet',
      cancelHref: base,
    },
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: plan.organisationName, href: `/boligorganisationer/${plan.organisationId}` },
        { label: estateLabel(plan), href: base },
        { label: 'Behandlet' },
      ],
      section: 'organisations',
    },
  );
});

planRoutes.post('/handlingsplaner/:id/behandlet', async (c) => {
  const { actor, plan } = await handler(c);
  const body = await c.req.parseBody();
  if (!isConfirmed(body)) return c.redirect(`/handlingsplaner/${plan.id}/behandlet`, 303);
  const result = await submit(() =>
    setActionPlanHandled({ db: c.var.deps.db, actor, id: plan.id, version: versionField(body), handled: true }),
  );
  if (!result.ok) return render(c, plan.id, { errors: result.errors, status: result.status });
  return c.redirect(`/handlingsplaner/${plan.id}`, 303);
});

planRoutes.post('/handlingsplaner/:id/genaabn', async (c) => {
  const { actor, plan } = await handler(c);
  const body = await c.req.parseBody();
  const result = await submit(() =>
    setActionPlanHandled({ db: c.var.deps.db, actor, id: plan.id, version: versionField(body), handled: false }),
  );
  if (!result.ok) return render(c, plan.id, { errors: result.errors, status: result.status });
  return c.redirect(`/handlingsplaner/${plan.id}`, 303);
});

planRoutes.get('/boligorganisationer/:id/handlingsplaner', async (c) => {
  const actor = requireActor(c);
  const organisationId = idParam(c);
  const org = await findPartyOrganisation(c.var.deps.db, actor, organisationId);
  if (!org) throw notFoundOrHidden('Boligorganisationen');
  const plans = await actionPlansOf({ db: c.var.deps.db, actor, organisationId, all: true });
  return page(
    c,
    ['Handlingsplaner', org.name],
    <>
      <h1>Handlingsplaner for {org.name}</h1>
      <p class="font-lead">
        En afdeling med røde tal tre år i træk skal have en handlingsplan med en frist. Planen står på styringsdialogen, indtil kommunen har
        behandlet den. <a href="/noegletal/trafiklys">Sådan bestemmes trafiklysene</a>
      </p>
      <PlanList plans={plans} organisationName={org.name} />
    </>,
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: 'Boligorganisationer', href: '/boligorganisationer' },
        { label: org.name, href: `/boligorganisationer/${org.id}` },
        { label: 'Handlingsplaner' },
      ],
      section: 'organisations',
    },
  );
});
