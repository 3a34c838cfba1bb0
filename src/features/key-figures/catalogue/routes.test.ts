import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { makeEstate, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { auditEvents } from '../../audit/tables.ts';
import { estateFigures, indicators, trafficLightRules } from '../tables.ts';
import { getIndicator, listIndicators } from './service.ts';

let t: TestContext;
let admin: TestClient;
let reader: TestClient;

beforeAll(async () => {
  t = await createTestContext();
  const org = await makeOrganisation(t.deps.db);
  const users = {
    admin: await makeUser(t.deps.db, { role: 'admin' }),
    reader: await makeUser(t.deps.db, { role: 'organisation_reader', organisationId: org.id }),
  };
  admin = t.client();
  await admin.login(users.admin.email, users.admin.password);
  reader = t.client();
  await reader.login(users.reader.email, users.reader.password);
});
afterAll(async () => {
  await t.close();
});

const form = (o: Record<string, string> = {}) => ({
  name: 'Tab ved fraflytning pr. bolig',
  description: 'Tab på fraflyttede lejere pr. bolig.',
  unit: 'kr./bolig',
  level: 'estate',
  direction: 'lower',
  decimals: '0',
  sortOrder: '',
  ...o,
});

const historyOf = (code: string) =>
  t.deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'indicator'), eq(auditEvents.entityId, code)))
    .orderBy(asc(auditEvents.id));

/** Adds an indicator through the admin's form and returns its row. */
async function created(code: string, o: Record<string, string> = {}) {
  const res = await admin.post('/admin/noegletal', form({ code, ...o }));
  expect(res.status).toBe(303);
  return getIndicator(t.deps.db, code);
}

describe('the catalogue as everyone reads it', () => {
  it('explains each active key figure to a reader, who may not change it; anonymous visitors are sent to log in', async () => {
    const res = await reader.get('/noegletal/katalog');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Henlæggelser pr. m²');
    expect(html).toContain('200 kr./m²/år er et udbredt mål.');
    expect(html).toContain('<code>henlaeggelser</code>');
    expect(html).toContain('Højere er bedre');
    expect(html).not.toContain('Redigér nøgletallene');
    expect((await reader.post('/admin/noegletal', form({ code: 'forsoeg' }))).status).toBe(403);
    expect((await reader.get('/admin/noegletal')).status).toBe(403);
    const anon = await t.client().get('/noegletal/katalog');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe('/login?next=%2Fnoegletal%2Fkatalog');
  });

  it('gives other parts the catalogue by level, active ones only when asked', async () => {
    const organisationLevel = await listIndicators(t.deps.db, { level: 'organisation' });
    expect(organisationLevel.map((i) => i.code)).toEqual(['dispositionsfond_bolig', 'arbejdskapital_bolig']);
    const estateLevel = await listIndicators(t.deps.db, { level: 'estate', activeOnly: true });
    expect(estateLevel[0].code).toBe('boliger');
    expect(estateLevel.every((i) => i.level === 'estate' && i.active)).toBe(true);
  });
});

