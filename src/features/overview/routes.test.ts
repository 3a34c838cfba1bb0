import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../auth/scope.ts';
import { makeAdministrator, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { uploadFiles } from '../documentation/actions.ts';
import { loadPackage } from '../documentation/package.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { setFrequency } from '../dialogue/frequency.ts';
import { changeStage, dialogueOverview, setMeetingDate } from '../dialogue/index.ts';
import { councilReports } from '../council-reports/tables.ts';
import { yearSummary } from './service.ts';
import { createWiring } from '../../wiring.ts';
import { holdDialogueMeeting, sendPackageWithFiles } from '../../demo/dialogue-facts.ts';
import { countQueries } from '../../../test/query-count.ts';

/*
 * Governance year 2024 lies wholly in the past, so what is overdue does not depend on the day the
 * tests run: a dialogue still "planlagt" has missed every deadline a stage meets.
 */
const Y = 2024;
let t: TestContext;
let supervisor: TestClient;
let naestved: TestClient;
let staff: TestClient;
let pakkenEditor: TestClient;
let admin: TestClient;
const ids: Record<string, number> = {};

const login = async (u: { email: string; password: string }) => {
  const c = t.client();
  await c.login(u.email, u.password);
  return c;
};
const html = async (c: TestClient, path: string) => {
  const res = await c.get(path);
  expect(res.status).toBe(200);
  return res.text();
};
/** The organisation names of an overview table, in the order shown. */
const namesIn = (page: string) =>
  [...page.matchAll(/<td><a href="\/boligorganisationer\/\d+\/styringsdialog\/\d+">([^<]+)<\/a><\/td>/g)].map((m) => m[1]);

async function workbook(c: TestClient, path: string) {
  const res = await c.get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return wb.worksheets[0];
}

/** Tags of an XML document balance (a well-formedness check without an XML parser). */
function balanced(xml: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

beforeAll(async () => {
  t = await createTestContext({ DATA_DIR: await mkdtemp(join(tmpdir(), 'sd-overview-')) });
  const db = t.deps.db;
  const actor = SYSTEM_ACTOR;
  const adm = await makeAdministrator(db, { name: 'Fælles Administration' });
  const bagud = await makeOrganisation(db, {
    name: 'Boligselskabet Bagud',
    municipalityCode: '0219',
    fiscalYearEndMonth: 12,
    administratorId: adm.id,
  });
  const foran = await makeOrganisation(db, { name: 'Andelsbolig Foran', municipalityCode: '0219', fiscalYearEndMonth: 12 });
  const pakken = await makeOrganisation(db, { name: 'Boligforeningen Pakken', municipalityCode: '0219', fiscalYearEndMonth: 12 });
  const hvile = await makeOrganisation(db, { name: 'Hvileårets Boliger', municipalityCode: '0219', fiscalYearEndMonth: 12 });
  const naestvedBo = await makeOrganisation(db, { name: 'Næstved Bo', municipalityCode: '0370', administratorId: adm.id });
  Object.assign(ids, { bagud: bagud.id, foran: foran.id, pakken: pakken.id, hvile: hvile.id, naestvedBo: naestvedBo.id });

  // Foran: the whole dialogue done: the package sent, the meeting held on 12 October, the agreement published.
  const wiring = createWiring();
  await changeStage({ hooks: wiring.hooks, db, actor, organisationId: foran.id, year: Y, version: 0, to: 'indkaldt', reason: null });
  await sendPackageWithFiles({ db, wiring, config: t.deps.config, organisationId: foran.id, year: Y, sentOn: `${Y}-09-20` });
  await holdDialogueMeeting({ db, organisationId: foran.id, municipalityCode: '0219', date: `${Y}-10-12` });
  await changeStage({
    hooks: wiring.hooks,
    db,
    actor,
    organisationId: foran.id,
    year: Y,
    version: 3,
    to: 'offentliggjort',
    reason: 'Aftaledokumentet offentliggjort på kommunens hjemmeside.',
    facts: wiring.dialogueFacts,
  });
  await setMeetingDate({ db, actor, organisationId: foran.id, year: Y, version: 4, date: `${Y}-10-12` });
  // Pakken: convened (the package opens with the guide's four required items), files for two of them.
  await changeStage({
    hooks: createWiring().hooks,
    db,
    actor,
    organisationId: pakken.id,
    year: Y,
    version: 0,
    to: 'indkaldt',
    reason: null,
  });
  // A meeting date agreed, but no meeting held: a plan, not the last meeting.
  await setMeetingDate({ db, actor, organisationId: pakken.id, year: Y, version: 2, date: `${Y}-11-20` });
  const required = (await loadPackage({ db, actor, organisationId: pakken.id, year: Y })).items.filter((i) => i.required);
  expect(required).toHaveLength(4);
  for (const item of required.slice(0, 2)) {
    await uploadFiles({
      db,
      actor,
      organisationId: pakken.id,
      year: Y,
      config: t.deps.config,
      itemId: item.id,
      files: [new File([`konto;beløb\n${item.id};100\n`], `${item.title}.csv`)],
    });
  }
  // The municipality reported on the year's dialogues to its council: its deadline is met for every organisation.
  await db.insert(councilReports).values({ municipalityCode: '0219', governanceYear: Y, status: 'godkendt', approvedOn: `${Y}-12-15` });
  // Hvileåret: a dialogue every other year, counted from 2023: none in 2024.
  await setFrequency({
    db,
    actor,
    organisation: hvile,
    version: 0,
    input: { frequency: 'hvert_andet_aar', fromYear: Y - 1, reason: 'Ingen problemer de seneste år.' },
  });

  supervisor = await login(await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }));
  naestved = await login(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }));
  staff = await login(await makeUser(db, { role: 'administrator_staff', administratorId: adm.id }));
  pakkenEditor = await login(await makeUser(db, { role: 'organisation_editor', organisationId: pakken.id }));
  admin = await login(await makeUser(db, { role: 'admin' }));
});
afterAll(async () => {
  await t.close();
});

