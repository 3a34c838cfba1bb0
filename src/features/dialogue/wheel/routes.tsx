import { Hono, type Context } from 'hono';
import { requireActor } from '../../../auth/guards.ts';
import { notFound } from '../../../lib/errors.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import { getMunicipality } from '../../registry/municipalities.ts';
import { danishToday, governanceYearOf } from '../calendar-date.ts';
import { dialogueOverview } from '../overview/service.ts';
import { canSeeMunicipalityDialogues } from '../policy.ts';
import { getDialogue, validYear } from '../service.ts';
import { wheelSvg } from './chart.ts';
import { wheelMarks } from './marks.ts';
import { WheelView } from './views.tsx';

export const wheelRoutes = new Hono<AppEnv>();

function yearOf(c: Context<AppEnv>): number {
  const raw = c.req.query('aar');
  if (raw === undefined) return governanceYearOf(danishToday());
  const year = Number(raw);
  if (!validYear(year)) throw notFound();
  return year;
}

wheelRoutes.get('/kommuner/:code/aarshjul', async (c) => {
  const actor = requireActor(c);
  const code = c.req.param('code');
  if (!/^\d{4}$/.test(code) || !canSeeMunicipalityDialogues(actor, code)) throw notFound();
  const municipality = await getMunicipality(c.var.deps.db, code);
  const year = yearOf(c);
  const today = danishToday();
  const [current, next] = await Promise.all([year, year + 1].map((y) => dialogueOverview({ db: c.var.deps.db, actor, year: y, today, municipalityCode: code })));
  const marks = wheelMarks(year, [...current, ...next].map((r) => ({ name: r.name, deadlines: r.deadlines })));
  const title = `Årshjul ${year} – ${municipality.name}`;
  return page(c, title, <WheelView title={title} year={year} svg={await wheelSvg(marks)} marks={marks} aggregate
    nav={{ prev: `?aar=${year - 1}`, next: `?aar=${year + 1}` }} />, {
    crumbs: [{ label: 'Forside', href: '/' }, { label: 'Tilsyn', href: `/tilsyn?aar=${year}` }, { label: `Årshjul ${year}` }], section: 'supervision',
  });
});

wheelRoutes.get('/boligorganisationer/:id/aarshjul', async (c) => {
  const actor = requireActor(c);
  const organisationId = idParam(c);
  const year = yearOf(c);
  const [current, next] = await Promise.all([year, year + 1].map((y) => getDialogue({ db: c.var.deps.db, actor, organisationId, year: y })));
  const items = [current, next].filter((d) => d.dueThisYear).map((d) => ({ name: d.organisation.name, deadlines: d.deadlines }));
  const marks = wheelMarks(year, items);
  const title = `Årshjul ${year} – ${current.organisation.name}`;
  return page(c, title, <WheelView title={title} year={year} svg={await wheelSvg(marks)} marks={marks} aggregate={false}
    nav={{ prev: `?aar=${year - 1}`, next: `?aar=${year + 1}` }} />, {
    crumbs: [{ label: 'Forside', href: '/' }, { label: current.organisation.name, href: `/boligorganisationer/${organisationId}` },
      { label: `Styringsdialog ${year}`, href: `/boligorganisationer/${organisationId}/styringsdialog/${year}` }, { label: 'Årshjul' }],
    section: 'organisations',
  });
});
