import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../auth/scope.ts';
import { changeStage } from '../dialogue/service.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeAdministrator, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import ExcelJS from 'exceljs';
import { docxWith, pdfWith, zipBomb } from '../../../test/documents.ts';
import { dialogues } from '../dialogue/tables.ts';
import { checklistItems, packageFiles, packageItems } from './tables.ts';
import { auditEvents } from '../audit/tables.ts';
import { storedFiles } from '../../lib/file-store/index.ts';
import { createWiring } from '../../wiring.ts';

let t: TestContext;
let supervisor: TestClient;
let org: TestClient;
let otherOrg: TestClient;
let staff: TestClient;
let otherStaff: TestClient;
let muniReader: TestClient;
let otherMuni: TestClient;
let admin: TestClient;
let orgId: number;
let farOrgId: number;
const base = () => `/boligorganisationer/${orgId}/styringsdialog/2026`;
const pkg = () => `${base()}/dokumentationspakke`;

async function items() {
  const [d] = await t.deps.db.select().from(dialogues).where(eq(dialogues.organisationId, orgId));
  return t.deps.db.select().from(packageItems).where(eq(packageItems.dialogueId, d.id)).orderBy(packageItems.position);
}

function upload(client: TestClient, itemId: number, files: { name: string; bytes: Uint8Array | string }[]) {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes)]), f.name);
  return client.postMultipart(`${pkg()}/punkter/${itemId}/filer`, form);
}

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'sd-files-'));
  t = await createTestContext({ DATA_DIR: dataDir, UPLOAD_MAX_MB: 1 });
  const db = t.deps.db;
  const adm = await makeAdministrator(db);
  const o = await makeOrganisation(db, { name: 'Boligselskabet Ørnereden', municipalityCode: '0219', administratorId: adm.id });
  const other = await makeOrganisation(db, { municipalityCode: '0219' });
  const far = await makeOrganisation(db, {
    name: 'Boligselskabet Fjernt',
    municipalityCode: '0370',
    administratorId: (await makeAdministrator(db)).id,
  });
  orgId = o.id;
  farOrgId = far.id;
  const login = async (u: { email: string; password: string }) => {
    const c = t.client();
    await c.login(u.email, u.password);
    return c;
  };
  supervisor = await login(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }));
  org = await login(await makeUser(db, { role: 'organisation_editor', organisationId: o.id }));
  otherOrg = await login(await makeUser(db, { role: 'organisation_editor', organisationId: other.id }));
  staff = await login(await makeUser(db, { role: 'administrator_staff', administratorId: adm.id }));
  otherStaff = await login(await makeUser(db, { role: 'administrator_staff', administratorId: far.administratorId! }));
  muniReader = await login(await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }));
  otherMuni = await login(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }));
  admin = await login(await makeUser(db, { role: 'admin' }));
});
afterAll(async () => {
  await t.close();
});