describe("the supervisor's overview /tilsyn", () => {
  it("shows each organisation's stage, next deadline (overdue in red and in words), package and last meeting", async () => {
    const page = await html(supervisor, `/tilsyn?aar=${Y}`);
    expect(namesIn(page)).toEqual(['Andelsbolig Foran', 'Boligforeningen Pakken', 'Boligselskabet Bagud', 'Hvileårets Boliger']);
    expect(page).not.toContain('Næstved Bo');
    const row = (name: string) => new RegExp(`${name}</a></td>(.*?)</tr>`).exec(page)![1];
    // Still planned in a past year: the accounts deadline is the first one missed.
    expect(row('Boligselskabet Bagud')).toContain(`<span class="sd-badge sd-badge-red">Overskredet</span> Regnskab indsendt, 31. maj ${Y}`);
    expect(row('Boligselskabet Bagud')).toContain('0 af 0');
    expect(row('Boligforeningen Pakken')).toContain('Indkaldt');
    expect(row('Boligforeningen Pakken')).toContain('2 af 4');
    // "Seneste møde" is the last meeting held: Pakken's agreed date has passed, but no meeting was held.
    expect(row('Boligforeningen Pakken')).not.toContain(`20. november ${Y}`);
    expect(row('Boligforeningen Pakken')).toMatch(/<td>–<\/td><td><span class="sd-muted">Ingen nøgletal<\/span><\/td>/);
    expect(row('Andelsbolig Foran')).toContain('Offentliggjort');
    expect(row('Andelsbolig Foran')).toContain(`12. oktober ${Y}`);
    expect(row('Andelsbolig Foran')).not.toContain('Overskredet');
    expect(row('Hvileårets Boliger')).toContain('Ikke i år');
    expect(page).toContain('påkrævede punkter, som tilsynet har godkendt, eller som har mindst én fil');
    // The year in numbers: three due, one meeting held, two late, one not this year; per stage.
    const card = (n: number, text: string) => `<p class="h2 mt-0 mb-0">${n}</p><p class="mb-0">${text}</p>`;
    expect(page).toContain(card(3, `styringsdialoger i ${Y}`));
    expect(page).toContain(card(1, 'møde afholdt'));
    expect(page).toContain(card(2, 'med overskredne frister'));
    expect(page).toContain(card(1, 'ikke i år (hvert andet år)'));
    expect(page).toContain(`Styringsdialoger i ${Y} fordelt på faser`);
  });

  it('filters by overdue, stage and name, and sorts by the next deadline', async () => {
    expect(namesIn(await html(supervisor, `/tilsyn?aar=${Y}&overskredet=1`))).toEqual(['Boligforeningen Pakken', 'Boligselskabet Bagud']);
    expect(namesIn(await html(supervisor, `/tilsyn?aar=${Y}&fase=offentliggjort`))).toEqual(['Andelsbolig Foran']);
    expect(namesIn(await html(supervisor, `/tilsyn?aar=${Y}&fase=ikke_i_aar`))).toEqual(['Hvileårets Boliger']);
    expect(namesIn(await html(supervisor, `/tilsyn?aar=${Y}&q=PAKK`))).toEqual(['Boligforeningen Pakken']);
    // Bagud's and Pakken's next deadline is the accounts (31 May; by name within the day); the rest have none.
    expect(namesIn(await html(supervisor, `/tilsyn?aar=${Y}&sort=frist`))).toEqual([
      'Boligforeningen Pakken',
      'Boligselskabet Bagud',
      'Andelsbolig Foran',
      'Hvileårets Boliger',
    ]);
    expect(namesIn(await html(supervisor, `/tilsyn?aar=${Y}&sort=navn&dir=desc`))).toEqual([
      'Hvileårets Boliger',
      'Boligselskabet Bagud',
      'Boligforeningen Pakken',
      'Andelsbolig Foran',
    ]);
    // Foran sent all four required items, Pakken two.
    expect(namesIn(await html(supervisor, `/tilsyn?aar=${Y}&sort=pakke&dir=desc`)).slice(0, 2)).toEqual([
      'Andelsbolig Foran',
      'Boligforeningen Pakken',
    ]);
    // A bad value in the address is ignored, not an error.
    expect(namesIn(await html(supervisor, `/tilsyn?aar=${Y}&fase=nonsens&sort=x&page=-3`))).toHaveLength(4);
  });

  it('exports the same filtered rows, in the same order, to an XLSX with a title, Danish headers and real dates', async () => {
    const query = `aar=${Y}&overskredet=1&sort=frist`;
    const shown = namesIn(await html(supervisor, `/tilsyn?${query}`));
    const ws = await workbook(supervisor, `/tilsyn.xlsx?${query}`);
    expect(String(ws.getCell('A1').value)).toMatch(
      new RegExp(`^Styringsdialoger ${Y} – Hillerød Kommune \\(udtrukket \\d{2}-\\d{2}-\\d{4}\\)$`),
    );
    const headers = (ws.getRow(3).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'Boligorganisation',
      'LBF-nr.',
      'Kommune',
      'Administration',
      `Fase ${Y}`,
      'Næste frist',
      'Dato for næste frist',
      'Overskredet',
      'Overskredne frister',
      'Dokumentationspakke',
      'Påkrævede punkter komplette',
      'Påkrævede punkter godkendt',
      'Påkrævede punkter i alt',
      `Mødedato ${Y}`,
      'Seneste møde',
      'Nøgletal fra år',
      'Røde afdelinger',
      'Gule afdelinger',
      'Grønne afdelinger',
      'Afdelinger røde tre år i træk',
      'Åbne aftaler',
    ]);
    expect(ws.rowCount).toBe(3 + shown.length);
    expect([4, 5].map((r) => ws.getCell(`A${r}`).value)).toEqual(shown);
    expect(ws.getCell('G4').value).toEqual(new Date(`${Y}-05-31T00:00:00Z`));
    expect(ws.getCell('H4').value).toBe('Ja');
    expect([ws.getCell('K4').value, ws.getCell('M4').value, ws.getCell('J4').value]).toEqual([2, 4, 'Åben']);
    expect([ws.getCell('K5').value, ws.getCell('M5').value, ws.getCell('J5').value]).toEqual([0, 0, 'Ikke åbnet']);
    const all = await workbook(supervisor, `/tilsyn.xlsx?aar=${Y}`);
    const foran = [4, 5, 6, 7].find((r) => all.getCell(`A${r}`).value === 'Andelsbolig Foran')!;
    expect(all.getCell(`N${foran}`).value).toEqual(new Date(`${Y}-10-12T00:00:00Z`));
  });

  it('keeps each municipality to its own organisations, whatever the address asks for', async () => {
    for (const path of [`/tilsyn?aar=${Y}`, `/tilsyn?aar=${Y}&kommune=0219`]) {
      expect(namesIn(await html(naestved, path))).toEqual(['Næstved Bo']);
    }
    const ws = await workbook(naestved, `/tilsyn.xlsx?aar=${Y}&kommune=0219`);
    expect(ws.rowCount).toBe(4);
    expect(ws.getCell('A4').value).toBe('Næstved Bo');
  });

  it('lets the admin see every municipality or choose one', async () => {
    const everyone = await html(admin, `/tilsyn?aar=${Y}`);
    expect(namesIn(everyone)).toEqual(expect.arrayContaining(['Boligselskabet Bagud', 'Næstved Bo']));
    expect(everyone).toContain('<th scope="col"');
    expect(everyone).toContain('Kommune');
    expect(namesIn(await html(admin, `/tilsyn?aar=${Y}&kommune=0370`))).toEqual(['Næstved Bo']);
    expect((await admin.get(`/tilsyn?aar=${Y}&kommune=9999`)).status).toBe(404);
  });
});

