import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEstate, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { countQueries } from '../../../test/query-count.ts';
import { estateFigures } from '../key-figures/tables.ts';

/*
 * /tilsyn's key-figure columns: each organisation's estates by colour in its latest year with
 * figures (not after the overview's year), and the estates red three years in a row; sortable,
 * filterable and in the XLSX export, in a fixed number of queries.
 */

const Y = 2025;
let t: TestContext;
let supervisor: TestClient;
const ids = {} as Record<'roed' | 'groen' | 'uden', number>;

/** The organisation names of an overview table, in the order shown. */
const namesIn = (page: string) =>
  [...page.matchAll(/<td><a href="\/boligorganisationer\/\d+\/styringsdialog\/\d+">([^<]+)<\/a><\/td>/g)].map((m) => m[1]);
/** The row of one organisation as its text. */
const rowOf = (page: string, name: string) =>
  (new RegExp(`<tr[^>]*><td><a[^>]*>${name}</a>.*?</tr>`).exec(page)?.[0] ?? '').replace(/<[^>]+>/g, '');
const html = async (path: string) => {
  const res = await supervisor.get(path);
  expect(res.status).toBe(200);
  return (await res.text()).replace(/\s+/g, ' ');
};

async function figures(estateId: number, byYear: Record<number, Record<string, number>>) {
  for (const [year, values] of Object.entries(byYear))
    await t.deps.db.insert(estateFigures).values({ estateId, year: Number(year), values });
}

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const roed = await makeOrganisation(db, { name: 'Røde Boliger', municipalityCode: '0219' });
  const groen = await makeOrganisation(db, { name: 'Grønne Boliger', municipalityCode: '0219' });
  const uden = await makeOrganisation(db, { name: 'Boliger uden tal', municipalityCode: '0219' });
  Object.assign(ids, { roed: roed.id, groen: groen.id, uden: uden.id });
  const deficit = { aarets_resultat: -1, henlaeggelser: 250 };
  const fine = { aarets_resultat: 10, henlaeggelser: 250 };
  // Red three years in a row (2022–2024); 2026 lies after the overview's year and is not counted.
  await figures((await makeEstate(db, { organisationId: roed.id })).id, { 2022: deficit, 2023: deficit, 2024: deficit, 2026: fine });
  // Red in 2024 only.
  await figures((await makeEstate(db, { organisationId: roed.id })).id, { 2023: fine, 2024: deficit });
  // Yellow: henlæggelser under 200.
  await figures((await makeEstate(db, { organisationId: roed.id })).id, { 2024: { aarets_resultat: 10, henlaeggelser: 150 } });
  await figures((await makeEstate(db, { organisationId: roed.id })).id, { 2024: fine });
  await figures((await makeEstate(db, { organisationId: groen.id })).id, { 2023: fine, 2024: fine });
  const user = await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' });
  supervisor = t.client();
  await supervisor.login(user.email, user.password);
});
afterAll(() => t.close());

describe('the key figures on /tilsyn', () => {
  it('shows each organisation’s estates by colour in words, and the runs of three red years', async () => {
    const page = await html(`/tilsyn?aar=${Y}`);
    expect(page).toContain('Afdelingernes farver');
    expect(rowOf(page, 'Røde Boliger')).toContain('2 røde, 1 gul, 1 grøn (2024)');
    expect(rowOf(page, 'Røde Boliger')).toMatch(/\(2024\)1 afdeling0$/);
    expect(rowOf(page, 'Grønne Boliger')).toMatch(/1 grøn \(2024\)Nej0$/);
    expect(rowOf(page, 'Boliger uden tal')).toContain('Ingen nøgletal');
    // Never the colour alone: each light has its word and icon.
    expect(page).toMatch(/<span class="sd-light sd-light-red"><svg[^>]*aria-hidden="true"[^>]*>.*?<\/svg><span>2 røde<\/span>/);
    expect(page).toContain('href="/kommuner/0219/trafiklys"');
  });

  it('filters on red estates and on three red years, and sorts by the colours', async () => {
    expect(namesIn(await html(`/tilsyn?aar=${Y}&roede=1`))).toEqual(['Røde Boliger']);
    expect(namesIn(await html(`/tilsyn?aar=${Y}&roed3=1`))).toEqual(['Røde Boliger']);
    const filtered = await html(`/tilsyn?aar=${Y}&roede=1`);
    expect(filtered).toContain('Viser 1–1 af 1');
    expect(filtered).toMatch(/id="filter-roede"[^>]*checked/);
    expect(namesIn(await html(`/tilsyn?aar=${Y}&sort=farver&dir=desc`))).toEqual(['Røde Boliger', 'Grønne Boliger', 'Boliger uden tal']);
    expect(namesIn(await html(`/tilsyn?aar=${Y}&sort=farver`))).toEqual(['Boliger uden tal', 'Grønne Boliger', 'Røde Boliger']);
    expect(namesIn(await html(`/tilsyn?aar=${Y}&sort=roed3&dir=desc`))[0]).toBe('Røde Boliger');
    // Up to 2023 the red run has not happened yet.
    expect(namesIn(await html(`/tilsyn?aar=2023&roed3=1`))).toEqual([]);
  });

  it('exports the colours and the runs to the XLSX, filtered like the page', async () => {
    const res = await supervisor.get(`/tilsyn.xlsx?aar=${Y}&roede=1`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(3).values as unknown[]).slice(1) as string[];
    expect(ws.rowCount).toBe(4);
    const cell = (header: string) => ws.getRow(4).getCell(headers.indexOf(header) + 1).value;
    expect(cell('Boligorganisation')).toBe('Røde Boliger');
    expect(
      ['Nøgletal fra år', 'Røde afdelinger', 'Gule afdelinger', 'Grønne afdelinger', 'Afdelinger røde tre år i træk'].map(cell),
    ).toEqual([2024, 2, 1, 1, 1]);
  });

  it('reads the colours in a fixed number of queries, however many organisations and estates', async () => {
    const paths = [`/tilsyn?aar=${Y}`, `/tilsyn?aar=${Y}&roede=1`, `/tilsyn?aar=${Y}&sort=farver`];
    // One at a time: the count listens on the shared connection.
    const counts = async () => {
      const n: number[] = [];
      for (const path of paths) n.push(await countQueries(t.deps.db, async () => (await supervisor.get(path)).text()));
      return n;
    };
    const before = await counts();
    for (let i = 0; i < 5; i++) {
      const org = await makeOrganisation(t.deps.db, { municipalityCode: '0219' });
      for (let e = 0; e < 3; e++)
        await figures((await makeEstate(t.deps.db, { organisationId: org.id })).id, {
          2023: { aarets_resultat: -1 },
          2024: { aarets_resultat: -1 },
        });
    }
    const after = await counts();
    expect(after).toEqual(before);
    expect(Math.max(...before)).toBeLessThanOrEqual(5);
  });
});
