import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../auth/guards.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../lib/route-helpers.ts';
import { page } from '../../ui/render.tsx';
import { getMunicipality } from '../registry/index.ts';
import { openActionsBefore, proposalsFor } from './agenda/follow-up.ts';
import { flatten } from './agenda/numbering.ts';
import { listMeetings, MEETINGS_PAGE_SIZE } from './list.ts';
import { getMeeting } from './load.ts';
import { managed } from './guard.ts';
import { meetingTargets } from './options.ts';
import { canManageMeeting } from './policy.ts';
import { meetingEditSchema, meetingSchema } from './schemas.ts';
import { createMeeting, updateMeeting } from './service.ts';
import { danishParts } from '../../lib/copenhagen-time.ts';
import { MeetingListPage } from './views/list-page.tsx';
import { MeetingPage, type MeetingForm } from './views/meeting-page.tsx';
import { NewMeetingPage } from './views/new-page.tsx';
import { meetingTitle } from './labels.ts';

export const meetingRoutes = new Hono<AppEnv>();

async function municipalityOf(c: Context<AppEnv>) {
  const code = c.req.param('code') ?? '';
  const m = /^\d{4}$/.test(code) ? await getMunicipality(c.var.deps.db, code) : undefined;
  if (!m) throw notFound('Kommunen');
  return m;
}

const crumbsFor = (m: { municipalityCode: string; municipalityName: string }) => [
  { label: 'Forside', href: '/' },
  { label: `Møder i ${m.municipalityName}`, href: `/kommuner/${m.municipalityCode}/moeder` },
];

/** How many of the newest changes the meeting page shows; the rest are on /moeder/:id/historik. */
const HISTORY_ON_PAGE = 10;

async function meetingHistory(c: Context<AppEnv>, meetingId: number) {
  const { db, wiring } = c.var.deps;
  const entries = await wiring.history.ofEntity({
    db,
    actor: c.var.actor,
    entityType: 'meeting',
    entityId: meetingId,
    limit: HISTORY_ON_PAGE + 1,
  });
  return { entries: entries.slice(0, HISTORY_ON_PAGE), more: entries.length > HISTORY_ON_PAGE };
}

/** The meeting page, with one form's values and errors when it comes back from a failed submit. */
export async function renderMeeting(c: Context<AppEnv>, meetingId: number, form?: MeetingForm, status: 200 | 400 | 409 = 200) {
  const db = c.var.deps.db;
  const m = await getMeeting({ db, actor: c.var.actor, meetingId });
  const openActions = await openActionsBefore(db, m);
  const proposals =
    m.canManage && !m.locked
      ? await proposalsFor(db, m, {
          openActions,
          existingSources: flatten(m.tree).map((i) => i.source),
          more: { actor: c.var.actor, sources: c.var.deps.wiring.agendaProposals },
        })
      : [];
  const history = m.canManage ? await meetingHistory(c, m.id) : null;
  const parts = danishParts(m.startsAt);
  const editValues: FormValues = {
    title: m.title,
    date: parts.date,
    startTime: parts.time,
    endTime: danishParts(m.endsAt).time,
    place: m.place ?? '',
  };
  return page(
    c,
    meetingTitle(m),
    <MeetingPage
      m={m}
      csrf={c.var.csrfToken}
      proposals={proposals}
      openActions={openActions}
      form={form}
      editValues={editValues}
      history={history}
    />,
    { crumbs: [...crumbsFor(m), { label: m.title }], section: 'meetings', status },
  );
}