describe("the housing side's overview /mine-dialoger", () => {
  it('shows an administrator its organisations in every municipality, by municipality, with what it owes whom by when', async () => {
    expect((await staff.get('/tilsyn')).status).toBe(302);
    const page = await html(staff, `/mine-dialoger?aar=${Y}`);
    expect(namesIn(page)).toEqual(['Boligselskabet Bagud', 'Næstved Bo']);
    expect(page).toMatch(/<h2>Hillerød Kommune<\/h2>[\s\S]*Boligselskabet Bagud[\s\S]*<h2>Næstved Kommune<\/h2>[\s\S]*Næstved Bo/);
    expect(page).toContain(`Send regnskabet til Hillerød Kommune senest 31. maj ${Y}`);
    expect(page).toContain('<span class="sd-badge sd-badge-red">Overskredet</span> Regnskab indsendt');
    expect(page).not.toContain('Andelsbolig Foran');
  });

  it('shows an organisation only itself, and exports only itself', async () => {
    const page = await html(pakkenEditor, `/mine-dialoger?aar=${Y}`);
    expect(namesIn(page)).toEqual(['Boligforeningen Pakken']);
    expect(page).toContain(`Send regnskabet til Hillerød Kommune senest 31. maj ${Y}`);
    expect(page).toContain('2 af 4');
    const ws = await workbook(pakkenEditor, `/tilsyn.xlsx?aar=${Y}`);
    expect(ws.rowCount).toBe(4);
  });
});

