import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/app.ts';
import { countQueries } from '../../../../test/query-count.ts';
import { auditEvents } from '../../audit/tables.ts';
import { areaStatistics, housingAreas } from '../tables.ts';
import { areaForm, createdId, monitoringWorld, postBody } from './test-setup.ts';

/*
 * The housing areas through HTTP: making them, their figures and their status, who sees and who
 * changes them, bad input with Danish messages at the field, deactivation with undo, and the
 * history of each change.
 */

let t: TestContext;
let w: Awaited<ReturnType<typeof monitoringWorld>>;
let areaX: number; // Ellehusene (X) and Toppen (Z)
let areaZ: number; // Dalen (Z) only
const THIS_YEAR = new Date().getFullYear();

const figures = (year: number, values: Record<string, string> = {}) => ({
  year: String(year),
  residents: '2.400',
  outsideWorkPct: '45,5',
  convictionsRatio: '1,2',
  primarySchoolOnlyPct: '62,0',
  incomeRatioPct: '70',
  nonWesternPct: '35',
  ...values,
});

beforeAll(async () => {
  t = await createTestContext();
  w = await monitoringWorld(t);
});
afterAll(async () => {
  await t.close();
});

async function auditOf(entityType: string, entityId: number) {
  return t.deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(entityId))));
}

describe('making an area', () => {
  it("the municipality's editor creates it with estates of two organisations, and the history has it", async () => {
    const res = await postBody(
      t,
      w.as.editor,
      '/kommuner/0219/boligomraader',
      areaForm(w.as.editor.csrf, 'Nordvest', [w.estates.x1.id, w.estates.z1.id]),
    );
    expect(res.status).toBe(303);
    areaX = createdId(res);
    const html = await (await w.as.editor.get(`/boligomraader/${areaX}`)).text();
    expect(html).toContain('<h1>Nordvest</h1>');
    expect(html).toContain('Ellehusene');
    expect(html).toContain('Toppen');
    expect(html).toContain('Der er endnu ingen tal for boligområdet.');
    const [created] = await auditOf('housing_area', areaX);
    expect(created).toMatchObject({
      action: 'create',
      changes: { name: { new: 'Nordvest' }, estates: { new: ['1 Ellehusene', '7 Toppen'] } },
    });
    areaZ = createdId(
      await postBody(t, w.as.editor, '/kommuner/0219/boligomraader', areaForm(w.as.editor.csrf, 'Dalen og omegn', [w.estates.z2.id])),
    );
  });

  it('refuses bad input at the field and keeps what was typed', async () => {
    const cases: [string, number[], string][] = [
      ['', [w.estates.x2.id], 'Udfyld navnet på boligområdet.'],
      ['Sydøst', [], 'Vælg mindst én afdeling, som boligområdet består af.'],
      ['Sydøst', [w.estates.y1.id], 'En af de valgte afdelinger ligger ikke i kommunen.'],
      ['Sydøst', [w.estates.x1.id], 'Afdeling 1 Ellehusene hører allerede til boligområdet „Nordvest“.'],
      ['nordvest', [w.estates.x2.id], 'Kommunen har allerede et boligområde med navnet „nordvest“.'],
    ];
    for (const [name, estates, message] of cases) {
      const res = await postBody(t, w.as.editor, '/kommuner/0219/boligomraader', areaForm(w.as.editor.csrf, name, estates));
      expect(res.status, message).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain(`value="${name}"`);
      for (const id of estates.filter((e) => e !== w.estates.y1.id)) expect(html).toMatch(new RegExp(`value="${id}" checked`));
    }
  });

  it('is refused to readers, organisations and other municipalities', async () => {
    for (const who of ['reader', 'orgX', 'otherMuni', 'staff'] as const) {
      expect((await w.as[who].get('/kommuner/0219/boligomraader/nyt')).status, who).toBe(403);
      expect((await w.as[who].post('/kommuner/0219/boligomraader', { name: 'X' })).status, who).toBe(403);
    }
    expect((await w.as.anon.get('/kommuner/0219/boligomraader/nyt')).headers.get('location')).toMatch(/^\/login/);
  });

  it('editing changes the name and estates, a stale form is a conflict', async () => {
    const form = areaForm(w.as.editor.csrf, 'Nordvest', [w.estates.x1.id, w.estates.x2.id, w.estates.z1.id]);
    form.set('version', '1');
    expect((await postBody(t, w.as.editor, `/boligomraader/${areaX}`, form)).status).toBe(303);
    const stale = await postBody(t, w.as.editor, `/boligomraader/${areaX}`, form);
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('ændret af en anden');
    const updated = (await auditOf('housing_area', areaX)).find((e) => e.action === 'update');
    expect(updated?.changes).toMatchObject({
      estates: { old: ['1 Ellehusene', '7 Toppen'], new: ['1 Ellehusene', '2 Bakkehusene', '7 Toppen'] },
    });
  });
});

