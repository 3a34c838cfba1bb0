import { Hono, type Context } from 'hono';
import { notFound } from '../../lib/errors.ts';
import { attachment } from '../../lib/file-names.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam } from '../../lib/route-helpers.ts';
import type { PageMeta } from '../../ui/layout.tsx';
import type { Child } from 'hono/jsx';
import { page } from '../../ui/render.tsx';
import { publicAgreementDocumentPdf } from '../agreement-documents/index.ts';
import { publicCouncilReportPdf } from '../council-reports/index.ts';
import { sendTrend, trendFileName } from '../key-figures/index.ts';
import { publicMinutesPdf } from '../meetings/index.ts';
import {
  agreementDocumentHref,
  agreementDocumentPdfHref,
  councilReportHref,
  councilReportPdfHref,
  estateFiguresHref,
  estateHref,
  minutesHref,
  municipalityHref,
  organisationHref,
} from './links.ts';
import {
  publicAgreementDocumentPage,
  publicEstate,
  publicEstateTrend,
  publicMinutes,
  publicMunicipality,
  publicOrganisation,
  publicReport,
} from './read.ts';
import { PublicSearchBox } from './search/search-box.tsx';
import { publicSearchRoutes } from './search/routes.tsx';
import { sitemapRoutes } from './sitemap.ts';
import { feedPath } from './feeds/entries.ts';
import { feedRoutes } from './feeds/routes.ts';
import { subscriptionRoutes } from './subscriptions/routes.tsx';
import { FollowBox } from './subscriptions/views.tsx';
import { EstatePage } from './views/estate-page.tsx';
import { MinutesPage } from './views/minutes-page.tsx';
import { MunicipalityPage } from './views/municipality-page.tsx';
import { OrganisationPage } from './views/organisation-page.tsx';
import { AgreementDocumentPage, WrittenPage } from './views/written-page.tsx';

/**
 * The public site (decision 016): no login, the same page for everyone, only what read.ts
 * defines as public. An address under the wrong municipality or organisation redirects to the
 * estate's or organisation's one address.
 */
export const publicationRoutes = new Hono<AppEnv>();
publicationRoutes.route('/', sitemapRoutes);
publicationRoutes.route('/', publicSearchRoutes);
publicationRoutes.route('/', feedRoutes);
publicationRoutes.route('/', subscriptionRoutes);

/** A public page: the search box on top of its content; with `follow`, its feed and subscription form below. */
const publicPage = (
  c: Context<AppEnv>,
  title: Parameters<typeof page>[1],
  body: Child,
  options: Parameters<typeof page>[3],
  follow?: { path: string; title: string },
) =>
  page(
    c,
    title,
    <>
      <PublicSearchBox />
      {body}
      {follow && <FollowBox pagePath={follow.path} title={follow.title} />}
    </>,
    follow && options?.meta
      ? { ...options, meta: { ...options.meta, feed: { href: feedPath(follow.path), title: `Nyt om ${follow.title} (Atom)` } } }
      : options,
  );

const meta = (c: Context<AppEnv>, path: string, description: string, type?: PageMeta['type']): PageMeta => ({
  description,
  url: new URL(path, c.var.deps.config.PUBLIC_URL).href,
  type,
});
const home = { label: 'Forside', href: '/' };
const municipalities = { label: 'Kommuner', href: '/kommuner' };
/** The crumbs of a page under an organisation's public page (an estate, an aftaledokument). */
const underOrganisation = (m: { code: string; name: string }, o: { id: number; name: string }, title: string) => [
  home,
  municipalities,
  { label: m.name, href: municipalityHref(m.code) },
  { label: o.name, href: organisationHref(m.code, o.id) },
  { label: title },
];
// Public pages are the same for everyone: a shared cache may keep them a little while.
const PUBLIC_CACHE = 'public, max-age=300';
const cacheable = (c: Context<AppEnv>) => c.header('Cache-Control', PUBLIC_CACHE);

