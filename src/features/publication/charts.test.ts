import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { makeEstate, makeOrganisation } from '../../demo/factories.ts';
import { estateFigures } from '../key-figures/tables.ts';
import { meetings } from '../meetings/tables.ts';

/*
 * An estate's public charts (issue 16, point 1) through HTTP as an anonymous visitor: one chart per
 * indicator with a value in the years whose dialogue meeting is held, with its table and CSV, drawn
 * from those years only. The figures of 2022 (no meeting) and 2025 (meeting planned, not held)
 * carry values found nowhere else, and must never appear in the page, the SVG, its text
 * alternative or the CSV.
 */

let t: TestContext;
let anon: TestClient;
const CODE = '0219';
const ids = {} as Record<'org' | 'estate' | 'inactive' | 'otherOrg' | 'unheld' | 'oneYear', number>;
const text = async (res: Response) => (await res.text()).replace(/\s+/g, ' ');

/** Hidden years' values as any surface could write them (Danish numbers, with and without thousands separators). */
const HIDDEN = ['987', '9,9', '4321', '4.321', '7777', '7.777', '111 kr', 'Venteliste', 'Lejetab', 'median', 'Median'];

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Boligselskabet Diagram', municipalityCode: CODE });
  const estate = await makeEstate(db, { organisationId: org.id, number: 7, name: 'Kløvermarken', municipalityCode: CODE });
  const inactive = await makeEstate(db, { organisationId: org.id, number: 8, name: 'Nedlagt', municipalityCode: CODE, active: false });
  const oneYear = await makeEstate(db, { organisationId: org.id, number: 9, name: 'Nybyggeriet', municipalityCode: CODE });
  const meeting = (year: number, held: boolean) => ({
    kind: 'dialogmoede' as const,
    municipalityCode: CODE,
    organisationId: org.id,
    title: `Styringsdialogmøde ${year}`,
    startsAt: new Date(`${year}-10-14T08:00:00Z`),
    heldAt: held ? new Date(`${year}-10-14T10:00:00Z`) : null,
  });
  await db.insert(meetings).values([meeting(2023, true), meeting(2024, true), meeting(2025, false)]);
  await db.insert(estateFigures).values([
    { estateId: estate.id, year: 2022, values: { henlaeggelser: 111, lejetab: 7777 } },
    { estateId: estate.id, year: 2023, values: { henlaeggelser: 123, fraflytning: 4.5, boliger: 40 } },
    { estateId: estate.id, year: 2024, values: { henlaeggelser: 134, fraflytning: 5.2, boliger: 40 } },
    { estateId: estate.id, year: 2025, values: { henlaeggelser: 987, fraflytning: 9.9, venteliste: 4321, boliger: 40 } },
    { estateId: inactive.id, year: 2024, values: { henlaeggelser: 150 } },
    { estateId: oneYear.id, year: 2024, values: { henlaeggelser: 142 } },
  ]);

  // An organisation whose dialogue meeting is planned but never held: its estate has no public year.
  const otherOrg = await makeOrganisation(db, { name: 'Boligselskabet Uholdt', municipalityCode: CODE });
  const unheld = await makeEstate(db, { organisationId: otherOrg.id, number: 1, name: 'Ventevej', municipalityCode: CODE });
  await db.insert(meetings).values({ ...meeting(2024, false), organisationId: otherOrg.id });
  await db.insert(estateFigures).values({ estateId: unheld.id, year: 2024, values: { henlaeggelser: 160 } });
  Object.assign(ids, {
    org: org.id,
    estate: estate.id,
    inactive: inactive.id,
    otherOrg: otherOrg.id,
    unheld: unheld.id,
    oneYear: oneYear.id,
  });
  anon = t.client();
});
afterAll(() => t.close());

const estatePath = (org = ids.org, estate = ids.estate) => `/offentlig/kommuner/${CODE}/boligorganisationer/${org}/afdelinger/${estate}`;
const chartPath = (code: string, format: 'svg' | 'csv', org?: number, estate?: number) =>
  `${estatePath(org, estate)}/noegletal/${code}/udvikling.${format}`;