describe("an area's figures", () => {
  it('refuses shares over 100, negative residents and a year in the future, in Danish at the field', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ outsideWorkPct: '140' }, 'En andel kan højst være 100 %.', 'value="140"'],
      [{ residents: '-5' }, 'Antal beboere kan ikke være negativt.', 'value="-5"'],
      [{ year: String(THIS_YEAR + 1) }, `${THIS_YEAR + 1} ligger i fremtiden.`, `value="${THIS_YEAR + 1}"`],
      [{ convictionsRatio: 'mange' }, 'Andelen af dømte skal være et tal', 'value="mange"'],
      [{ incomeRatioPct: '-1' }, 'Indkomsten kan ikke være negativ.', 'value="-1"'],
    ];
    for (const [change, message, kept] of cases) {
      const res = await w.as.editor.post(`/boligomraader/${areaX}/tal`, figures(2024, change));
      expect(res.status, message).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain(kept);
      expect(html).toContain('class="form-group form-error"');
    }
    expect(await t.deps.db.select().from(areaStatistics).where(eq(areaStatistics.areaId, areaX))).toEqual([]);
  });

  it('saves a year, replaces it when entered again, and shows the status with the list year', async () => {
    expect((await w.as.editor.post(`/boligomraader/${areaX}/tal`, figures(2023))).status).toBe(303);
    expect((await w.as.editor.post(`/boligomraader/${areaX}/tal`, figures(2024))).status).toBe(303);
    expect((await w.as.editor.post(`/boligomraader/${areaX}/tal`, figures(2024, { residents: '2500' }))).status).toBe(303);
    const rows = await t.deps.db.select().from(areaStatistics).where(eq(areaStatistics.areaId, areaX));
    expect(rows.map((r) => [r.year, r.residents, r.outsideWorkPct])).toEqual(
      expect.arrayContaining([
        [2023, 2400, 45.5],
        [2024, 2500, 45.5],
      ]),
    );
    const html = await (await w.as.reader.get(`/boligomraader/${areaX}`)).text();
    // 45,5 % outside work and 62 % with only primary school: two criteria, 2,500 residents, 35 % non-Western.
    expect(html).toContain('Udsat boligområde');
    expect(html).toContain('Forebyggelsesområde');
    expect(html).toContain(
      'Efter tallene for 2024 ville området være på listerne over udsatte boligområder og forebyggelsesområder 1. december 2025.',
    );
    expect(html).toContain('gennemsnit af 2023 og 2024');
    expect(html).toContain('5,5 procentpoint over grænsen');
    // The reader sees, and is offered nothing to change.
    expect(html).not.toContain('Indtast tal');
    const history = (await auditOf('area_statistics', areaX)).map((e) => [e.action, e.summary]);
    expect(history).toEqual([
      ['create', 'Tal for 2023'],
      ['create', 'Tal for 2024'],
      ['update', 'Tal for 2024'],
    ]);
  });

  it('the form opens on a year with its figures filled in', async () => {
    const html = await (await w.as.editor.get(`/boligomraader/${areaX}/tal?aar=2024`)).text();
    expect(html).toContain('value="45,5"');
    expect(html).toContain('value="2500"');
  });
});

describe('who sees an area', () => {
  it('the municipality, and the organisations with an estate in it (and their administrator)', async () => {
    for (const who of ['admin', 'editor', 'reader', 'orgX', 'staff'] as const) {
      expect((await w.as[who].get(`/boligomraader/${areaX}`)).status, who).toBe(200);
    }
    // Dalen holds only Z's estate: X's editor and X's administrator do not see it.
    expect((await w.as.orgX.get(`/boligomraader/${areaZ}`)).status).toBe(404);
    expect((await w.as.staff.get(`/boligomraader/${areaZ}`)).status).toBe(404);
    for (const who of ['otherMuni', 'orgY'] as const) {
      expect((await w.as[who].get(`/boligomraader/${areaX}`)).status, who).toBe(404);
      expect((await w.as[who].post(`/boligomraader/${areaX}/tal`, figures(2024))).status, who).toBe(404);
    }
    expect((await w.as.anon.get(`/boligomraader/${areaX}`)).headers.get('location')).toBe(`/login?next=%2Fboligomraader%2F${areaX}`);
  });

  it("only the municipality's editors and admins change it", async () => {
    for (const who of ['reader', 'orgX', 'staff'] as const) {
      expect((await w.as[who].get(`/boligomraader/${areaX}/tal`)).status, who).toBe(403);
      expect((await w.as[who].post(`/boligomraader/${areaX}/tal`, figures(2024))).status, who).toBe(403);
      expect((await w.as[who].get(`/boligomraader/${areaX}/rediger`)).status, who).toBe(403);
    }
    expect((await w.as.admin.get(`/boligomraader/${areaX}/tal`)).status).toBe(200);
  });

  it("the municipality's list shows each caller its own areas", async () => {
    const editor = await (await w.as.editor.get('/kommuner/0219/boligomraader')).text();
    expect(editor).toContain('Nordvest');
    expect(editor).toContain('Dalen og omegn');
    expect(editor).toContain('Opret boligområde');
    const orgX = await w.as.orgX.get('/kommuner/0219/boligomraader');
    expect(orgX.status).toBe(200);
    const orgHtml = await orgX.text();
    expect(orgHtml).toContain('Nordvest');
    expect(orgHtml).not.toContain('Dalen og omegn');
    expect(orgHtml).not.toContain('Opret boligområde');
    expect((await w.as.otherMuni.get('/kommuner/0219/boligomraader')).status).toBe(404);
    expect((await w.as.anon.get('/kommuner/0219/boligomraader')).status).toBe(303);
  });

  it("the municipality's public page lists the areas to those who may see them, and to no one else", async () => {
    const editor = await (await w.as.editor.get('/kommuner/0219')).text();
    expect(editor).toContain('Boligområder under overvågning');
    expect(editor).toMatch(/Nordvest<\/a>: Udsat boligområde efter tallene for 2024/);
    expect(editor).toContain('href="/kommuner/0219/boligomraader"');
    expect(await (await w.as.anon.get('/kommuner/0219')).text()).not.toContain('Boligområder under overvågning');
    expect(await (await w.as.otherMuni.get('/kommuner/0219')).text()).not.toContain('Nordvest');
    expect(await (await w.as.orgX.get('/kommuner/0219')).text()).not.toContain('Dalen og omegn');
  });
});

