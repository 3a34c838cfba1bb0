import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { NEVER_PUBLIC_DOCUMENTS, PUBLIC_DOCUMENTS, seedPublicData, seedPublicDocuments } from '../../../test/public-seed.ts';
import { agendaItems } from '../meetings/tables.ts';
import { oparlProblems } from '../open-data/oparl/required.ts';

/*
 * The published aftaledokumenter and approved council reports on every public surface (issue 16,
 * points 1, 4, 5): the organisation's and municipality's pages, each version's page and PDF, the
 * search, the OParl API and the sitemap show them; a draft, sent or approved-but-unpublished
 * aftaledokument, a draft council report and the approvers' names never. And the public copy of
 * minutes leaves out a closed item at any depth.
 */

let t: TestContext;
let anon: TestClient;
let ids: Awaited<ReturnType<typeof seedPublicData>>;
let docs: Awaited<ReturnType<typeof seedPublicDocuments>>;
const NEVER = Object.values(NEVER_PUBLIC_DOCUMENTS);
const CLOSED_CHILD = 'Lukketunderpunktord';
const flat = (s: string) => s.replace(/\s+/g, ' ');
const text = async (res: Response) => flat(await res.text());
const pdfText = async (res: Response) =>
  flat((await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), { mergePages: true })).text);
const orgPath = () => `/offentlig/kommuner/${ids.code}/boligorganisationer/${ids.org}`;
const docPath = (id: number) => `${orgPath()}/aftaledokumenter/${id}`;
const reportPath = (year: number) => `/offentlig/kommuner/${ids.code}/redegoerelser/${year}`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's JSON, held to its shape by the assertions
type Json = any;

beforeAll(async () => {
  t = await createTestContext();
  ids = await seedPublicData(t.deps.db);
  docs = await seedPublicDocuments(t.deps.db, ids.org);
  // An open item with a closed sub-item in the approved minutes.
  const [open] = await t.deps.db
    .insert(agendaItems)
    .values({ meetingId: ids.approved, position: 3, title: 'Åbent punkt med underpunkter' })
    .returning();
  await t.deps.db
    .insert(agendaItems)
    .values({ meetingId: ids.approved, parentId: open.id, position: 1, title: `Underpunkt ${CLOSED_CHILD}`, closed: true });
  await t.deps.db.insert(agendaItems).values({ meetingId: ids.approved, parentId: open.id, position: 2, title: 'Åbent underpunkt' });
  anon = t.client();
});
afterAll(() => t.close());

function expectNone(body: string, where: string) {
  for (const word of NEVER) expect(body, `${where}: ${word}`).not.toContain(word);
}

