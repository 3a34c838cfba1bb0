import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEstate, makeForum, makeOrganisation, makePerson, makeUser } from '../src/demo/factories.ts';
import { actionPlans, estateFigures, housingAreas } from '../src/features/key-figures/tables.ts';
import { meetings } from '../src/features/meetings/tables.ts';
import { createTestContext, type TestClient, type TestContext } from './app.ts';

/*
 * Every page says where one is in its <title>, built by one helper: the page, its context, the
 * site ("Møde 14. oktober 2026 – Lejerbo Næstved – Styringsdialog"). The main pages as each kind
 * of user meets them, and the favicon next to them.
 */

let t: TestContext;
const as = {} as Record<'anon' | 'supervisor' | 'organisation' | 'admin', TestClient>;
const ids = {} as Record<'organisation' | 'estate' | 'meeting' | 'forum' | 'person' | 'area' | 'plan', number>;

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const lejerbo = await makeOrganisation(db, { name: 'Lejerbo Næstved', municipalityCode: '0370' });
  ids.organisation = lejerbo.id;
  ids.estate = (await makeEstate(db, { organisationId: lejerbo.id, name: 'Agerhønevej', number: 7, municipalityCode: '0370' })).id;
  ids.plan = (await db.insert(actionPlans).values({ estateId: ids.estate, year: 2024 }).returning())[0].id;
  ids.forum = (await makeForum(db, { municipalityCode: '0370', name: 'Dialogforum Næstved' })).id;
  await db.insert(estateFigures).values({ estateId: ids.estate, year: 2025, values: { henlaeggelser: 150 } });
  ids.person = (await makePerson(db, { name: 'Jette Kragh' })).id;
  const [meeting] = await db
    .insert(meetings)
    .values({
      kind: 'dialogmoede',
      municipalityCode: '0370',
      organisationId: lejerbo.id,
      title: 'Styringsdialogmøde 2026',
      startsAt: new Date('2026-10-14T08:00:00Z'),
    })
    .returning();
  ids.meeting = meeting.id;
  ids.area = (await db.insert(housingAreas).values({ name: 'Kildemarken', municipalityCode: '0370' }).returning())[0].id;
  const users = {
    supervisor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }),
    organisation: await makeUser(db, { role: 'organisation_editor', organisationId: lejerbo.id }),
    admin: await makeUser(db, { role: 'admin' }),
  };
  as.anon = t.client();
  for (const [who, user] of Object.entries(users)) {
    as[who as keyof typeof users] = t.client();
    await as[who as keyof typeof users].login(user.email, user.password);
  }
});
afterAll(async () => {
  await t.close();
});

async function titleOf(client: TestClient, path: string): Promise<string> {
  const res = await client.get(path);
  expect(res.status, path).toBe(200);
  const html = await res.text();
  const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
  expect(titles, path).toHaveLength(1);
  return titles[0];
}