/** The meetings entry in the navigation: a municipality's staff go to their municipality's list. */
meetingRoutes.get('/moeder', async (c) => {
  const actor = requireActor(c);
  if (actor.scope.kind === 'municipality') return c.redirect(`/kommuner/${actor.scope.municipalityCode}/moeder`, 302);
  const q = (c.req.query('q') ?? '').trim().slice(0, 200);
  const pageNo = Math.max(1, Math.min(10_000, Number(c.req.query('side')) || 1));
  const data = await listMeetings({ db: c.var.deps.db, actor, municipalityCode: null, q: q || null, page: pageNo });
  return page(
    c,
    ['Mine møder', c.var.user?.affiliation],
    <MeetingListPage code={null} name={null} data={data} q={q} page={pageNo} pageSize={MEETINGS_PAGE_SIZE} canCreate={false} />,
    { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Møder' }], section: 'meetings' },
  );
});

meetingRoutes.get('/kommuner/:code/moeder', async (c) => {
  const actor = requireActor(c);
  const mun = await municipalityOf(c);
  const q = (c.req.query('q') ?? '').trim().slice(0, 200);
  const pageNo = Math.max(1, Math.min(10_000, Number(c.req.query('side')) || 1));
  const data = await listMeetings({ db: c.var.deps.db, actor, municipalityCode: mun.code, q: q || null, page: pageNo });
  return page(
    c,
    ['Møder', mun.name],
    <MeetingListPage
      code={mun.code}
      name={mun.name}
      data={data}
      q={q}
      page={pageNo}
      pageSize={MEETINGS_PAGE_SIZE}
      canCreate={canManageMeeting(actor, { municipalityCode: mun.code })}
    />,
    { crumbs: [{ label: 'Forside', href: '/' }, { label: `Møder i ${mun.name}` }], section: 'meetings' },
  );
});

async function renderNew(
  c: Context<AppEnv>,
  code: string,
  name: string,
  values: FormValues,
  errors?: FieldErrors,
  status: 200 | 400 = 200,
) {
  const targets = await meetingTargets(c.var.deps.db, code);
  return page(
    c,
    ['Opret møde', name],
    <NewMeetingPage code={code} name={name} csrf={c.var.csrfToken} {...targets} values={values} errors={errors} />,
    {
      crumbs: [{ label: 'Forside', href: '/' }, { label: `Møder i ${name}`, href: `/kommuner/${code}/moeder` }, { label: 'Opret møde' }],
      section: 'meetings',
      status,
    },
  );
}

meetingRoutes.get('/kommuner/:code/moeder/nyt', async (c) => {
  const actor = requireEditor(c);
  const mun = await municipalityOf(c);
  if (!canManageMeeting(actor, { municipalityCode: mun.code })) throw forbidden();
  const organisationId = c.req.query('boligorganisation') ?? '';
  const forumId = c.req.query('forum') ?? '';
  return renderNew(c, mun.code, mun.name, { kind: organisationId ? 'dialogmoede' : forumId ? 'forum' : '', organisationId, forumId });
});

meetingRoutes.post('/kommuner/:code/moeder', async (c) => {
  const actor = requireEditor(c);
  const mun = await municipalityOf(c);
  if (!canManageMeeting(actor, { municipalityCode: mun.code })) throw forbidden();
  const body = await c.req.parseBody();
  const form = parseForm(meetingSchema, { ...body, municipalityCode: mun.code });
  if (!form.ok) return renderNew(c, mun.code, mun.name, form.values, form.errors, 400);
  const result = await submit(() => createMeeting({ db: c.var.deps.db, actor, input: form.data }));
  if (!result.ok) return renderNew(c, mun.code, mun.name, form.values, result.errors, 400);
  return c.redirect(`/moeder/${result.value.id}`, 303);
});

meetingRoutes.get('/moeder/:id', (c) => {
  requireActor(c);
  return renderMeeting(c, idParam(c));
});

meetingRoutes.post('/moeder/:id', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const body = await c.req.parseBody();
  const form = parseForm(meetingEditSchema, body);
  if (!form.ok) return renderMeeting(c, meetingId, { form: 'meeting', values: form.values, errors: form.errors }, 400);
  const result = await submit(() => updateMeeting({ db: c.var.deps.db, actor, meeting, version: versionField(body), input: form.data }));
  if (!result.ok) return renderMeeting(c, meetingId, { form: 'meeting', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/moeder/${meetingId}`, 303);
});