describe('the year view of the årshjul', () => {
  it("serves the municipality's wheel as an SVG image and the same deadlines as a table beside it", async () => {
    const res = await supervisor.get(`/kommuner/0219/aarshjul.svg?aar=${Y}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await res.text();
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(balanced(svg)).toBe(true);
    expect(svg).toContain(`<title>Årshjul ${Y} – Hillerød Kommune</title>`);
    expect(svg).not.toMatch(/style=|<style/);
    const page = await html(supervisor, `/kommuner/0219/aarshjul?aar=${Y}`);
    expect(page).toMatch(
      new RegExp(
        `<img src="/kommuner/0219/aarshjul\\.svg\\?aar=${Y}" alt="Årshjul ${Y} for Hillerød Kommune: tolv måneder med \\d+ frister markeret, heraf \\d+ overskredne\\.`,
      ),
    );
    // Accounts by 31 May: three organisations due, two of them (Bagud, Pakken) late.
    expect(page).toMatch(
      /<th scope="rowgroup" rowspan="2">maj<\/th><td>Fællesmøde med alle boligorganisationer<br\/?><span class="sd-muted">31\. maj<\/span><\/td><td class="sd-number">3<\/td><td><span class="sd-badge">Til orientering<\/span><\/td>/,
    );
    expect(page).toMatch(
      /<td>Regnskab indsendt<br\/?><span class="sd-muted">31\. maj<\/span><\/td><td class="sd-number">3<\/td><td><span class="sd-badge sd-badge-red">Overskredet<\/span> 2 af 3<\/td>/,
    );
  });

  it("serves an organisation's wheel to whoever sees its dialogue, and 404 to others", async () => {
    const own = await pakkenEditor.get(`/boligorganisationer/${ids.pakken}/aarshjul.svg?aar=${Y}`);
    expect(own.status).toBe(200);
    expect(balanced(await own.text())).toBe(true);
    expect((await naestved.get(`/boligorganisationer/${ids.pakken}/aarshjul.svg?aar=${Y}`)).status).toBe(404);
    expect((await naestved.get(`/kommuner/0219/aarshjul.svg?aar=${Y}`)).status).toBe(404);
    expect((await supervisor.get('/kommuner/0219/aarshjul.svg?aar=1999')).status).toBe(404);
    const page = await html(pakkenEditor, `/boligorganisationer/${ids.pakken}/aarshjul?aar=${Y}`);
    expect(page).toContain(`<img src="/boligorganisationer/${ids.pakken}/aarshjul.svg?aar=${Y}"`);
    expect(page).toMatch(
      /<th scope="rowgroup" rowspan="1">september<\/th><td>Indkaldelse til styringsdialogmøde<br\/?><span class="sd-muted">30\. september<\/span><\/td><td><span class="sd-badge sd-badge-green">Overholdt<\/span><\/td>/,
    );
    expect(page).toMatch(
      /<td>Dokumentationspakke indsendt<br\/?><span class="sd-muted">15\. oktober<\/span><\/td><td><span class="sd-badge sd-badge-red">Overskredet<\/span><\/td>/,
    );
  });
});