describe('published aftaledokumenter and approved council reports on the public site', () => {
  it("lists the year's published versions, newest first, on the organisation's page; never a draft, sent or unpublished one", async () => {
    const res = await anon.get(orgPath());
    expect(res.status).toBe(200);
    const html = await text(res);
    const v2 = html.indexOf(`href="${docPath(docs.v2)}"`);
    const v1 = html.indexOf(`href="${docPath(docs.v1)}"`);
    expect(v2).toBeGreaterThan(-1);
    expect(v1).toBeGreaterThan(v2);
    expect(html).toContain('Aftaledokument 2025, version 2');
    for (const id of [docs.draft, docs.sent, docs.approved]) expect(html).not.toContain(docPath(id));
    expectNone(html, 'organisation page');
  });

  it('shows each published version at its own address as HTML and PDF, public and cacheable, with meta tags', async () => {
    for (const [id, word] of [
      [docs.v1, PUBLIC_DOCUMENTS.v1],
      [docs.v2, PUBLIC_DOCUMENTS.v2],
    ] as const) {
      const res = await anon.get(docPath(id));
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('public');
      const html = await text(res);
      expect(html).toContain(word);
      expect(html).toContain('<meta name="description"');
      expect(html).toContain('property="og:title"');
      expect(html).toContain(`${docPath(id)}/aftaledokument.pdf`);
      expectNone(html, `document ${id}`);
      const pdf = await anon.get(`${docPath(id)}/aftaledokument.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('cache-control')).toContain('public');
      const printed = await pdfText(pdf);
      expect(printed).toContain(word);
      expectNone(printed, `PDF ${id}`);
    }
    // The older version says a newer one exists and links to it.
    const older = await text(await anon.get(docPath(docs.v1)));
    expect(older).toContain('Der findes en nyere version');
    expect(older).toContain(docPath(docs.v2));
  });

  it('answers 404 for a draft, sent or approved-but-unpublished version, page and PDF; a wrong address redirects', async () => {
    for (const id of [docs.draft, docs.sent, docs.approved, 999999]) {
      expect((await anon.get(docPath(id))).status, String(id)).toBe(404);
      expect((await anon.get(`${docPath(id)}/aftaledokument.pdf`)).status, String(id)).toBe(404);
    }
    const wrong = await anon.get(`/offentlig/kommuner/0101/boligorganisationer/${ids.org}/aftaledokumenter/${docs.v2}`);
    expect(wrong.status).toBe(301);
    expect(wrong.headers.get('location')).toBe(docPath(docs.v2));
  });

  it("lists the approved council report on the municipality's page, with HTML and PDF; a draft is 404", async () => {
    const html = await text(await anon.get(`/offentlig/kommuner/${ids.code}`));
    expect(html).toContain(reportPath(2025));
    expect(html).not.toContain(reportPath(2026));
    expectNone(html, 'municipality page');
    const page = await anon.get(reportPath(2025));
    expect(page.status).toBe(200);
    const body = await text(page);
    expect(body).toContain(PUBLIC_DOCUMENTS.report);
    expect(body).toContain('property="og:description"');
    expectNone(body, 'report page');
    const pdf = await anon.get(`${reportPath(2025)}/redegoerelse.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('cache-control')).toContain('public');
    const printed = await pdfText(pdf);
    expect(printed).toContain(PUBLIC_DOCUMENTS.report);
    expectNone(printed, 'report PDF');
    for (const p of [
      reportPath(2026),
      `${reportPath(2026)}/redegoerelse.pdf`,
      reportPath(1999),
      `/offentlig/kommuner/${ids.code}/redegoerelser/x`,
    ])
      expect((await anon.get(p)).status, p).toBe(404);
  });

  it('finds the published versions and the approved report in the search, never the others', async () => {
    for (const [word, href] of [
      [PUBLIC_DOCUMENTS.v1, docPath(docs.v1)],
      [PUBLIC_DOCUMENTS.v2, docPath(docs.v2)],
      [PUBLIC_DOCUMENTS.report, reportPath(2025)],
    ]) {
      const html = await text(await anon.get(`/offentlig/soeg?q=${word}`));
      expect(html, word).toContain(`href="${href}"`);
    }
    const byKind = await text(await anon.get(`/offentlig/soeg?q=aftalen&type=aftaledokument`));
    expect(byKind).toContain(docPath(docs.v2));
    for (const word of NEVER) {
      const html = await text(await anon.get(`/offentlig/soeg?q=${encodeURIComponent(word)}`));
      expect(html, word).toContain('Ingen resultater');
    }
  });

  it('lists the published versions as OParl Papers with their PDF as File; never the others', async () => {
    const API = `/oparl/v1.1/bodies/${ids.code}`;
    const papers = (await (await anon.get(`${API}/papers?limit=100`)).json()) as Json;
    const documents = papers.data.filter((p: Json) => p.paperType === 'Aftaledokument');
    expect(documents.map((p: Json) => p.name).sort()).toEqual([
      'Aftaledokument 2025 – Boligselskabet Åbne Data, version 1',
      'Aftaledokument 2025 – Boligselskabet Åbne Data, version 2',
    ]);
    for (const p of documents) {
      expect(oparlProblems('Paper', p)).toEqual([]);
      expect(oparlProblems('File', p.mainFile)).toEqual([]);
      const one = (await (await anon.get(new URL(p.id).pathname)).json()) as Json;
      expect(one.id).toBe(p.id);
      const file = (await (await anon.get(new URL(p.mainFile.id).pathname)).json()) as Json;
      expect(oparlProblems('File', file)).toEqual([]);
      const pdf = await anon.get(new URL(file.accessUrl).pathname);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
    }
    const files = (await (await anon.get(`${API}/files?limit=100`)).json()) as Json;
    expect(files.data.filter((f: Json) => f.id.includes('aftaledokument-')).length).toBe(2);
    const all = JSON.stringify([papers, files]);
    expectNone(all, 'OParl');
    for (const id of [docs.draft, docs.sent, docs.approved]) {
      expect((await anon.get(`${API}/papers/aftaledokument-${id}`)).status).toBe(404);
      expect((await anon.get(`${API}/files/aftaledokument-${id}`)).status).toBe(404);
    }
  });

  it('puts the published versions and the approved report in the sitemap, never the others', async () => {
    const xml = await (await anon.get('/sitemap.xml')).text();
    expect(xml).toContain(docPath(docs.v1));
    expect(xml).toContain(docPath(docs.v2));
    expect(xml).toContain(reportPath(2025));
    expect(xml).not.toContain(reportPath(2026));
    for (const id of [docs.draft, docs.sent, docs.approved]) expect(xml).not.toContain(`/aftaledokumenter/${id}<`);
  });
});

describe('the public copy of minutes', () => {
  it('leaves out a closed sub-item of an open item, in HTML and PDF', async () => {
    const html = await text(await anon.get(`/offentlig/referater/${ids.approved}`));
    expect(html).toContain('Åbent underpunkt');
    expect(html).not.toContain(CLOSED_CHILD);
    const printed = await pdfText(await anon.get(`/offentlig/referater/${ids.approved}/referat.pdf`));
    expect(printed).toContain('Åbent underpunkt');
    expect(printed).not.toContain(CLOSED_CHILD);
  });
});
