import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEstate, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { countQueries } from '../../../../test/query-count.ts';
import { refreshRanks } from '../benchmark/ranks.ts';
import { estateFigures, organisationFigures } from '../tables.ts';

/*
 * The estate's and the organisation's key figures through HTTP: who sees them, what they show
 * (colour in words, the benchmark, the charts and their numbers), the empty states, and a
 * number of queries that does not grow with the indicators or the estates.
 */

let t: TestContext;
const as = {} as Record<'anon' | 'supervisor' | 'reader' | 'organisation' | 'otherMunicipality' | 'otherOrganisation', TestClient>;
let orgId: number;
let red: number;
let green: number;
let empty: number;
let emptyOrg: number;

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Hillerød Bolig', municipalityCode: '0219' });
  const other = await makeOrganisation(db, { municipalityCode: '0370' });
  emptyOrg = (await makeOrganisation(db, { name: 'Tom Bolig', municipalityCode: '0219' })).id;
  orgId = org.id;
  const ids: number[] = [];
  for (let i = 1; i <= 6; i++)
    ids.push((await makeEstate(db, { organisationId: org.id, number: i, name: `Engen ${i}`, homesFamily: 100, yearBuilt: 1970 })).id);
  [red, green] = [ids[0]!, ids[5]!];
  empty = (await makeEstate(db, { organisationId: org.id, number: 40, name: 'Nybyggeriet' })).id;
  await makeEstate(db, { organisationId: other.id, municipalityCode: '0370' });
  await db.insert(estateFigures).values(
    [2023, 2024, 2025].flatMap((year) =>
      ids.map((estateId, i) => ({
        estateId,
        year,
        values: {
          henlaeggelser: 100 + i * 50 + (year - 2023) * 5,
          aarets_resultat: i === 0 ? -50_000 : 20_000,
          effektivitetstal: 80 + i * 4,
        },
      })),
    ),
  );
  await db.insert(organisationFigures).values([
    { organisationId: org.id, year: 2024, values: { dispositionsfond_bolig: 11_500, arbejdskapital_bolig: 2_100 } },
    { organisationId: org.id, year: 2025, values: { dispositionsfond_bolig: 12_250, arbejdskapital_bolig: 2_300 } },
  ]);
  await refreshRanks(db, [2023, 2024, 2025]);
  const users = {
    supervisor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    reader: await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }),
    organisation: await makeUser(db, { role: 'organisation_editor', organisationId: org.id }),
    otherMunicipality: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }),
    otherOrganisation: await makeUser(db, { role: 'organisation_editor', organisationId: other.id }),
  };
  as.anon = t.client();
  for (const [who, user] of Object.entries(users)) {
    as[who as keyof typeof users] = t.client();
    await as[who as keyof typeof users].login(user.email, user.password);
  }
});
afterAll(() => t.close());

const text = async (client: TestClient, path: string, status = 200) => {
  const res = await client.get(path);
  expect(res.status, path).toBe(status);
  return res.text();
};

