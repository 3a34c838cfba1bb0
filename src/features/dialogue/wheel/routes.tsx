import { Hono, type Context } from 'hono';
import { requireActor } from '../../../auth/guards.ts';
import { notFound } from '../../../lib/errors.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { governanceYearOf } from '../governance-year.ts';
import { validYear } from '../service.ts';
import { COMPACT_WHEEL, wheelSvg } from './chart.ts';
import { municipalityWheel, organisationWheel, type Wheel } from './service.ts';
import { WheelView } from './views.tsx';

export const wheelRoutes = new Hono<AppEnv>();

/** ?aar= the calendar year shown; this year by default; a year outside the dialogues' range is 404. */
function yearOf(c: Context<AppEnv>): number {
  const raw = c.req.query('aar');
  if (raw === undefined || raw === '') return governanceYearOf(danishToday());
  const year = Number(raw);
  if (!validYear(year)) throw notFound();
  return year;
}

/**
 * The picture on its own address, so the page can show it as an <img>: echarts' SVG is drawn for a
 * page, and the app's CSP would refuse its inline styles if it were inlined (chart.ts turns them
 * into attributes, so the SVG also renders when opened on its own under the same CSP).
 */
async function svgOf(c: Context<AppEnv>, wheel: Wheel, year: number, today: string) {
  // ?visning=kompakt: the phone's version (see COMPACT_WHEEL).
  const compact = c.req.query('visning') === 'kompakt' ? COMPACT_WHEEL : {};
  const svg = await wheelSvg(wheel.marks, { year, today, title: `Årshjul ${year} – ${wheel.name}`, ...compact });
  c.header('content-type', 'image/svg+xml; charset=utf-8');
  c.header('cache-control', 'private, no-cache');
  return c.body(svg);
}

wheelRoutes.get('/kommuner/:code/aarshjul.svg', async (c) => {
  const year = yearOf(c);
  const today = danishToday();
  const wheel = await municipalityWheel({
    db: c.var.deps.db,
    facts: c.var.deps.wiring.dialogueFacts,
    actor: requireActor(c),
    municipalityCode: c.req.param('code'),
    year,
    today,
  });
  return svgOf(c, wheel, year, today);
});

wheelRoutes.get('/boligorganisationer/:id/aarshjul.svg', async (c) => {
  const year = yearOf(c);
  const today = danishToday();
  const wheel = await organisationWheel({
    db: c.var.deps.db,
    facts: c.var.deps.wiring.dialogueFacts,
    actor: requireActor(c),
    organisationId: idParam(c),
    year,
    today,
  });
  return svgOf(c, wheel, year, today);
});

wheelRoutes.get('/kommuner/:code/aarshjul', async (c) => {
  const code = c.req.param('code');
  const year = yearOf(c);
  const wheel = await municipalityWheel({
    db: c.var.deps.db,
    facts: c.var.deps.wiring.dialogueFacts,
    actor: requireActor(c),
    municipalityCode: code,
    year,
    today: danishToday(),
  });
  const title = `Årshjul ${year} – ${wheel.name}`;
  return page(
    c,
    [`Årshjul ${year}`, wheel.name],
    <WheelView
      title={title}
      name={wheel.name}
      year={year}
      svgUrl={`/kommuner/${code}/aarshjul.svg?aar=${year}`}
      marks={wheel.marks}
      aggregate
      nav={{ prev: `?aar=${year - 1}`, next: `?aar=${year + 1}` }}
    />,
    {
      crumbs: [{ label: 'Forside', href: '/' }, { label: 'Tilsyn', href: `/tilsyn?aar=${year}` }, { label: `Årshjul ${year}` }],
      section: 'supervision',
    },
  );
});

wheelRoutes.get('/boligorganisationer/:id/aarshjul', async (c) => {
  const organisationId = idParam(c);
  const year = yearOf(c);
  const wheel = await organisationWheel({
    db: c.var.deps.db,
    facts: c.var.deps.wiring.dialogueFacts,
    actor: requireActor(c),
    organisationId,
    year,
    today: danishToday(),
  });
  const title = `Årshjul ${year} – ${wheel.name}`;
  return page(
    c,
    [`Årshjul ${year}`, wheel.name],
    <WheelView
      title={title}
      name={wheel.name}
      year={year}
      svgUrl={`/boligorganisationer/${organisationId}/aarshjul.svg?aar=${year}`}
      marks={wheel.marks}
      aggregate={false}
      nav={{ prev: `?aar=${year - 1}`, next: `?aar=${year + 1}` }}
    />,
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: wheel.name, href: `/boligorganisationer/${organisationId}` },
        { label: `Styringsdialog ${year}`, href: `/boligorganisationer/${organisationId}/styringsdialog/${year}` },
        { label: 'Årshjul' },
      ],
      section: 'organisations',
    },
  );
});
