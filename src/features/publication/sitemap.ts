import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';
import { agreementDocumentHref, councilReportHref, estateHref, minutesHref, municipalityHref, organisationHref } from './links.ts';
import { publicAddresses } from './read.ts';

/* Findable: a sitemap of the public pages only (sitemaps.org 0.9), and robots.txt pointing at it. */

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export const sitemapRoutes = new Hono<AppEnv>();

sitemapRoutes.get('/sitemap.xml', async (c) => {
  const base = c.var.deps.config.PUBLIC_URL;
  const a = await publicAddresses(c.var.deps.db);
  const urls: { path: string; lastmod?: Date }[] = [
    { path: '/' },
    { path: '/kommuner' },
    ...a.municipalityCodes.map((code) => ({ path: municipalityHref(code) })),
    ...a.organisations.map((o) => ({ path: organisationHref(o.municipalityCode, o.id) })),
    ...a.estates.map((e) => ({ path: estateHref(e.municipalityCode, e.organisationId, e.id) })),
    ...a.minutes.map((m) => ({ path: minutesHref(m.id), lastmod: m.updatedAt })),
    ...a.documents.map((d) => ({ path: agreementDocumentHref(d.seatCode, d.organisationId, d.id), lastmod: d.updatedAt })),
    ...a.reports.map((r) => ({ path: councilReportHref(r.municipalityCode, r.year), lastmod: r.updatedAt })),
  ];
  const body = urls
    .map(
      (u) =>
        `<url><loc>${escapeXml(new URL(u.path, base).href)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return c.body(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    200,
    {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  );
});

sitemapRoutes.get('/robots.txt', (c) => {
  const sitemap = new URL('/sitemap.xml', c.var.deps.config.PUBLIC_URL).href;
  // Pages behind the login and addresses with secret tokens are no use to a crawler.
  const text = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /login',
    'Disallow: /nulstil-adgangskode',
    'Disallow: /invitation',
    'Disallow: /kalender',
    'Disallow: /konto',
    'Disallow: /admin',
    '',
    `Sitemap: ${sitemap}`,
    '',
  ].join('\n');
  return c.text(text, 200, { 'Cache-Control': 'public, max-age=3600' });
});