publicationRoutes.get('/offentlig/kommuner/:code', async (c) => {
  const p = await publicMunicipality(c.var.deps.db, c.req.param('code'));
  if (!p) throw notFound('Kommunen');
  const m = p.municipality;
  cacheable(c);
  return publicPage(
    c,
    [m.name, 'Offentlige oplysninger'],
    <MunicipalityPage p={p} downloads={c.var.deps.wiring.publicDownloads(m.code)} />,
    {
      crumbs: [home, municipalities, { label: m.shortName }],
      section: 'municipalities',
      meta: meta(
        c,
        municipalityHref(m.code),
        `Styringsdialogen i ${m.name}: boligorganisationer under tilsyn, fora, godkendte referater og udlejningsaftaler i kraft.`,
      ),
    },
    { path: municipalityHref(m.code), title: m.name },
  );
});

publicationRoutes.get('/offentlig/kommuner/:code/boligorganisationer/:id', async (c) => {
  const p = await publicOrganisation(c.var.deps.db, idParam(c));
  if (!p) throw notFound('Boligorganisationen');
  const o = p.organisation;
  const canonical = organisationHref(o.municipalityCode, o.id);
  if (c.req.param('code') !== o.municipalityCode) return c.redirect(canonical, 301);
  cacheable(c);
  return publicPage(
    c,
    [o.name, 'Offentlige oplysninger'],
    <OrganisationPage p={p} />,
    {
      crumbs: [home, municipalities, { label: o.municipalityName, href: municipalityHref(o.municipalityCode) }, { label: o.name }],
      section: 'municipalities',
      meta: meta(
        c,
        canonical,
        `${o.name} (LBF-nr. ${o.lbfNumber}): afdelinger, styringsdialogen år for år med godkendte referater og aftaler, og udlejningsaftaler i kraft.`,
      ),
    },
    { path: canonical, title: o.name },
  );
});

publicationRoutes.get('/offentlig/kommuner/:code/boligorganisationer/:organisationId/afdelinger/:id', async (c) => {
  const p = await publicEstate(c.var.deps.db, idParam(c));
  if (!p) throw notFound('Afdelingen');
  const e = p.estate;
  const canonical = estateHref(e.supervisorCode, e.organisationId, e.id);
  if (c.req.path !== canonical) return c.redirect(canonical, 301);
  cacheable(c);
  const title = `Afdeling ${e.number} ${e.name}`;
  return publicPage(
    c,
    [title, e.organisationName],
    <EstatePage p={p} figuresHref={estateFiguresHref(e.supervisorCode, e.organisationId, e.id)} />,
    {
      crumbs: underOrganisation(
        { code: e.supervisorCode, name: e.municipalityName },
        { id: e.organisationId, name: e.organisationName },
        title,
      ),
      section: 'municipalities',
      meta: meta(c, canonical, `${title} i ${e.organisationName}: nøgletal med farver og aftaler fra styringsdialogen.`),
    },
    { path: canonical, title },
  );
});

/**
 * An estate's public chart of one indicator (SVG) and exactly its numbers (CSV), over the years
 * whose dialogue meeting is held; served from their own address, as the CSP allows no inline styles.
 */
for (const format of ['svg', 'csv'] as const) {
  publicationRoutes.get(
    `/offentlig/kommuner/:code/boligorganisationer/:organisationId/afdelinger/:id/noegletal/:indicator/udvikling.${format}`,
    async (c) => {
      const code = c.req.param('indicator');
      const p = await publicEstateTrend(c.var.deps.db, idParam(c), code);
      if (!p) throw notFound('Nøgletallet');
      const e = p.estate;
      const canonical = `${estateFiguresHref(e.supervisorCode, e.organisationId, e.id)}/${code}/udvikling.${format}`;
      if (c.req.path !== canonical) return c.redirect(canonical, 301);
      return sendTrend(c, p.trend, format, trendFileName({ estate: e }, code), PUBLIC_CACHE);
    },
  );
}

publicationRoutes.get('/offentlig/referater/:id', async (c) => {
  const m = await publicMinutes(c.var.deps.db, idParam(c));
  cacheable(c);
  const crumbs = [home, municipalities, { label: m.municipalityName, href: municipalityHref(m.municipalityCode) }];
  return publicPage(
    c,
    [`Referat: ${m.document.title}`, m.organisationName ?? m.municipalityName],
    <MinutesPage id={m.id} doc={m.document} />,
    {
      crumbs: [...crumbs, { label: 'Referat' }],
      section: 'municipalities',
      meta: meta(
        c,
        minutesHref(m.id),
        `Godkendt referat: ${m.document.title}, ${m.document.municipality}. Offentlig udgave uden lukkede punkter.`,
        'article',
      ),
    },
  );
});

