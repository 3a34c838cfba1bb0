import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { makeEstate, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import { auditEvents } from '../../audit/tables.ts';
import { estates } from '../tables.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});

const upload = (bytes: Uint8Array | string, name = 'afdelinger.csv') => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes)], name));
  return form;
};

async function editorOf(
  organisationId: number,
  role: 'organisation_editor' | 'organisation_reader' = 'organisation_editor',
): Promise<TestClient> {
  const u = await makeUser(t.deps.db, { role, organisationId });
  const c = t.client();
  await c.login(u.email, u.password);
  return c;
}

const estatesOf = (organisationId: number) =>
  t.deps.db.select().from(estates).where(eq(estates.organisationId, organisationId)).orderBy(estates.number);

describe('estate import over HTTP', () => {
  it('shows the form with the columns and serves the template', async () => {
    const org = await makeOrganisation(t.deps.db);
    const c = await editorOf(org.id);
    const form = await c.get(`/boligorganisationer/${org.id}/afdelinger/import`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('Opførelsesår');
    const template = await c.get(`/boligorganisationer/${org.id}/afdelinger/import/skabelon.csv`);
    expect(template.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await template.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Afdelingsnummer;Navn;');
  });

  it('previews a Windows-1252 file without writing, then creates and updates every estate with history', async () => {
    const org = await makeOrganisation(t.deps.db, { municipalityCode: '0219' });
    const old = await makeEstate(t.deps.db, { organisationId: org.id, number: 1, name: 'Gammelvej', homesFamily: 40 });
    const c = await editorOf(org.id);
    const csv = iconv.encode(
      'Afd.nr.;Navn;Kommunekode;Familieboliger;Ældreboliger;Areal (m²)\r\n1;Gammelvej;219;44;;3.200\r\n2;Kærsangervej;;96;4;7.800,5\r\n3;Åbakken;370;1.024;0;\r\n',
      'win1252',
    );
    const res = await c.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, upload(csv));
    expect(res.status).toBe(303);
    const previewUrl = res.headers.get('location')!;
    expect(previewUrl).toMatch(/\/afdelinger\/import\/\d+$/);
    const preview = await (await c.get(previewUrl)).text();
    expect(preview).toContain('Kærsangervej');
    expect(preview).toContain('Opdateres');
    expect(preview).toContain('CSV, Windows-1252, semikolon');
    expect(preview).toContain('2 nye afdelinger oprettes, 1 opdateres');
    expect((await estatesOf(org.id)).length).toBe(1);

    const done = await c.post(previewUrl);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/boligorganisationer/${org.id}`);
    const rows = await estatesOf(org.id);
    expect(rows.map((e) => [e.number, e.name, e.municipalityCode, e.homesFamily, e.homesElderly, e.areaM2])).toEqual([
      [1, 'Gammelvej', '0219', 44, 0, 3200],
      [2, 'Kærsangervej', '0219', 96, 4, 7801],
      [3, 'Åbakken', '0370', 1024, 0, 0],
    ]);
    const history = await t.deps.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'estate'),
          inArray(
            auditEvents.entityId,
            rows.map((e) => String(e.id)),
          ),
        ),
      );
    expect(history.map((e) => [e.entityId, e.action]).sort()).toEqual(
      [
        [String(old.id), 'update'],
        [String(rows[1].id), 'create'],
        [String(rows[2].id), 'create'],
      ].sort(),
    );
    expect(history.find((e) => e.action === 'update')!.changes).toMatchObject({ homesFamily: { old: 40, new: 44 } });
    const orgPage = await (await c.get(`/boligorganisationer/${org.id}`)).text();
    expect(orgPage).toContain('2 afdelinger oprettet og 1 opdateret fra afdelinger.csv');

    const again = await c.post(previewUrl);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Importen er allerede gennemført eller annulleret.');
    expect((await estatesOf(org.id)).length).toBe(3);
  });

  it('reads an XLSX workbook', async () => {
    const org = await makeOrganisation(t.deps.db);
    const c = await editorOf(org.id);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.addRow(['Nummer', 'Navn', 'Kommune', 'm2', 'Byggeår']);
    ws.addRow([5, 'Søndervang', 'Hillerød', 1234.5, 1968]);
    const res = await c.postMultipart(
      `/boligorganisationer/${org.id}/afdelinger/import`,
      upload(new Uint8Array(await wb.xlsx.writeBuffer()), 'afd.xlsx'),
    );
    expect(res.status).toBe(303);
    expect((await c.post(res.headers.get('location')!)).status).toBe(303);
    expect((await estatesOf(org.id)).map((e) => [e.number, e.name, e.municipalityCode, e.areaM2, e.yearBuilt])).toEqual([
      [5, 'Søndervang', '0219', 1235, 1968],
    ]);
  });

  it('a file with one bad line writes nothing and reports the line', async () => {
    const org = await makeOrganisation(t.deps.db);
    const c = await editorOf(org.id);
    const res = await c.postMultipart(
      `/boligorganisationer/${org.id}/afdelinger/import`,
      upload('\uFEFFNr,Navn,Familieboliger\n1,Aaa,10\n2,Bbb,10\n3,Ccc,-3\n'),
    );
    expect(res.status).toBe(303);
    const report = await c.get(res.headers.get('location')!);
    const html = await report.text();
    expect(html).toContain('<td class="sd-number">4</td><td>Antal familieboliger kan ikke være negativt (-3).</td>');
    expect(html).toContain('Intet er gemt.');
    expect(html).not.toContain('Importér 2');
    const confirm = await c.post(res.headers.get('location')!);
    expect(confirm.status).toBe(400);
    expect(await estatesOf(org.id)).toEqual([]);
  });

  it('writes nothing when an estate changed after the preview', async () => {
    const org = await makeOrganisation(t.deps.db);
    const estate = await makeEstate(t.deps.db, { organisationId: org.id, number: 1 });
    const c = await editorOf(org.id);
    const res = await c.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, upload('Nr;Navn\n1;Nyt navn\n2;Ny afdeling\n'));
    await t.deps.db
      .update(estates)
      .set({ version: estate.version + 1 })
      .where(eq(estates.id, estate.id));
    const confirm = await c.post(res.headers.get('location')!);
    expect(confirm.status).toBe(409);
    expect(await confirm.text()).toContain('Afdeling 1 er ændret, siden forhåndsvisningen blev lavet. Intet er importeret.');
    expect((await estatesOf(org.id)).map((e) => e.name)).toEqual([estate.name]);

    const again = await c.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, upload('Nr;Navn\n2;Ny afdeling\n3;Tredje\n'));
    await makeEstate(t.deps.db, { organisationId: org.id, number: 3 });
    const taken = await c.post(again.headers.get('location')!);
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('Der er oprettet en afdeling med et af filens numre, siden forhåndsvisningen blev lavet.');
    expect((await estatesOf(org.id)).map((e) => e.number)).toEqual([1, 3]);
  });

  it.each([
    ['a binary file', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00]), 'data.csv', 'Filen skal være en CSV- eller XLSX-fil'],
    ['a PDF renamed .csv', new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n'), 'afdelinger.csv', 'Den valgte fil er en PDF-fil.'],
    ['an empty file', new Uint8Array(), 'tom.csv', 'Filen er tom.'],
    [
      'a file without the number column',
      new TextEncoder().encode('Navn;By\nA;B\n'),
      'x.csv',
      'Filen mangler kolonnen Afdelingsnummer. Filens første linje har kolonnerne: Navn, By.',
    ],
  ])('refuses %s on the form with status 400', async (_name, bytes, fileName, message) => {
    const org = await makeOrganisation(t.deps.db);
    const c = await editorOf(org.id);
    const res = await c.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, upload(bytes, fileName));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toContain('id="field-file"');
    expect(await estatesOf(org.id)).toEqual([]);
  });

  it('asks for a file when none is chosen', async () => {
    const org = await makeOrganisation(t.deps.db);
    const c = await editorOf(org.id);
    const res = await c.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, new FormData());
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Vælg en CSV- eller XLSX-fil med afdelinger.');
  });

  it('cancels a preview', async () => {
    const org = await makeOrganisation(t.deps.db);
    const c = await editorOf(org.id);
    const res = await c.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, upload('Nr;Navn\n1;A\n'));
    const url = res.headers.get('location')!;
    expect((await c.post(`${url}/annuller`)).status).toBe(303);
    expect(await (await c.get(url)).text()).toContain('Importen er annulleret');
    expect((await c.post(url)).status).toBe(409);
    expect(await estatesOf(org.id)).toEqual([]);
  });

  it('only editors of the organisation import, and a preview belongs to its maker', async () => {
    const org = await makeOrganisation(t.deps.db);
    const other = await makeOrganisation(t.deps.db);
    const c = await editorOf(org.id);
    const res = await c.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, upload('Nr;Navn\n1;A\n'));
    const url = res.headers.get('location')!;
    const stranger = await editorOf(other.id);
    expect((await stranger.get(`/boligorganisationer/${org.id}/afdelinger/import`)).status).toBe(404);
    expect((await stranger.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, upload('Nr;Navn\n1;A\n'))).status).toBe(404);
    expect((await stranger.get(url)).status).toBe(404);
    expect((await stranger.post(url)).status).toBe(404);
    const colleague = await editorOf(org.id);
    expect((await colleague.get(url)).status).toBe(404);
    expect((await colleague.post(url)).status).toBe(404);
    const reader = await editorOf(org.id, 'organisation_reader');
    expect((await reader.get(`/boligorganisationer/${org.id}/afdelinger/import`)).status).toBe(403);
    expect((await reader.get(url)).status).toBe(403);
    expect(await estatesOf(org.id)).toEqual([]);
  });
});

describe('estate import size limit', () => {
  let small: TestContext;
  beforeAll(async () => {
    small = await createTestContext({ UPLOAD_MAX_MB: 1 });
  });
  afterAll(async () => {
    await small.close();
  });

  it('refuses a file over UPLOAD_MAX_MB with a Danish message, on the form or as a 413 page', async () => {
    const org = await makeOrganisation(small.deps.db);
    const u = await makeUser(small.deps.db, { role: 'organisation_editor', organisationId: org.id });
    const c = small.client();
    await c.login(u.email, u.password);
    const big = (mb: number) => upload(`Nr;Navn\n${'1;A\n'.repeat(Math.ceil((mb * 1024 * 1024) / 4))}`);
    const over = await c.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, big(1.5));
    expect(over.status).toBe(400);
    expect(await over.text()).toContain('Filen er for stor (1,5 MB). Den største tilladte størrelse er 1 MB.');
    const far = await c.postMultipart(`/boligorganisationer/${org.id}/afdelinger/import`, big(3));
    expect(far.status).toBe(413);
    expect(await far.text()).toContain('Den største tilladte størrelse er 1 MB.');
  });
});
