import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../auth/guards.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { parseForm } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../lib/route-helpers.ts';
import { page } from '../../ui/render.tsx';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { governanceYearOf } from './governance-year.ts';
import { setFrequency } from './frequency.ts';
import { frequencySchema, meetingDateSchema, stageChangeSchema } from './schemas.ts';
import { changeStage, findDialogue, getDialogue, setMeetingDate, validYear } from './service.ts';
import { DialoguePage, type DialogueForms } from './views/dialogue-page.tsx';

export const dialoguePageRoutes = new Hono<AppEnv>();

function yearParam(c: Context<AppEnv>): number {
  const raw = c.req.param('year') ?? '';
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || !validYear(year)) throw notFound('Styringsdialogen');
  return year;
}

async function render(c: Context<AppEnv>, organisationId: number, year: number, forms: DialogueForms = {}, status: 200 | 400 | 409 = 200) {
  const d = await getDialogue({ db: c.var.deps.db, actor: c.var.actor, organisationId, year, facts: c.var.deps.wiring.dialogueFacts });
  const meetings = await c.var.deps.wiring.dialogueMeetings({ db: c.var.deps.db, actor: c.var.actor, organisationId });
  const actionPlans = await c.var.deps.wiring.dialogueActionPlans({ db: c.var.deps.db, actor: c.var.actor, organisationId });
  return page(
    c,
    [`Styringsdialog ${year}`, d.organisation.name],
    <DialoguePage
      d={d}
      csrf={c.var.csrfToken}
      forms={forms}
      meetings={meetings}
      actionPlans={actionPlans}
      keyFigures={c.var.deps.wiring.organisationKeyFigures(organisationId)}
      agreements={c.var.deps.wiring.dialogueAgreements(organisationId, year)}
      agreementDocument={c.var.deps.wiring.dialogueAgreementDocument(organisationId, year)}
    />,
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: 'Boligorganisationer', href: '/boligorganisationer' },
        { label: d.organisation.name, href: `/boligorganisationer/${d.organisation.id}` },
        { label: `Styringsdialog ${year}` },
      ],
      section: 'organisations',
      status,
    },
  );
}

dialoguePageRoutes.get('/boligorganisationer/:id/styringsdialog', (c) => {
  requireActor(c);
  return c.redirect(`/boligorganisationer/${idParam(c)}/styringsdialog/${governanceYearOf(danishToday())}`, 302);
});

dialoguePageRoutes.get('/boligorganisationer/:id/styringsdialog/:year', (c) => {
  requireActor(c);
  return render(c, idParam(c), yearParam(c));
});

/** The supervisor's forms: out of scope is 404 (as on the page), in scope without the right 403, before any parsing. */
async function supervisorContext(c: Context<AppEnv>, year: number) {
  const actor = requireEditor(c);
  const organisationId = idParam(c);
  const d = await findDialogue({ db: c.var.deps.db, actor, organisationId, year });
  if (!d.canSupervise) throw forbidden();
  return { actor, organisationId, d };
}

dialoguePageRoutes.post('/boligorganisationer/:id/styringsdialog/:year/fase', async (c) => {
  const year = yearParam(c);
  const { actor, organisationId } = await supervisorContext(c, year);
  const body = await c.req.parseBody();
  const form = parseForm(stageChangeSchema, body);
  if (!form.ok) return render(c, organisationId, year, { form: 'stage', values: form.values, errors: form.errors }, 400);
  const result = await submit(() =>
    changeStage({
      db: c.var.deps.db,
      hooks: c.var.deps.wiring.hooks,
      actor,
      organisationId,
      year,
      version: versionField(body, { allowZero: true }),
      to: form.data.stage,
      reason: form.data.reason,
      facts: c.var.deps.wiring.dialogueFacts,
      proceed: form.data.proceed,
    }),
  );
  if (!result.ok) return render(c, organisationId, year, { form: 'stage', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/boligorganisationer/${organisationId}/styringsdialog/${year}`, 303);
});

dialoguePageRoutes.post('/boligorganisationer/:id/styringsdialog/:year/moede', async (c) => {
  const year = yearParam(c);
  const { actor, organisationId } = await supervisorContext(c, year);
  const body = await c.req.parseBody();
  const form = parseForm(meetingDateSchema, body);
  if (!form.ok) return render(c, organisationId, year, { form: 'meeting', values: form.values, errors: form.errors }, 400);
  const result = await submit(() =>
    setMeetingDate({
      db: c.var.deps.db,
      actor,
      organisationId,
      year,
      version: versionField(body, { allowZero: true }),
      date: form.data.meetingDate,
    }),
  );
  if (!result.ok) return render(c, organisationId, year, { form: 'meeting', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/boligorganisationer/${organisationId}/styringsdialog/${year}`, 303);
});

dialoguePageRoutes.post('/boligorganisationer/:id/styringsdialog/hyppighed', async (c) => {
  const body = await c.req.parseBody();
  const year = validYear(Number(body.year)) ? Number(body.year) : governanceYearOf(danishToday());
  const { actor, organisationId, d } = await supervisorContext(c, year);
  const form = parseForm(frequencySchema, body);
  const version = versionField(body, { allowZero: true });
  if (!form.ok) return render(c, organisationId, year, { form: 'frequency', values: form.values, errors: form.errors }, 400);
  const result = await submit(() => setFrequency({ db: c.var.deps.db, actor, organisation: d.organisation, version, input: form.data }));
  if (!result.ok) return render(c, organisationId, year, { form: 'frequency', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/boligorganisationer/${organisationId}/styringsdialog/${year}`, 303);
});