describe('the estate’s key figures', () => {
  it('shows the latest year: colour in words, three red years, the benchmark with its twins, charts with their numbers', async () => {
    const html = await text(as.supervisor, `/afdelinger/${red}/noegletal`);
    expect(html).toContain('<title>Nøgletal 2025 – Engen 1 – Styringsdialog</title>');
    expect(html).toMatch(/Samlet farve 2025<\/dt>\s*<dd><span class="sd-light-large"><span class="sd-light sd-light-red">.*?Rød<\/span>/s);
    expect(html).toContain('Rød tre år i træk');
    expect(html).toContain('familieboliger, 50–149 boliger, Region Hovedstaden, opført 1960–1979');
    expect(html).toContain('6 tvillinger');
    expect(html).toContain('Median i Hillerød Kommune');
    expect(html).toContain(`src="/afdelinger/${red}/noegletal/henlaeggelser/udvikling.svg"`);
    expect(html).toContain(`href="/afdelinger/${red}/noegletal/henlaeggelser/udvikling.csv"`);
    expect(html).toContain('<summary>Vis tallene</summary>');
    expect(html).toMatch(/alt="Linjediagram over Henlæggelser pr\. m² 2023–2025\. Afd\. 1 Engen 1: fra 100 kr\.\/m²\/år i 2023 til 110/);
  });

  it('switches year, and says so when a year has no figures', async () => {
    const html = await text(as.organisation, `/afdelinger/${green}/noegletal?aar=2023`);
    expect(html).toContain('Sammenligning 2023');
    expect(html).not.toContain('Rød tre år i træk');
    expect(await text(as.organisation, `/afdelinger/${green}/noegletal?aar=2019`)).toContain(
      'Der er ikke indlæst nøgletal for Engen 6 (afd. 6) i 2019',
    );
    await text(as.organisation, `/afdelinger/${green}/noegletal?aar=tyve`, 404);
  });

  it('has an empty state with the way to the import for those who may import', async () => {
    const editor = await text(as.supervisor, `/afdelinger/${empty}/noegletal`);
    expect(editor).toContain('Der er ikke indlæst nøgletal for Nybyggeriet (afd. 40)');
    expect(editor).toContain('href="/noegletal/import"');
    expect(await text(as.reader, `/afdelinger/${empty}/noegletal`)).not.toContain('href="/noegletal/import"');
  });

  it('serves each chart as SVG and its numbers as CSV', async () => {
    const svg = await as.supervisor.get(`/afdelinger/${red}/noegletal/henlaeggelser/udvikling.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const body = await svg.text();
    expect(body).toContain('<title>Henlæggelser pr. m² – Afd. 1 Engen 1</title>');
    expect(body).not.toMatch(/style="/);
    const csv = await as.supervisor.get(`/afdelinger/${red}/noegletal/henlaeggelser/udvikling.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="noegletal-afd-1-engen-1-henlaeggelser.csv"');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).split('\r\n')[1]).toBe('2023;100;225;225');
    await text(as.supervisor, `/afdelinger/${red}/noegletal/findes_ikke/udvikling.svg`, 404);
  });

  it('is for the estate’s parties only: anonymous to the login, another municipality or organisation 404', async () => {
    const anon = await as.anon.get(`/afdelinger/${red}/noegletal`);
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toMatch(/^\/login/);
    for (const who of ['otherMunicipality', 'otherOrganisation'] as const) {
      expect(await text(as[who], `/afdelinger/${red}/noegletal`, 404)).toContain('Afdelingen findes ikke, eller du har ikke adgang.');
      await text(as[who], `/afdelinger/${red}/noegletal/henlaeggelser/udvikling.csv`, 404);
      await text(as[who], `/boligorganisationer/${orgId}/noegletal`, 404);
      await text(as[who], `/boligorganisationer/${orgId}/noegletal/praesentation`, 404);
    }
  });

  it('reaches the registry’s estate page (latest colour and link) and the organisation and dialogue pages (link)', async () => {
    const estate = await text(as.supervisor, `/afdelinger/${red}`);
    expect(estate).toMatch(/Samlet farve 2025: <span class="sd-light sd-light-red/);
    expect(estate).toContain(`href="/afdelinger/${red}/noegletal"`);
    expect(await text(as.supervisor, `/afdelinger/${empty}`)).toContain('Der er ikke indlæst nøgletal for afdelingen endnu.');
    expect(await text(as.supervisor, `/boligorganisationer/${orgId}`)).toContain(`href="/boligorganisationer/${orgId}/noegletal"`);
    expect(await text(as.organisation, `/boligorganisationer/${orgId}/styringsdialog/2026`)).toContain(
      `href="/boligorganisationer/${orgId}/noegletal"`,
    );
  });

  it('sends the same number of queries whatever the number of indicators', async () => {
    const count = (id: number) => countQueries(t.deps.db, () => as.supervisor.get(`/afdelinger/${id}/noegletal`).then((r) => r.text()));
    const many = await count(red);
    const fewEstate = await makeEstate(t.deps.db, { organisationId: orgId, number: 41 });
    await t.deps.db.insert(estateFigures).values({ estateId: fewEstate.id, year: 2025, values: { henlaeggelser: 120 } });
    expect(await count(fewEstate.id)).toBe(many);
    expect(many).toBeLessThanOrEqual(6);
  });
});

describe('the organisation’s key figures', () => {
  const page = `/boligorganisationer/#/noegletal`;
  const path = (query = '') => page.replace('#', String(orgId)) + query;

  it('shows every estate with its overall colour and the usual indicators, and the organisation’s own figures with their trend', async () => {
    const html = await text(as.organisation, path());
    expect(html).toContain('<title>Nøgletal 2025 – Hillerød Bolig – Styringsdialog</title>');
    expect(html).toContain('Afdelingernes nøgletal 2025 for Hillerød Bolig, sorteret efter afdelingsnummer');
    expect(html).toContain('Nybyggeriet');
    expect(html).toContain('Effektivitetstal');
    expect(html).toMatch(/name="vis" value="henlaeggelser" checked/);
    expect(html).not.toMatch(/name="vis" value="husleje" checked/);
    expect(html).toContain('Boligorganisationens egne nøgletal år for år');
    expect(html).toContain('12.250');
    expect(html).toContain(`src="/boligorganisationer/${orgId}/noegletal/dispositionsfond_bolig/udvikling.svg"`);
    expect(html).toContain(`href="/boligorganisationer/${orgId}/noegletal/praesentation?aar=2025&amp;valgt=1&amp;vis=effektivitetstal`);
  });

  it('remembers the chosen indicators, year and order in the query string', async () => {
    const html = await text(as.supervisor, path('?aar=2024&valgt=1&vis=henlaeggelser&sorter=farve'));
    expect(html).toMatch(/name="vis" value="henlaeggelser" checked/);
    expect(html).not.toMatch(/name="vis" value="effektivitetstal" checked/);
    expect(html).toContain('sorteret efter samlet farve (røde først)');
    // The red estate first, the estates without figures in 2024 last.
    const order = [...html.matchAll(/<th scope="row"><a href="\/afdelinger\/(\d+)\/noegletal">/g)].map((m) => Number(m[1]));
    expect(order[0]).toBe(red);
    expect(order.indexOf(empty)).toBeGreaterThan(order.indexOf(green));
    // Nothing ticked is a choice too: only the overall colour.
    expect(await text(as.supervisor, path('?valgt=1'))).not.toContain('<th scope="col">Henlæggelser');
  });

  it('has a presentation without the navigation, for a meeting’s screen', async () => {
    const html = await text(as.supervisor, path('/praesentation?aar=2025&valgt=1&vis=aarets_resultat'));
    expect(html).toContain('class="sd-presentation"');
    expect(html).not.toContain('Hovedmenu');
    expect(html).toContain('Hillerød Bolig: nøgletal 2025');
    expect(html).toContain('Rød tre år i træk');
  });

  it('serves the organisation’s trend as SVG and CSV', async () => {
    const res = await as.supervisor.get(path('/arbejdskapital_bolig/udvikling.csv'));
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(csv).toBe('\uFEFFÅr;Hillerød Bolig – Arbejdskapital pr. bolig (kr./bolig)\r\n2024;2100\r\n2025;2300\r\n');
    await text(as.supervisor, path('/henlaeggelser/udvikling.svg'), 404);
  });

  it('has an empty state for an organisation without figures', async () => {
    const html = await text(as.supervisor, `/boligorganisationer/${emptyOrg}/noegletal`);
    expect(html).toContain('Der er ikke indlæst nøgletal for Tom Bolig');
    expect(html).toContain('href="/noegletal/import"');
  });

  it('sends the same number of queries whatever the number of estates', async () => {
    const count = (id: number) =>
      countQueries(t.deps.db, () => as.supervisor.get(`/boligorganisationer/${id}/noegletal`).then((r) => r.text()));
    const small = await makeOrganisation(t.deps.db, { municipalityCode: '0219' });
    const e = await makeEstate(t.deps.db, { organisationId: small.id });
    await t.deps.db.insert(estateFigures).values({ estateId: e.id, year: 2025, values: { henlaeggelser: 120 } });
    const many = await count(orgId);
    expect(await count(small.id)).toBe(many);
    expect(many).toBeLessThanOrEqual(8);
  });
});
