import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { NEVER_PUBLIC, SEED_CODE, seedPublicData } from '../../../test/public-seed.ts';
import { makeUser } from '../../demo/factories.ts';

/*
 * The public site through HTTP as an anonymous visitor: the pages link to each other and show
 * what is public (approved minutes without closed items, agreements and key figures of a held
 * dialogue, letting agreements in force), and never what is not (issue 16, point 5): closed items,
 * bilag, minutes not approved, drafts, comments, the audit history, e-mail addresses and phone
 * numbers, anything of a dialogue whose meeting is not held, unapproved letting agreements.
 */

let t: TestContext;
let anon: TestClient;
let ids: Awaited<ReturnType<typeof seedPublicData>>;
const CODE = SEED_CODE;
const text = async (res: Response) => (await res.text()).replace(/\s+/g, ' ');

/**
 * Words that must never appear on a public page: the shared seed's (closed items, their notes, bilag,
 * drafts, minutes not approved, comments, e-mail addresses, phone numbers, people, what belongs to a
 * dialogue whose meeting is not held, unapproved letting agreements, an audit event's actor), and
 * what only a page could print.
 */
const NEVER = [
  ...NEVER_PUBLIC,
  '77 % af de ledige boliger', // an unapproved letting agreement
  'Historik', // the audit history
];

beforeAll(async () => {
  t = await createTestContext();
  ids = await seedPublicData(t.deps.db);
  anon = t.client();
});
afterAll(() => t.close());

const orgPath = () => `/offentlig/kommuner/${CODE}/boligorganisationer/${ids.org}`;
const estatePath = () => `${orgPath()}/afdelinger/${ids.estate}`;
const minutesPath = () => `/offentlig/referater/${ids.approved}`;
const pages = () => [`/offentlig/kommuner/${CODE}`, orgPath(), estatePath(), minutesPath()];

describe('public site', () => {
  it('the municipality page lists its organisations, fora, approved minutes and letting agreements in force, with meta and Open Graph tags', async () => {
    const res = await anon.get(`/offentlig/kommuner/${CODE}`);
    expect(res.status).toBe(200);
    const html = await text(res);
    expect(html).toContain(`href="${orgPath()}"`);
    expect(html).toContain('Boligforum Åbne Data');
    expect(html).toContain(`href="${minutesPath()}"`);
    expect(html).toContain('Kommunal anvisning');
    expect(html).toContain('25 % af de ledige boliger');
    expect(html).toContain(`href="${estatePath()}"`);
    expect(html).toMatch(/<meta name="description" content="Styringsdialogen i [^"]+"/);
    expect(html).toContain('<meta property="og:type" content="website"');
    expect(html).toContain(`<meta property="og:url" content="http://localhost:`);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+ – Offentlige oplysninger – Styringsdialog"/);
    expect(html).toMatch(/<meta property="og:description" content="/);
  });

  it('the organisation page shows its estates and its held dialogue by year with approved minutes and agreements with status', async () => {
    const html = await text(await anon.get(orgPath()));
    expect(html).toContain(`href="${estatePath()}"`);
    expect(html).toContain('Styringsdialog 2025');
    expect(html).not.toContain('Styringsdialog 2026');
    expect(html).toContain(`href="${minutesPath()}"`);
    expect(html).toContain('Helhedsplan for Engparken søges');
    expect(html).toContain('I gang');
    expect(html).toContain('3 Engparken');
  });

  it('the estate page shows its key figures with colours and the agreements concerning it, of the held year only', async () => {
    const html = await text(await anon.get(estatePath()));
    expect(html).toContain('Afdeling 3 Engparken');
    expect(html).toMatch(/<h3 id="h-figures-2025">2025<\/h3>/);
    expect(html).not.toMatch(/h-figures-2026/);
    expect(html).toContain('150 kr');
    expect(html).toContain('sd-light');
    expect(html).toContain('Helhedsplan for Engparken søges');
    expect(html).toContain(`href="${orgPath()}"`);
  });

  it('the minutes page is the public copy: open items and decisions, closed items and bilag left out; the PDF too', async () => {
    const html = await text(await anon.get(minutesPath()));
    expect(html).toContain('Helhedsplan for Engparken');
    expect(html).toContain('Helhedsplanen sendes til Landsbyggefonden.');
    expect(html).toContain('Dorte Deltager');
    expect(html).toContain('<meta property="og:type" content="article"');
    const pdf = await anon.get(`${minutesPath()}/referat.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('never shows what is not public, on any public page', async () => {
    for (const path of pages()) {
      const res = await anon.get(path);
      expect(res.status, path).toBe(200);
      const html = await text(res);
      for (const word of NEVER) expect(html, `${path}: ${word}`).not.toContain(word);
    }
  });

  it('minutes not approved, or of a meeting not held, are not found; unknown ids too', async () => {
    for (const id of [ids.draft, ids.joint, 999999]) {
      expect((await anon.get(`/offentlig/referater/${id}`)).status, String(id)).toBe(404);
      expect((await anon.get(`/offentlig/referater/${id}/referat.pdf`)).status, String(id)).toBe(404);
    }
    expect((await anon.get('/offentlig/kommuner/9999')).status).toBe(404);
    expect((await anon.get('/offentlig/kommuner/abc')).status).toBe(404);
    expect((await anon.get(`/offentlig/kommuner/${CODE}/boligorganisationer/999999`)).status).toBe(404);
  });

  it('an address under the wrong municipality redirects to the one address', async () => {
    const res = await anon.get(`/offentlig/kommuner/0101/boligorganisationer/${ids.org}/afdelinger/${ids.estate}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(estatePath());
  });

  it('shows a logged-in party the same page as the public', async () => {
    const u = await makeUser(t.deps.db, { role: 'organisation_editor', organisationId: ids.org });
    const party = t.client();
    await party.login(u.email, u.password);
    const html = await text(await party.get(orgPath()));
    expect(html).not.toContain('Hemmeligaftaleord 2026');
    expect(html).toContain('Helhedsplan for Engparken søges');
  });

  it('the municipality and organisation pages of the registry link to the public pages', async () => {
    expect(await text(await anon.get(`/kommuner/${CODE}`))).toContain(`href="/offentlig/kommuner/${CODE}"`);
  });

  it('the sitemap lists the public pages only, as valid sitemap XML; robots.txt points at it', async () => {
    const res = await anon.get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    const locs = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>)?<\/url>/g)].map(
      (m) => new URL(m[1]).pathname,
    );
    // Every <url> is well formed, and there is nothing else between them.
    expect(xml.replace(/<url><loc>[^<]+<\/loc>(<lastmod>[^<]+<\/lastmod>)?<\/url>\n?/g, '')).toMatch(
      /^<\?xml[^>]+>\n<urlset[^>]+>\n<\/urlset>\n$/,
    );
    for (const path of pages()) expect(locs).toContain(path);
    expect(locs).not.toContain(`/offentlig/referater/${ids.draft}`);
    expect(locs).not.toContain(`/offentlig/referater/${ids.joint}`);
    expect(locs.length).toBeLessThanOrEqual(50000);
    for (const path of locs.filter((p) => p.startsWith('/offentlig/')).slice(0, 5)) expect((await anon.get(path)).status, path).toBe(200);
    const robots = await (await anon.get('/robots.txt')).text();
    expect(robots).toContain('User-agent: *');
    expect(robots).toMatch(/^Sitemap: http:\/\/localhost:\d+\/sitemap.xml$/m);
  });
});