describe('page titles', () => {
  it.each([
    ['supervisor', '/moeder/#meeting', 'Møde 14. oktober 2026 – Lejerbo Næstved – Styringsdialog'],
    ['supervisor', '/', 'Forside – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/tilsyn?aar=2026', 'Tilsyn 2026 – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/boligorganisationer/#organisation', 'Lejerbo Næstved – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/boligorganisationer/#organisation/styringsdialog/2026', 'Styringsdialog 2026 – Lejerbo Næstved – Styringsdialog'],
    [
      'organisation',
      '/boligorganisationer/#organisation/styringsdialog/2026/dokumentationspakke',
      'Dokumentationspakke 2026 – Lejerbo Næstved – Styringsdialog',
    ],
    ['supervisor', '/afdelinger/#estate', 'Agerhønevej – Lejerbo Næstved – Styringsdialog'],
    ['supervisor', '/afdelinger/#estate/noegletal', 'Nøgletal 2025 – Agerhønevej – Styringsdialog'],
    ['organisation', '/boligorganisationer/#organisation/noegletal', 'Nøgletal 2025 – Lejerbo Næstved – Styringsdialog'],
    ['organisation', '/boligorganisationer/#organisation/noegletal/praesentation', 'Nøgletal 2025 – Lejerbo Næstved – Styringsdialog'],
    ['supervisor', '/kommuner/0370/moeder', 'Møder – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/kommuner/0370/aarshjul?aar=2026', 'Årshjul 2026 – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/kommuner/0370/dokumentationspakke', 'Dokumentationspakkens punkter – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/fora/#forum', 'Dialogforum Næstved – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/kommuner/0370/boligomraader', 'Boligområder – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/boligomraader/#area', 'Kildemarken – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/boligomraader/#area/tal', 'Indtast tal – Kildemarken – Styringsdialog'],
    ['admin', '/boligomraader', 'Boligområder i hele landet – Styringsdialog'],
    ['admin', '/boligomraader/graensevaerdier', 'Grænseværdier – Boligområder – Styringsdialog'],
    ['admin', '/personer/#person', 'Jette Kragh – Personer – Styringsdialog'],
    ['organisation', '/mine-dialoger?aar=2026', 'Mine styringsdialoger 2026 – Lejerbo Næstved – Styringsdialog'],
    ['organisation', '/konto', 'Min konto – Styringsdialog'],
    ['organisation', '/konto/adgangskode', 'Skift adgangskode – Min konto – Styringsdialog'],
    ['supervisor', '/kommuner/0370/trafiklys', 'Regler for trafiklys – Næstved Kommune – Styringsdialog'],
    ['supervisor', '/kommuner/0370/trafiklys/henlaeggelser', 'Egen regel for Henlæggelser pr. m² – Næstved Kommune – Styringsdialog'],
    ['organisation', '/noegletal/trafiklys', 'Sådan bestemmes trafiklysene – Nøgletal – Styringsdialog'],
    ['admin', '/noegletal/trafiklys/henlaeggelser', 'Standardregel for Henlæggelser pr. m² – Trafiklys – Styringsdialog'],
    ['organisation', '/boligorganisationer/#organisation/handlingsplaner', 'Handlingsplaner – Lejerbo Næstved – Styringsdialog'],
    ['organisation', '/handlingsplaner/#plan', 'Handlingsplan for 7 Agerhønevej – Lejerbo Næstved – Styringsdialog'],
    ['anon', '/kommuner/0370', 'Næstved Kommune – Kommuner – Styringsdialog'],
    ['anon', '/login', 'Log ind – Styringsdialog'],
    ['anon', '/glemt-adgangskode', 'Glemt adgangskode – Styringsdialog'],
    ['organisation', '/noegletal/katalog', 'Nøgletal – Styringsdialog'],
    ['supervisor', '/boligorganisationer/#organisation/datakvalitet', 'Datakvalitet – Lejerbo Næstved – Styringsdialog'],
    ['admin', '/admin/noegletal/henlaeggelser/rediger', 'Redigér Henlæggelser pr. m² – Administration af systemet – Styringsdialog'],
    ['organisation', '/noegletal/import?boligorganisation=#organisation', 'Importér nøgletal – Lejerbo Næstved – Styringsdialog'],
    ['supervisor', '/noegletal/import', 'Importér nøgletal – Styringsdialog'],
  ] as const)('as %s: %s', async (who, path, expected) => {
    expect(
      await titleOf(
        as[who],
        path.replace(/#(\w+)/g, (_, k: keyof typeof ids) => String(ids[k])),
      ),
    ).toBe(expected);
  });

  it("gives the admin's pages their page and section", async () => {
    for (const [path, first] of [
      ['/admin/brugere', 'Brugere'],
      ['/admin/udbakke', 'Udbakke'],
      ['/admin/historik', 'Historik'],
      ['/admin/noegletal', 'Nøgletal'],
      ['/admin/noegletal/ny', 'Nyt nøgletal'],
    ])
      expect(await titleOf(as.admin, path)).toMatch(new RegExp(`^${first} – [^–]+ – Styringsdialog$`));
  });

  it('says what went wrong on an error page', async () => {
    const res = await as.anon.get('/findes-ikke');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<title>Siden findes ikke – Styringsdialog</title>');
  });
});

describe('favicon', () => {
  it('is an SVG linked from every page', async () => {
    const html = await (await as.anon.get('/')).text();
    expect(html).toContain('<link rel="icon" href="/static/favicon.svg" type="image/svg+xml"/>');
    const icon = await t.app.request('/static/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toMatch(/^<!--[^]*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});
