import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { SYSTEM_ACTOR } from '../../auth/scope.ts';
import { makeEstate, makeForum, makeMembership, makeOrganisation, makePerson, makeUser } from '../../demo/factories.ts';
import { storedFiles } from '../../lib/file-store/index.ts';
import { lettingAgreementEstates, lettingAgreements } from '../agreements/letting/tables.ts';
import { agreementEstates, agreements } from '../agreements/tables.ts';
import { recordAudit } from '../audit/index.ts';
import { estateFigures } from '../key-figures/tables.ts';
import { agendaItemFiles, agendaItems, decisions, meetingParticipants, meetings, minutesComments } from '../meetings/tables.ts';

/*
 * The public site through HTTP as an anonymous visitor: the pages link to each other and show
 * what is public (approved minutes without closed items, agreements and key figures of a held
 * dialogue, letting agreements in force), and never what is not (issue 16, point 5): closed items,
 * bilag, minutes not approved, drafts, comments, the audit history, e-mail addresses and phone
 * numbers, anything of a dialogue whose meeting is not held, unapproved letting agreements.
 */

let t: TestContext;
let anon: TestClient;
const ids = {} as Record<'org' | 'estate' | 'approved' | 'draft' | 'joint' | 'forum', number>;
const CODE = '0219';
const text = async (res: Response) => (await res.text()).replace(/\s+/g, ' ');