/** A public PDF: the same for everyone, so a shared cache may keep it. */
function publicPdf(c: Context<AppEnv>, bytes: Uint8Array<ArrayBuffer>, title: string) {
  const name = title
    .replace(/[^\p{L}\p{N} ._-]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return c.body(bytes, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': attachment(`${name}.pdf`),
    'Cache-Control': 'public, max-age=300',
  });
}

publicationRoutes.get('/offentlig/referater/:id/referat.pdf', async (c) => {
  const m = await publicMinutes(c.var.deps.db, idParam(c));
  return publicPdf(c, await publicMinutesPdf(m), `Referat ${m.document.title}`);
});

const DOCUMENT_PATH = '/offentlig/kommuner/:code/boligorganisationer/:organisationId/aftaledokumenter/:id';

/** A published version of an aftaledokument; under the wrong municipality or organisation, a redirect to its one address. */
publicationRoutes.get(DOCUMENT_PATH, async (c) => {
  const d = await publicAgreementDocumentPage(c.var.deps.db, idParam(c));
  const canonical = agreementDocumentHref(d.municipalityCode, d.organisationId, d.id);
  if (c.req.path !== canonical) return c.redirect(canonical, 301);
  cacheable(c);
  const title = `Aftaledokument ${d.year}, version ${d.number}`;
  return publicPage(
    c,
    [title, d.organisationName],
    <AgreementDocumentPage d={d} pdfHref={agreementDocumentPdfHref(d.municipalityCode, d.organisationId, d.id)} />,
    {
      crumbs: underOrganisation(
        { code: d.municipalityCode, name: d.municipalityName },
        { id: d.organisationId, name: d.organisationName },
        title,
      ),
      section: 'municipalities',
      meta: meta(
        c,
        canonical,
        `Offentliggjort aftaledokument ${d.year} mellem ${d.document.municipality} og ${d.organisationName}, version ${d.number}: styringsdialogens aftaler og mål.`,
        'article',
      ),
    },
  );
});

publicationRoutes.get(`${DOCUMENT_PATH}/aftaledokument.pdf`, async (c) => {
  const d = await publicAgreementDocumentPage(c.var.deps.db, idParam(c));
  const canonical = agreementDocumentPdfHref(d.municipalityCode, d.organisationId, d.id);
  if (c.req.path !== canonical) return c.redirect(canonical, 301);
  return publicPdf(c, await publicAgreementDocumentPdf(d), `Aftaledokument ${d.year} ${d.organisationName} version ${d.number}`);
});

/** The council report's year from the address; anything else is no report (404). */
function reportYear(c: Context<AppEnv>): number {
  const year = c.req.param('year') ?? '';
  if (!/^\d{4}$/.test(year)) throw notFound('Redegørelsen');
  return Number(year);
}

publicationRoutes.get('/offentlig/kommuner/:code/redegoerelser/:year', async (c) => {
  const r = await publicReport(c.var.deps.db, c.req.param('code'), reportYear(c));
  cacheable(c);
  const title = `Redegørelse ${r.year}`;
  return publicPage(
    c,
    [title, r.municipalityName],
    <WrittenPage
      doc={r.document}
      pdfHref={councilReportPdfHref(r.municipalityCode, r.year)}
      lead="Kommunens redegørelse til kommunalbestyrelsen om styringsdialogen (almenboligloven § 164), som godkendt."
    />,
    {
      crumbs: [home, municipalities, { label: r.municipalityName, href: municipalityHref(r.municipalityCode) }, { label: title }],
      section: 'municipalities',
      meta: meta(
        c,
        councilReportHref(r.municipalityCode, r.year),
        `${r.municipalityName}s redegørelse til kommunalbestyrelsen om styringsdialogen ${r.year} med de almene boligorganisationer.`,
        'article',
      ),
    },
  );
});

publicationRoutes.get('/offentlig/kommuner/:code/redegoerelser/:year/redegoerelse.pdf', async (c) => {
  const r = await publicReport(c.var.deps.db, c.req.param('code'), reportYear(c));
  return publicPdf(c, await publicCouncilReportPdf(r), `Redegørelse ${r.year} ${r.municipalityName}`);
});