describe('deactivating an area', () => {
  it('goes through the confirmation step, takes it off the list, and is undone in one step', async () => {
    const confirm = await w.as.editor.get(`/boligomraader/${areaZ}/deaktiver`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('Er du sikker på, at du vil deaktivere Dalen og omegn?');
    // Without the confirmation step's field nothing happens.
    expect((await w.as.editor.post(`/boligomraader/${areaZ}/deaktiver`, { version: '1' })).headers.get('location')).toBe(
      `/boligomraader/${areaZ}/deaktiver`,
    );
    expect((await w.as.editor.post(`/boligomraader/${areaZ}/deaktiver`, { version: '1', bekraeft: 'ja' })).status).toBe(303);
    const page = await (await w.as.editor.get(`/boligomraader/${areaZ}`)).text();
    expect(page).toContain('Boligområdet er deaktiveret');
    const list = await (await w.as.editor.get('/kommuner/0219/boligomraader')).text();
    expect(list).toContain('Deaktiverede boligområder');
    // Its estate is free for another area now.
    const other = await postBody(t, w.as.editor, '/kommuner/0219/boligomraader', areaForm(w.as.editor.csrf, 'Dalen', [w.estates.z2.id]));
    expect(other.status).toBe(303);
    // …so undoing is refused while Dalen holds it, with a reason.
    const refused = await w.as.editor.post(`/boligomraader/${areaZ}/genaktiver`, { version: '2' });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('hører nu til boligområdet „Dalen“');
    expect((await w.as.editor.post(`/boligomraader/${createdId(other)}/deaktiver`, { version: '1', bekraeft: 'ja' })).status).toBe(303);
    expect((await w.as.editor.post(`/boligomraader/${areaZ}/genaktiver`, { version: '2' })).status).toBe(303);
    expect(await (await w.as.editor.get(`/boligomraader/${areaZ}`)).text()).not.toContain('Boligområdet er deaktiveret');
    expect((await auditOf('housing_area', areaZ)).map((e) => e.action)).toEqual(['create', 'deactivate', 'activate']);
  });
});

describe('the national page', () => {
  it('is for admins, filters by list and region, and reads all areas in a constant number of queries', async () => {
    expect((await w.as.editor.get('/boligomraader')).status).toBe(403);
    const all = await (await w.as.admin.get('/boligomraader?aar=2024')).text();
    expect(all).toContain('Nordvest');
    expect(all).toContain('Hillerød Kommune');
    const udsat = await (await w.as.admin.get('/boligomraader?aar=2024&liste=udsat')).text();
    expect(udsat).toContain('Nordvest');
    expect(udsat).not.toContain('Dalen og omegn');
    expect(await (await w.as.admin.get('/boligomraader?aar=2024&region=Region%20Sj%C3%A6lland')).text()).not.toContain('Nordvest');
    const before = await countQueries(t.deps.db, () => w.as.admin.get('/boligomraader?aar=2024'));
    for (let i = 0; i < 5; i++) {
      const [area] = await t.deps.db
        .insert(housingAreas)
        .values({ name: `Område ${i}`, municipalityCode: '0370' })
        .returning();
      await t.deps.db.insert(areaStatistics).values({ areaId: area.id, year: 2024, residents: 1500, outsideWorkPct: 20 + i });
    }
    expect(await countQueries(t.deps.db, () => w.as.admin.get('/boligomraader?aar=2024'))).toBe(before);
  });
});