/** Words that must never appear on a public page. */
const NEVER = [
  'Lukket punkt om personalesag', // closed item
  'Fortrolig drøftelse', // its notes
  'bilag-fortroligt.pdf', // a bilag
  'Udkast til dagsorden 2026', // a draft of a dialogue whose meeting is not held
  'Planlagt møde 2026',
  'Fællesmøde i kommentering', // minutes not approved
  'Kommentar til udkastet', // a comment
  'deltager@kommune.dk', // e-mail addresses
  'kontakt@boligselskab.dk',
  'person@boligselskab.dk',
  '12 34 56 78', // a phone number
  'Hemmelig aftale 2026', // an agreement of a dialogue whose meeting is not held
  '999 kr', // key figures of a year whose dialogue meeting is not held
  'Intern note om anvisning', // a letting agreement's internal note
  '77 % af de ledige boliger', // an unapproved letting agreement
  'Historik', // the audit history
  'Ændret af revisor', // an audit event's actor
];

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Boligselskabet Offentlig', municipalityCode: CODE, email: 'kontakt@boligselskab.dk' });
  const estate = await makeEstate(db, { organisationId: org.id, number: 3, name: 'Engparken', municipalityCode: CODE });
  const forum = await makeForum(db, { municipalityCode: CODE, name: 'Boligforum Ballerup' });
  const person = await makePerson(db, { name: 'Pia Person', email: 'person@boligselskab.dk', phone: '12 34 56 78' });
  await makeMembership(db, { personId: person.id, organisationId: org.id, title: 'Formand', role: 'formand' });

  // The 2025 dialogue meeting: held, minutes approved, one open and one closed item.
  const [approved] = await db
    .insert(meetings)
    .values({
      kind: 'dialogmoede',
      municipalityCode: CODE,
      organisationId: org.id,
      title: 'Styringsdialogmøde 2025 med Boligselskabet Offentlig',
      startsAt: new Date('2025-10-14T08:00:00Z'),
      heldAt: new Date('2025-10-14T10:00:00Z'),
      minutesStatus: 'godkendt',
      municipalityApprovedAt: new Date('2025-10-20T10:00:00Z'),
      organisationApprovedAt: new Date('2025-10-21T10:00:00Z'),
    })
    .returning();
  const [open] = await db
    .insert(agendaItems)
    .values({ meetingId: approved.id, position: 1, title: 'Helhedsplan for Engparken', notes: 'Parterne drøftede helhedsplanen.' })
    .returning();
  const [closed] = await db
    .insert(agendaItems)
    .values({ meetingId: approved.id, position: 2, title: 'Lukket punkt om personalesag', notes: 'Fortrolig drøftelse.', closed: true })
    .returning();
  await db.insert(decisions).values({ itemId: open.id, text: 'Helhedsplanen sendes til Landsbyggefonden.' });
  await db
    .insert(meetingParticipants)
    .values({ meetingId: approved.id, name: 'Dorte Deltager', side: 'municipality', email: 'deltager@kommune.dk' });
  await db
    .insert(minutesComments)
    .values({ meetingId: approved.id, minutesVersion: 1, side: 'organisation', authorLabel: 'Org', text: 'Kommentar til udkastet' });
  const sha = 'a'.repeat(64);
  await db.insert(storedFiles).values({ sha256: sha, size: 10, mediaType: 'application/pdf' });
  await db.insert(agendaItemFiles).values([
    { itemId: open.id, sha256: sha, fileName: 'bilag-fortroligt.pdf' },
    { itemId: closed.id, sha256: sha, fileName: 'bilag-fortroligt.pdf' },
  ]);

  // The 2026 dialogue meeting: planned, not held, a draft agenda.
  const [draft] = await db
    .insert(meetings)
    .values({
      kind: 'dialogmoede',
      municipalityCode: CODE,
      organisationId: org.id,
      title: 'Planlagt møde 2026',
      startsAt: new Date('2026-10-14T08:00:00Z'),
    })
    .returning();
  await db.insert(agendaItems).values({ meetingId: draft.id, position: 1, title: 'Udkast til dagsorden 2026' });
  // A joint meeting whose minutes are out for comments, not approved.
  const [joint] = await db
    .insert(meetings)
    .values({
      kind: 'faellesmoede',
      municipalityCode: CODE,
      title: 'Fællesmøde i kommentering',
      startsAt: new Date('2025-11-01T08:00:00Z'),
      heldAt: new Date('2025-11-01T10:00:00Z'),
      minutesStatus: 'til_kommentering',
    })
    .returning();

  const [a2025] = await db
    .insert(agreements)
    .values({
      organisationId: org.id,
      governanceYear: 2025,
      theme: 'vedligeholdelse',
      text: 'Helhedsplan for Engparken søges',
      responsibleSide: 'begge',
      status: 'i_gang',
      responsiblePerson: 'Pia Person',
    })
    .returning();
  const [a2026] = await db
    .insert(agreements)
    .values({ organisationId: org.id, governanceYear: 2026, theme: 'oekonomi', text: 'Hemmelig aftale 2026', responsibleSide: 'kommune' })
    .returning();
  await db.insert(agreementEstates).values([
    { agreementId: a2025.id, estateId: estate.id },
    { agreementId: a2026.id, estateId: estate.id },
  ]);
  await db.insert(estateFigures).values([
    { estateId: estate.id, year: 2025, values: { henlaeggelser: 150 } },
    { estateId: estate.id, year: 2026, values: { henlaeggelser: 999 } },
  ]);

  const [inForce] = await db
    .insert(lettingAgreements)
    .values({
      organisationId: org.id,
      municipalityCode: CODE,
      kind: 'kommunal_anvisning',
      sharePercent: 25,
      validFrom: '2024-01-01',
      validTo: '2099-12-31',
      status: 'godkendt',
      note: 'Intern note om anvisning',
    })
    .returning();
  const [unapproved] = await db
    .insert(lettingAgreements)
    .values({
      organisationId: org.id,
      municipalityCode: CODE,
      kind: 'fleksibel_udlejning',
      sharePercent: 77,
      validFrom: '2024-01-01',
      validTo: '2099-12-31',
      status: 'indsendt',
    })
    .returning();
  await db.insert(lettingAgreementEstates).values([
    { agreementId: inForce.id, estateId: estate.id },
    { agreementId: unapproved.id, estateId: estate.id },
  ]);
  await recordAudit(db, {
    actor: { ...SYSTEM_ACTOR, label: 'Ændret af revisor' },
    entityType: 'organisation',
    entityId: org.id,
    action: 'update',
    summary: 'Navn ændret',
  });
  Object.assign(ids, { org: org.id, estate: estate.id, approved: approved.id, draft: draft.id, joint: joint.id, forum: forum.id });
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
    expect(html).toContain('Boligforum Ballerup');
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
    expect(html).not.toContain('Hemmelig aftale 2026');
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