describe('adding an indicator', () => {
  it('refuses a missing name, decimals outside 0–4 and a code that is no import column, keeping what was typed', async () => {
    const res = await admin.post('/admin/noegletal', form({ code: 'Tab-pr-bolig', name: '', decimals: '5' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Koden må kun indeholde små bogstaver a–z, tal og _ og skal begynde med et bogstav, fx henlaeggelser.');
    expect(html).toContain('Udfyld navn.');
    expect(html).toContain('Antal decimaler skal være et helt tal fra 0 til 4.');
    expect(html).toContain('value="Tab-pr-bolig"');
    expect(html).toContain('value="kr./bolig"');
    for (const code of ['æblegrød', '1_tal', '']) {
      const again = await admin.post('/admin/noegletal', form({ code }));
      expect(again.status, code).toBe(400);
    }
    expect((await admin.post('/admin/noegletal', form({ code: 'ok_kode', decimals: 'to' }))).status).toBe(400);
    expect(await t.deps.db.select().from(indicators).where(eq(indicators.code, 'ok_kode'))).toEqual([]);
  });

  it('adds it last in the order, with an audit entry under its code, and refuses the same code twice', async () => {
    const before = await listIndicators(t.deps.db);
    const row = await created('tab_pr_bolig');
    expect(row).toMatchObject({ name: 'Tab ved fraflytning pr. bolig', unit: 'kr./bolig', direction: 'lower', decimals: 0, active: true });
    expect(row.sortOrder).toBe(Math.max(...before.map((i) => i.sortOrder)) + 10);
    const [entry] = await historyOf('tab_pr_bolig');
    expect(entry).toMatchObject({ action: 'create', entityId: 'tab_pr_bolig' });
    expect(entry.changes).toMatchObject({ name: { old: null, new: 'Tab ved fraflytning pr. bolig' } });
    const dup = await admin.post('/admin/noegletal', form({ code: 'henlaeggelser', name: 'Noget andet' }));
    expect(dup.status).toBe(400);
    expect(await dup.text()).toContain('Der findes allerede et nøgletal med koden henlaeggelser.');
    expect((await getIndicator(t.deps.db, 'henlaeggelser')).name).toBe('Henlæggelser pr. m²');
  });
});

describe('changing an indicator', () => {
  it('keeps the code fixed: the form shows it, and a code sent along is ignored', async () => {
    const row = await created('fast_kode');
    const page = await (await admin.get('/admin/noegletal/fast_kode/rediger')).text();
    expect(page).toContain('<code>fast_kode</code>');
    expect(page).not.toContain('name="code"');
    const res = await admin.post('/admin/noegletal/fast_kode', form({ code: 'ny_kode', name: 'Nyt navn', version: String(row.version) }));
    expect(res.status).toBe(303);
    expect((await getIndicator(t.deps.db, 'fast_kode')).name).toBe('Nyt navn');
    expect(await t.deps.db.select().from(indicators).where(eq(indicators.code, 'ny_kode'))).toEqual([]);
    const entries = await historyOf('fast_kode');
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1].changes).toMatchObject({ name: { old: 'Tab ved fraflytning pr. bolig', new: 'Nyt navn' } });
  });

  it('refuses a direction that contradicts the default rule, naming it, and keeps the indicator as it was', async () => {
    const current = await getIndicator(t.deps.db, 'henlaeggelser');
    const values = {
      name: current.name,
      description: current.description,
      unit: current.unit,
      level: current.level,
      decimals: '0',
      sortOrder: String(current.sortOrder),
      version: String(current.version),
    };
    const lower = await admin.post('/admin/noegletal/henlaeggelser', { ...values, direction: 'lower' });
    expect(lower.status).toBe(400);
    const html = await lower.text();
    expect(html).toContain(
      'Standardreglen for trafiklys (gul ved 200 kr./m²/år, rød ved 100 kr./m²/år) passer ikke til den nye retning: Når lavere er bedre, må grænsen for gul ikke ligge over grænsen for rød.',
    );
    expect(html).toMatch(/<option value="lower" selected/);
    const none = await admin.post('/admin/noegletal/henlaeggelser', { ...values, direction: 'none' });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Nøgletallet har ingen retning (hverken højt eller lavt er godt), så det kan ikke få trafiklys.');
    expect(await getIndicator(t.deps.db, 'henlaeggelser')).toEqual(current);
  });

  it("names a municipality's own rule, and lets a relative rule follow the direction", async () => {
    const row = await created('egen_regel', { direction: 'higher', unit: '%', decimals: '1' });
    await t.deps.db
      .insert(trafficLightRules)
      .values({ indicatorCode: 'egen_regel', municipalityCode: '0219', kind: 'absolute', yellow: 10, red: 5 });
    const res = await admin.post(
      '/admin/noegletal/egen_regel',
      form({ direction: 'lower', unit: '%', decimals: '1', version: String(row.version) }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      'Hillerød Kommunes regel for trafiklys (gul ved 10,0 %, rød ved 5,0 %) passer ikke til den nye retning',
    );
    // husleje has a relative rule (the worst 25 % / 10 %): it means the same whichever end is bad.
    const husleje = await getIndicator(t.deps.db, 'husleje');
    const ok = await admin.post('/admin/noegletal/husleje', {
      ...form({ name: husleje.name, unit: husleje.unit, direction: 'higher', sortOrder: String(husleje.sortOrder) }),
      version: String(husleje.version),
    });
    expect(ok.status).toBe(303);
    expect((await getIndicator(t.deps.db, 'husleje')).direction).toBe('higher');
  });

  it('refuses to move an indicator to the other level once figures are stored under it', async () => {
    const row = await created('med_tal');
    const org = await makeOrganisation(t.deps.db);
    const estate = await makeEstate(t.deps.db, { organisationId: org.id });
    await t.deps.db.insert(estateFigures).values({ estateId: estate.id, year: 2025, values: { med_tal: 12 } });
    const res = await admin.post('/admin/noegletal/med_tal', form({ level: 'organisation', version: String(row.version) }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Der er allerede importeret tal for nøgletallet for afdelinger, så niveauet kan ikke ændres.');
    const free = await created('uden_tal');
    expect((await admin.post('/admin/noegletal/uden_tal', form({ level: 'organisation', version: String(free.version) }))).status).toBe(
      303,
    );
  });

  it('refuses a save on a version someone else has changed since', async () => {
    const row = await created('to_redaktoerer');
    const version = String(row.version);
    expect((await admin.post('/admin/noegletal/to_redaktoerer', form({ name: 'Første', version }))).status).toBe(303);
    const second = await admin.post('/admin/noegletal/to_redaktoerer', form({ name: 'Anden', version }));
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('Nøgletallet er blevet ændret af en anden, siden du åbnede siden.');
    expect(html).toContain('value="Anden"');
    expect((await getIndicator(t.deps.db, 'to_redaktoerer')).name).toBe('Første');
  });
});

describe('deactivating an indicator', () => {
  it('goes through the confirmation step, takes it out of the catalogue, and is undone in one step', async () => {
    const row = await created('kan_deaktiveres');
    const unconfirmed = await admin.post('/admin/noegletal/kan_deaktiveres/deaktiver', { version: String(row.version) });
    expect(unconfirmed.status).toBe(303);
    expect(unconfirmed.headers.get('location')).toBe('/admin/noegletal/kan_deaktiveres/deaktiver');
    expect((await getIndicator(t.deps.db, 'kan_deaktiveres')).active).toBe(true);
    const confirm = await (await admin.get('/admin/noegletal/kan_deaktiveres/deaktiver')).text();
    expect(confirm).toContain('Er du sikker på, at du vil deaktivere nøgletallet Tab ved fraflytning pr. bolig?');

    const done = await admin.post('/admin/noegletal/kan_deaktiveres/deaktiver', { bekraeft: 'ja', version: String(row.version) });
    expect(done.status).toBe(303);
    const inactive = await getIndicator(t.deps.db, 'kan_deaktiveres');
    expect(inactive.active).toBe(false);
    expect((await listIndicators(t.deps.db, { activeOnly: true })).map((i) => i.code)).not.toContain('kan_deaktiveres');
    expect(await (await reader.get('/noegletal/katalog')).text()).not.toContain('kan_deaktiveres');
    const list = await (await admin.get('/admin/noegletal')).text();
    expect(list).toContain('action="/admin/noegletal/kan_deaktiveres/genaktiver"');

    const undone = await admin.post('/admin/noegletal/kan_deaktiveres/genaktiver', { version: String(inactive.version) });
    expect(undone.status).toBe(303);
    expect((await getIndicator(t.deps.db, 'kan_deaktiveres')).active).toBe(true);
    expect((await historyOf('kan_deaktiveres')).map((e) => [e.action, e.changes?.active?.new ?? null])).toEqual([
      ['create', true],
      ['deactivate', false],
      ['activate', true],
    ]);
  });

  it('shows the admin history of the change with the indicator named', async () => {
    const html = await (await admin.get('/admin/historik?hvad=indicator')).text();
    expect(html).toContain('href="/admin/noegletal/kan_deaktiveres/rediger"');
  });
});