describe('the front page', () => {
  it("sums up this year's dialogues and links to the overview", async () => {
    const year = Number(danishToday().slice(0, 4));
    const muni = await html(supervisor, '/');
    expect(muni).toContain(`<h2 id="h-home-dialogues">Styringsdialoger ${year}</h2>`);
    expect(muni).toContain(`<a href="/tilsyn?aar=${year}">Se tilsynsoversigten</a>`);
    expect(await html(staff, '/')).toContain(`<a href="/mine-dialoger?aar=${year}">Se hvad I skal levere og hvornår</a>`);
  });
});

describe('cost', () => {
  it('sends the same number of queries for 3 organisations as for 30, and pages the table in 25s', async () => {
    const db = t.deps.db;
    const reader = await login(await makeUser(db, { role: 'municipality_reader', municipalityCode: '0400' }));
    let made = 0;
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const o = await makeOrganisation(db, {
          name: `Bornholms Bolig ${String(++made).padStart(2, '0')}`,
          municipalityCode: '0400',
          fiscalYearEndMonth: [12, 5, 9][i % 3],
        });
        if (i % 2)
          await changeStage({
            hooks: createWiring().hooks,
            db,
            actor: SYSTEM_ACTOR,
            organisationId: o.id,
            year: Y,
            version: 0,
            to: 'indkaldt',
            reason: null,
          });
      }
    };
    const load = async () => {
      const res = await reader.get(`/tilsyn?aar=${Y}&sort=pakke`);
      await res.text();
    };
    await add(3);
    await load();
    const few = await countQueries(db, load);
    await add(27);
    const many = await countQueries(db, load);
    expect(many).toBe(few);
    expect(few).toBeGreaterThanOrEqual(3); // session, organisations with their årshjul settings, details
    expect(few).toBeLessThanOrEqual(8);
    const first = await html(reader, `/tilsyn?aar=${Y}`);
    expect(namesIn(first)).toHaveLength(25);
    expect(first).toContain('Viser 1–25 af 30');
    expect(namesIn(await html(reader, `/tilsyn?aar=${Y}&page=2`))).toEqual([
      'Bornholms Bolig 26',
      'Bornholms Bolig 27',
      'Bornholms Bolig 28',
      'Bornholms Bolig 29',
      'Bornholms Bolig 30',
    ]);
  });

  it('counts a year: due, held, late, not due', async () => {
    const rows = await dialogueOverview({
      db: t.deps.db,
      actor: SYSTEM_ACTOR,
      year: Y,
      today: danishToday(),
      municipalityCode: '0219',
      facts: createWiring().dialogueFacts,
    });
    expect(yearSummary(rows)).toMatchObject({ organisations: 4, due: 3, notDue: 1, held: 1, late: 2 });
  });
});
