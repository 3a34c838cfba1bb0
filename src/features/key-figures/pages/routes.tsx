import { Hono, type Context } from 'hono';
import { requireActor } from '../../../auth/guards.ts';
import { notFound } from '../../../lib/errors.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import { estateBenchmark } from '../benchmark/estate-benchmark.ts';
import { organisationKeyFigures, organisationOwnFigures, organisationTrend } from '../benchmark/organisation-figures.ts';
import { estateTrend } from '../benchmark/trend.ts';
import { EstateKeyFiguresPage } from './estate-page.tsx';
import { OrganisationKeyFiguresPage, type OrganisationView } from './organisation-page.tsx';
import { DEFAULT_CODES, parseOrganisationQuery, parseYear } from './organisation-query.ts';
import { presentationPage } from './presentation.tsx';
import { sendTrend, trendFileName } from './trend-response.ts';

/** The estate's and the organisation's key figures, with their charts and CSV files. Not public: every route asks for a user. */
export const keyFigurePageRoutes = new Hono<AppEnv>();

const home = { label: 'Forside', href: '/' };
const organisations = { label: 'Boligorganisationer', href: '/boligorganisationer' };

keyFigurePageRoutes.get('/afdelinger/:id/noegletal', async (c) => {
  const actor = requireActor(c);
  const requested = parseYear(c.req.query('aar'));
  const b = await estateBenchmark(c.var.deps.db, { actor, estateId: idParam(c) });
  const year = requested ?? b.years.at(-1) ?? null;
  const e = b.estate;
  return page(c, [year && b.years.includes(year) ? `Nøgletal ${year}` : 'Nøgletal', e.name], <EstateKeyFiguresPage b={b} year={year} />, {
    crumbs: [
      home,
      organisations,
      { label: e.organisationName, href: `/boligorganisationer/${e.organisationId}` },
      { label: e.name, href: `/afdelinger/${e.id}` },
      { label: 'Nøgletal' },
    ],
    section: 'estates',
  });
});

for (const format of ['svg', 'csv'] as const) {
  keyFigurePageRoutes.get(`/afdelinger/:id/noegletal/:indicator/udvikling.${format}`, async (c) => {
    const actor = requireActor(c);
    const b = await estateBenchmark(c.var.deps.db, { actor, estateId: idParam(c) });
    const indicator = b.indicators.find((i) => i.code === c.req.param('indicator'));
    if (!indicator) throw notFound('Nøgletallet');
    return sendTrend(c, estateTrend(b, indicator), format, trendFileName({ estate: b.estate }, indicator.code));
  });

  keyFigurePageRoutes.get(`/boligorganisationer/:id/noegletal/:indicator/udvikling.${format}`, async (c) => {
    const actor = requireActor(c);
    const o = await organisationOwnFigures(c.var.deps.db, { actor, organisationId: idParam(c) });
    const indicator = o.organisationIndicators.find((i) => i.code === c.req.param('indicator'));
    if (!indicator) throw notFound('Nøgletallet');
    return sendTrend(c, organisationTrend(o, indicator), format, trendFileName({ organisation: o.organisation.name }, indicator.code));
  });
}

async function organisationView(c: Context<AppEnv>): Promise<OrganisationView> {
  const actor = requireActor(c);
  const q = parseOrganisationQuery(
    (name) => c.req.query(name),
    (name) => c.req.queries(name),
  );
  const o = await organisationKeyFigures(c.var.deps.db, { actor, organisationId: idParam(c), year: q.year });
  const known = new Set(o.estateIndicators.map((i) => i.code));
  const codes = (q.codes ?? DEFAULT_CODES).filter((code) => known.has(code));
  return { o, codes, sort: q.sort };
}

keyFigurePageRoutes.get('/boligorganisationer/:id/noegletal', async (c) => {
  const view = await organisationView(c);
  const { organisation, year } = view.o;
  return page(c, [year === null ? 'Nøgletal' : `Nøgletal ${year}`, organisation.name], <OrganisationKeyFiguresPage view={view} />, {
    crumbs: [home, organisations, { label: organisation.name, href: `/boligorganisationer/${organisation.id}` }, { label: 'Nøgletal' }],
    section: 'organisations',
  });
});

keyFigurePageRoutes.get('/boligorganisationer/:id/noegletal/praesentation', async (c) => presentationPage(c, await organisationView(c)));