describe('the documentation package', () => {
  it("opens with the guide's checklist when the dialogue is convened", async () => {
    expect(await (await org.get(pkg())).text()).toContain('Pakken er ikke åbnet endnu');
    expect((await supervisor.post(`${base()}/fase`, { version: '0', stage: 'indkaldt' })).status).toBe(303);
    const html = await (await org.get(pkg())).text();
    expect(html).toContain('Revisionsprotokollat');
    expect(html).toContain('0 af 4 påkrævede punkter har filer');
    expect((await items()).map((i) => i.title)).toContain('Styringsrapport med bilag');
  });

  it("writes a municipality's guide checklist once when two dialogues are convened at the same time", async () => {
    const db = t.deps.db;
    const [a, b] = await Promise.all([
      makeOrganisation(db, { municipalityCode: '0101' }),
      makeOrganisation(db, { municipalityCode: '0101' }),
    ]);
    await Promise.all(
      [a, b].map((o) =>
        changeStage({
          hooks: createWiring().hooks,
          db,
          actor: SYSTEM_ACTOR,
          organisationId: o.id,
          year: 2026,
          version: 0,
          to: 'indkaldt',
          reason: null,
        }),
      ),
    );
    const guide = await db.select().from(checklistItems).where(eq(checklistItems.municipalityCode, '0101'));
    expect(guide).toHaveLength(10);
    const opened = await db
      .select({ dialogueId: packageItems.dialogueId })
      .from(packageItems)
      .innerJoin(dialogues, eq(dialogues.id, packageItems.dialogueId))
      .where(inArray(dialogues.organisationId, [a.id, b.id]));
    expect(opened).toHaveLength(20);
  });

  it('refuses an empty file, a program renamed .pdf, a file too large and an unknown type, saving nothing', async () => {
    const [first] = await items();
    const empty = await upload(org, first.id, [{ name: 'tom.pdf', bytes: '' }]);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Filen „tom.pdf“ er tom.');
    const exe = await upload(org, first.id, [
      { name: 'rapport.pdf', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]) },
    ]);
    expect(await exe.text()).toContain('Filen „rapport.pdf“ hedder .pdf, men er ikke en PDF-fil.');
    const big = await upload(org, first.id, [{ name: 'stor.csv', bytes: 'a;b\n'.repeat(400_000) }]);
    expect(await big.text()).toMatch(/Filen „stor.csv“ er for stor \(1,5 MB\)\. Den største tilladte størrelse er 1 MB\./);
    const zip = await upload(org, first.id, [
      {
        name: 'arkiv.zip',
        bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      },
    ]);
    expect(await zip.text()).toContain('kan ikke lægges op');
    expect(await t.deps.db.select().from(storedFiles)).toHaveLength(0);
  });

  it('refuses a DOCX that unpacks to more than 200 MB and half an XLSX, saving nothing', async () => {
    const [first] = await items();
    const bomb = await upload(org, first.id, [{ name: 'Årsberetning.docx', bytes: await zipBomb(await docxWith('Årsberetning'), 210) }]);
    expect(bomb.status).toBe(400);
    expect(await bomb.text()).toContain('Filen „Årsberetning.docx“ pakker ud til mere end 200 MB (210 MB).');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Regnskab').addRow(['Henlæggelser', 748000]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const half = await upload(org, first.id, [{ name: 'Regnskab.xlsx', bytes: xlsx.subarray(0, xlsx.byteLength / 2) }]);
    expect(half.status).toBe(400);
    expect(await half.text()).toContain('Filen „Regnskab.xlsx“ er beskadiget eller ufuldstændig og kan ikke åbnes som Excel (XLSX).');
    expect(await t.deps.db.select().from(storedFiles)).toHaveLength(0);
  }, 30_000);

  it('stores PDF and DOCX, extracts their text for search, and notices the same file twice', async () => {
    const [rapport, regnskab] = await items();
    const pdf = await pdfWith('Tilsynet bemærker et overskud på 748.000 kr. i boligafdelingen.');
    expect((await upload(org, rapport.id, [{ name: 'Styringsrapport 2025.pdf', bytes: pdf }])).status).toBe(303);
    expect(
      (
        await upload(staff, regnskab.id, [
          { name: 'Regnskab.docx', bytes: await docxWith('Årsregnskab\nHenlæggelser til vedligeholdelse') },
        ])
      ).status,
    ).toBe(303);
    const again = await upload(org, rapport.id, [{ name: 'kopi.pdf', bytes: pdf }]);
    expect(again.status).toBe(400);
    expect(await again.text()).toMatch(/Filen „kopi.pdf“ er allerede lagt op på dette punkt \(Styringsrapport 2025.pdf, /);
    const hits = await t.deps.db
      .select({ name: packageFiles.fileName })
      .from(packageFiles)
      .where(sql`${packageFiles.search} @@ websearch_to_tsquery('danish', 'overskud boligafdelinger')`);
    expect(hits.map((h) => h.name)).toEqual(['Styringsrapport 2025.pdf']);
    const docxHits = await t.deps.db
      .select({ name: packageFiles.fileName })
      .from(packageFiles)
      .where(sql`${packageFiles.search} @@ websearch_to_tsquery('danish', 'henlæggelse')`);
    expect(docxHits.map((h) => h.name)).toEqual(['Regnskab.docx']);
    const download = await supervisor.get(`${pkg()}/filer/${(await t.deps.db.select().from(packageFiles))[0].id}`);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('removes a file only through its confirmation step, and puts it back on "Fortryd", both in the history', async () => {
    const [rapport] = await items();
    expect((await upload(org, rapport.id, [{ name: 'Udkast.csv', bytes: 'udkast;1\n' }])).status).toBe(303);
    const [file] = await t.deps.db.select().from(packageFiles).where(eq(packageFiles.fileName, 'Udkast.csv'));
    const remove = `${pkg()}/filer/${file.id}/fjern`;
    const page = await (await org.get(pkg())).text();
    expect(page).toContain(`href="${remove}"`);
    expect(page).not.toContain(`action="${remove}"`);
    const confirm = await org.get(remove);
    expect(confirm.status).toBe(200);
    const step = await confirm.text();
    expect(step).toContain('Er du sikker på, at du vil fjerne Udkast.csv fra Styringsrapport med bilag?');
    expect(step).toMatch(new RegExp(`<form id="confirm" method="post" action="${remove}"><input type="hidden" name="_csrf"`));
    expect(step).toContain(`href="${pkg()}#punkt-${rapport.id}">Annullér</a>`);
    // A post that did not come through the step is sent to it, and nothing is removed.
    const unconfirmed = await org.post(remove, {});
    expect(unconfirmed.status).toBe(303);
    expect(unconfirmed.headers.get('location')).toBe(remove);
    expect((await supervisor.get(remove)).status).toBe(403);
    expect((await supervisor.post(remove, { bekraeft: 'ja' })).status).toBe(403);
    const removed = await org.post(remove, { bekraeft: 'ja' });
    expect(removed.headers.get('location')).toBe(`${pkg()}?fjernet=${file.id}#punkt-${rapport.id}`);
    const undo = await (await org.get(`${pkg()}?fjernet=${file.id}`)).text();
    expect(undo).toContain('Udkast.csv er fjernet');
    expect(undo).not.toContain(`href="${pkg()}/filer/${file.id}"`);
    expect((await org.post(`${pkg()}/filer/${file.id}/genindsaet`)).status).toBe(303);
    const back = await (await org.get(pkg())).text();
    expect(back).toContain(`href="${pkg()}/filer/${file.id}"`);
    expect(back).toMatch(/Fil lagt tilbage – Udkast\.csv[\s\S]*?Fil fjernet – Udkast\.csv/);
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'package_file'), eq(auditEvents.entityId, String(file.id))));
    expect(events.map((e) => e.action)).toEqual(['create', 'delete', 'activate']);
    // Gone for good, so the package is as the next steps expect.
    expect((await org.post(remove, { bekraeft: 'ja' })).status).toBe(303);
  });

  it("finds uploaded text through the municipality's search and the package's own, within scope", async () => {
    // A package in another municipality with the same words: the admin uploads for it.
    const far = `/boligorganisationer/${farOrgId}/styringsdialog/2026`;
    expect((await admin.post(`${far}/fase`, { version: '0', stage: 'indkaldt' })).status).toBe(303);
    const farItem = (await (await admin.get(`${far}/dokumentationspakke`)).text()).match(/punkter\/(\d+)\/filer/)![1];
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(await pdfWith('Et overskud i boligafdelingen i Næstved.'))]), 'Fjern rapport.pdf');
    expect((await admin.postMultipart(`${far}/dokumentationspakke/punkter/${farItem}/filer`, form)).status).toBe(303);

    for (const client of [supervisor, muniReader, admin]) {
      const res = await client.get('/kommuner/0219/dokumentsoegning?q=overskud+boligafdelinger');
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('Styringsrapport 2025.pdf');
      expect(html).toContain('Boligselskabet Ørnereden');
      expect(html).toContain('<mark>overskud</mark>');
      expect(html).not.toContain('Fjern rapport.pdf');
    }
    expect(await (await admin.get('/kommuner/0370/dokumentsoegning?q=overskud')).text()).toContain('Fjern rapport.pdf');
    expect(await (await supervisor.get('/kommuner/0219/dokumentsoegning?q=%22henlæggelser+til+vedligeholdelse%22')).text()).toContain(
      'Regnskab.docx',
    );
    expect(await (await supervisor.get('/kommuner/0219/dokumentsoegning?q=pelikan')).text()).toContain('Ingen filer matcher søgningen.');
    for (const client of [org, staff, otherMuni]) expect((await client.get('/kommuner/0219/dokumentsoegning?q=overskud')).status).toBe(404);

    const own = await (await org.get(`${pkg()}?q=overskud`)).text();
    expect(own).toContain('1 fil matcher');
    expect(own).toContain('<mark>overskud</mark>');
    expect(own).not.toContain('Fjern rapport.pdf');
    expect((await otherOrg.get(`${pkg()}?q=overskud`)).status).toBe(404);
  });

  it('refuses to send with required items missing, listing them', async () => {
    const res = await org.post(`${pkg()}/send`, { version: '1' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Der mangler filer til: Årsberetning, Revisionsprotokollat.');
  });

  it('sends, is returned with a note, completed and accepted; the dialogue moves to "pakke modtaget"', async () => {
    const all = await items();
    for (const item of all.filter((i) => i.required).slice(2)) {
      expect((await upload(org, item.id, [{ name: `${item.title}.csv`, bytes: `punkt;${item.title}\n` }])).status).toBe(303);
    }
    expect((await org.post(`${pkg()}/send`, { version: '1' })).status).toBe(303);
    const [d] = await t.deps.db.select().from(dialogues).where(eq(dialogues.organisationId, orgId));
    expect(d.stage).toBe('pakke_modtaget');
    expect((await upload(org, all[0].id, [{ name: 'sen.csv', bytes: 'x;y\n' }])).status).toBe(400);

    const required = all.filter((i) => i.required);
    for (const item of required.slice(1)) {
      expect((await supervisor.post(`${pkg()}/punkter/${item.id}/vurdering`, { version: '1', review: 'godkendt', note: '' })).status).toBe(
        303,
      );
    }
    const noNote = await supervisor.post(`${pkg()}/punkter/${required[0].id}/vurdering`, { version: '1', review: 'mangler', note: '' });
    expect(await noNote.text()).toContain('Skriv, hvad der mangler');
    expect(
      (await supervisor.post(`${pkg()}/punkter/${required[0].id}/vurdering`, { version: '1', review: 'mangler', note: 'Bilag 3 mangler.' }))
        .status,
    ).toBe(303);
    const stale = await supervisor.post(`${pkg()}/punkter/${required[0].id}/vurdering`, { version: '1', review: 'godkendt', note: '' });
    expect(stale.status).toBe(409);
    const early = await supervisor.post(`${pkg()}/accepter`, { version: '2' });
    expect(await early.text()).toContain('Godkend først de påkrævede punkter: Styringsrapport med bilag.');
    expect((await supervisor.post(`${pkg()}/returner`, { version: '2' })).status).toBe(303);

    const returned = await (await org.get(pkg())).text();
    expect(returned).toContain('Kommunen har sendt pakken retur');
    expect(returned).toContain('Bilag 3 mangler.');
    expect((await upload(org, required[0].id, [{ name: 'Bilag 3.csv', bytes: 'bilag;3\n' }])).status).toBe(303);
    expect((await org.post(`${pkg()}/send`, { version: '3' })).status).toBe(303);
    expect(
      (await supervisor.post(`${pkg()}/punkter/${required[0].id}/vurdering`, { version: '2', review: 'godkendt', note: '' })).status,
    ).toBe(303);
    expect((await supervisor.post(`${pkg()}/accepter`, { version: '4' })).status).toBe(303);
    const final = await (await staff.get(pkg())).text();
    expect(final).toContain('Godkendt af kommunen');
    // Each item's history: uploads, the package's steps, the reviews.
    expect(final).toMatch(
      /Historik for Styringsrapport med bilag[\s\S]*?Pakken godkendt af kommunen[\s\S]*?Vurdering: Godkendt[\s\S]*?Pakken sendt til kommunen[\s\S]*?Fil lagt op – Bilag 3.csv[\s\S]*?Pakken sendt retur[\s\S]*?Vurdering: Mangler – Bilag 3 mangler\./,
    );
  });

  it("lets the supervisor keep the municipality's checklist and add an item for one organisation", async () => {
    const list = await (await supervisor.get('/kommuner/0219/dokumentationspakke')).text();
    expect(list).toContain('Revisionsprotokollat');
    const bad = await supervisor.post('/kommuner/0219/dokumentationspakke', { title: '', required: 'on' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Udfyld punktets titel.');
    expect(
      (
        await supervisor.post('/kommuner/0219/dokumentationspakke', {
          title: 'Energimærker',
          description: 'For alle afdelinger',
          required: '',
        })
      ).status,
    ).toBe(303);
    expect(await (await supervisor.get('/kommuner/0219/dokumentationspakke')).text()).toMatch(/Energimærker[\s\S]*?Valgfrit/);
    expect((await supervisor.post(`${pkg()}/punkter`, { title: 'Analyse af udlejningen i Ørneparken', required: 'on' })).status).toBe(303);
    // This year's package is already accepted, so the item waits for the next one.
    expect((await items()).map((i) => i.title)).not.toContain('Analyse af udlejningen i Ørneparken');
    const own = await t.deps.db.select().from(checklistItems).where(eq(checklistItems.organisationId, orgId));
    expect(own.map((i) => [i.title, i.required])).toEqual([['Analyse af udlejningen i Ørneparken', true]]);
    const page = await (await supervisor.get('/kommuner/0219/dokumentationspakke')).text();
    expect(page).toMatch(
      /Punkter for enkelte boligorganisationer[\s\S]*Boligselskabet Ørnereden[\s\S]*Analyse af udlejningen i Ørneparken/,
    );

    // Edit an item's text: a new version, with the old one in its history; a stale form is refused.
    const [energi] = await t.deps.db.select().from(checklistItems).where(eq(checklistItems.title, 'Energimærker'));
    const edit = `/kommuner/0219/dokumentationspakke/${energi.id}`;
    expect(await (await supervisor.get(`${edit}/rediger`)).text()).toContain('value="Energimærker"');
    expect((await muniReader.get(`${edit}/rediger`)).status).toBe(403);
    expect((await otherMuni.get(`${edit}/rediger`)).status).toBe(404);
    expect((await supervisor.get('/kommuner/0219/dokumentationspakke/999999/rediger')).status).toBe(404);
    const blank = await supervisor.post(edit, { version: '1', title: ' ', description: '', required: 'on' });
    expect(blank.status).toBe(400);
    expect(await blank.text()).toContain('Udfyld punktets titel.');
    expect(
      (await supervisor.post(edit, { version: '1', title: 'Energimærker og energiforbrug', description: 'Pr. afdeling', required: 'on' }))
        .status,
    ).toBe(303);
    const stale = await supervisor.post(edit, { version: '1', title: 'Energimærker', description: '', required: '' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Tjeklisten er blevet ændret af en anden');
    const [edited] = await t.deps.db.select().from(checklistItems).where(eq(checklistItems.id, energi.id));
    expect(edited).toMatchObject({ title: 'Energimærker og energiforbrug', description: 'Pr. afdeling', required: true, version: 2 });
    const versions = await (await supervisor.get(`${edit}/rediger`)).text();
    expect(versions).toContain('Nu version 2');
    expect(versions).toMatch(/Titel: <del>Energimærker<\/del> → <ins>Energimærker og energiforbrug<\/ins>/);

    expect((await org.post(`${pkg()}/punkter`, { title: 'Snyd', required: 'on' })).status).toBe(403);
    expect((await org.post('/kommuner/0219/dokumentationspakke', { title: 'Snyd' })).status).toBe(404);
  });

  it('is invisible to another organisation and another administrator: page, upload and download', async () => {
    const [first] = await items();
    const [file] = await t.deps.db.select().from(packageFiles).where(eq(packageFiles.packageItemId, first.id));
    for (const client of [otherOrg, otherStaff, otherMuni]) {
      expect((await client.get(pkg())).status).toBe(404);
      expect((await upload(client, first.id, [{ name: 'x.csv', bytes: 'a;b\n' }])).status).toBe(404);
      expect((await client.get(`${pkg()}/filer/${file.id}`)).status).toBe(404);
      expect((await client.post(`${pkg()}/filer/${file.id}/fjern`, {})).status).toBe(404);
    }
    // Its own administrator's staff, readers and the supervisor see it and download.
    for (const client of [staff, muniReader, supervisor]) expect((await client.get(`${pkg()}/filer/${file.id}`)).status).toBe(200);
    // Ids that do not exist are 404 to those who may act.
    expect((await upload(org, 999999, [{ name: 'x.csv', bytes: 'a;b\n' }])).status).toBe(404);
    expect((await org.get(`${pkg()}/filer/999999`)).status).toBe(404);
    expect((await supervisor.post(`${pkg()}/punkter/999999/vurdering`, { version: '1', review: 'godkendt' })).status).toBe(404);
  });
});