describe("an estate's public charts", () => {
  it('the page shows a chart per indicator of the held years, with its text alternative, table and CSV link', async () => {
    const html = await text(await anon.get(estatePath()));
    expect(html).toContain('<h2 id="h-trends">Udvikling i nøgletallene</h2>');
    for (const code of ['henlaeggelser', 'fraflytning']) {
      expect(html).toContain(`src="${chartPath(code, 'svg')}"`);
      expect(html).toContain(`href="${chartPath(code, 'csv')}"`);
    }
    // Only indicators with a value in a held year, and only those a colour judges (not the number of homes).
    expect(html).not.toContain('/noegletal/venteliste/');
    expect(html).not.toContain('/noegletal/lejetab/');
    expect(html).not.toContain('/noegletal/boliger/');
    expect(html).toContain(
      'Linjediagram over Henlæggelser pr. m² 2023–2024. Afd. 7 Kløvermarken: fra 123 kr./m²/år i 2023 til 134 kr./m²/år i 2024.',
    );
    expect(html).toContain('<summary>Vis tallene</summary>');
    expect(html).toMatch(/<th scope="row">2023<\/th> ?<td class="sd-number">123<\/td>/);
    expect(html).toMatch(/<th scope="row">2024<\/th> ?<td class="sd-number">5,2<\/td>/);
    expect(html).not.toMatch(/<th scope="row">20(22|25)<\/th>/);
    for (const word of HIDDEN) expect(html, word).not.toContain(word);
  });

  it('the SVG draws the held years only, with its title and text alternative, cacheable by anyone', async () => {
    const res = await anon.get(chartPath('henlaeggelser', 'svg'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const svg = await res.text();
    expect(svg).toMatch(
      /^<svg[^>]* role="img" aria-label="Henlæggelser pr. m² – Afd. 7 Kløvermarken"><title>Henlæggelser pr. m² – Afd. 7 Kløvermarken<\/title><desc>/,
    );
    expect(svg).not.toContain('style=');
    // Every word the picture writes: the legend, the years on the axis and the values on the other.
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(words).toContain('2023');
    expect(words).toContain('2024');
    expect(words).toContain('Afd. 7 Kløvermarken');
    expect(words.filter((w) => /^20\d\d$/.test(w))).toEqual(['2023', '2024']);
    // The value axis spans the held years' values; a hidden 987 would stretch it far above 134.
    const axis = words.filter((w) => /^[\d.]+$/.test(w) && !/^20\d\d$/.test(w)).map((w) => Number(w.replace(/\./g, '')));
    expect(axis.length).toBeGreaterThan(1);
    expect(Math.max(...axis)).toBeLessThan(200);
    const [, desc] = /<desc>([^<]*)<\/desc>/.exec(svg)!;
    expect(desc).toContain('fra 123 kr./m²/år i 2023 til 134 kr./m²/år i 2024');
    for (const word of [...HIDDEN, '2022', '2025']) {
      expect(desc, word).not.toContain(word);
      for (const w of words) expect(w, word).not.toContain(word);
    }
  });

  it('the CSV holds exactly what is drawn: the held years, the estate’s own line', async () => {
    const res = await anon.get(chartPath('fraflytning', 'csv'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="noegletal-afd-7-kloevermarken-fraflytning.csv"');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(csv).toBe('\uFEFFÅr;Afd. 7 Kløvermarken – Fraflytningsprocent (%)\r\n2023;4,5\r\n2024;5,2\r\n');
  });

  it('is not found for an unknown indicator, one without a value in a held year, or one not drawn', async () => {
    for (const code of ['findes_ikke', 'venteliste', 'lejetab', 'boliger', '..%2F..']) {
      for (const format of ['svg', 'csv'] as const) expect((await anon.get(chartPath(code, format))).status, `${code}.${format}`).toBe(404);
    }
  });

  it('is not found for an inactive estate, an estate with no held year, or an unknown estate', async () => {
    for (const format of ['svg', 'csv'] as const) {
      expect((await anon.get(chartPath('henlaeggelser', format, ids.org, ids.inactive))).status).toBe(404);
      expect((await anon.get(chartPath('henlaeggelser', format, ids.otherOrg, ids.unheld))).status).toBe(404);
      expect((await anon.get(chartPath('henlaeggelser', format, ids.org, 999999))).status).toBe(404);
    }
    // The estate with no held year has its page, without charts or figures.
    const html = await text(await anon.get(estatePath(ids.otherOrg, ids.unheld)));
    expect(html).toContain('Der er ingen offentliggjorte nøgletal for afdelingen.');
    expect(html).not.toContain('h-trends');
    expect(html).not.toContain('160');
  });

  it('draws no one-point chart: an estate with one public year has its figures and says when the development comes', async () => {
    const html = await text(await anon.get(estatePath(ids.org, ids.oneYear)));
    expect(html).toContain('142');
    expect(html).not.toContain('h-trends');
    expect(html).toContain('Udviklingen i nøgletallene vises som diagrammer, når der er offentliggjorte tal for mindst to år.');
    for (const format of ['svg', 'csv'] as const)
      expect((await anon.get(chartPath('henlaeggelser', format, ids.org, ids.oneYear))).status).toBe(404);
  });

  it('a chart under the wrong municipality or organisation redirects to its one address', async () => {
    const res = await anon.get(chartPath('henlaeggelser', 'svg').replace(`/kommuner/${CODE}/`, '/kommuner/0101/'));
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(chartPath('henlaeggelser', 'svg'));
    const other = await anon.get(chartPath('henlaeggelser', 'csv', ids.otherOrg, ids.estate));
    expect(other.status).toBe(301);
    expect(other.headers.get('location')).toBe(chartPath('henlaeggelser', 'csv'));
  });
});
