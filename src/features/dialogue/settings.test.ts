import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { getSettings } from './settings.ts';
import { settingsValues } from './settings-form.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

let t: TestContext;
let editor: TestClient;
let other: TestClient;
let reader: TestClient;
const url = '/kommuner/0219/aarshjul/indstillinger';
const form = (o: Record<string, string> = {}) => ({ ...settingsValues(DEFAULT_SETTINGS), version: '0', ...o });

beforeAll(async () => {
  t = await createTestContext();
  await makeOrganisation(t.deps.db, { municipalityCode: '0219', fiscalYearEndMonth: 12 });
  await makeOrganisation(t.deps.db, { municipalityCode: '0219', fiscalYearEndMonth: 9 });
  const login = async (u: { email: string; password: string }) => {
    const c = t.client();
    await c.login(u.email, u.password);
    return c;
  };
  editor = await login(await makeUser(t.deps.db, { role: 'municipality_editor', municipalityCode: '0219' }));
  reader = await login(await makeUser(t.deps.db, { role: 'municipality_reader', municipalityCode: '0219' }));
  other = await login(await makeUser(t.deps.db, { role: 'municipality_editor', municipalityCode: '0370' }));
});
afterAll(async () => {
  await t.close();
});

describe("the municipality's årshjul settings", () => {
  it("shows the guide's deadlines for each fiscal year in use", async () => {
    const html = await (await editor.get(url)).text();
    expect(html).toContain('Regnskabsår, der slutter 31. december');
    expect(html).toContain('Regnskabsår, der slutter 30. september');
    expect(html).toContain('value="sidste"');
  });

  it('saves a common date and an offset, and only what differs from the guide', async () => {
    const res = await editor.post(
      url,
      form({ common_dokumentationspakke: '1/10', months_dialogmoede: '10', day_dialogmoede: '20', reminderDaysBefore: '7' }),
    );
    expect(res.status).toBe(303);
    const s = await getSettings(t.deps.db, '0219');
    expect(s).toMatchObject({
      version: 1,
      reminderDaysBefore: 7,
      rules: { commonDates: { dokumentationspakke: '10-01' }, offsets: { dialogmoede: { months: 10, day: 20 } } },
    });
    expect(Object.keys(s.rules.offsets ?? {})).toEqual(['dialogmoede']);
    expect(await (await editor.get(url)).text()).toContain('(fælles dato)');
  });

  it('refuses a date that does not exist, a day out of range and a date before the accounts deadline, keeping what was typed', async () => {
    const res = await editor.post(
      url,
      form({ version: '1', common_aftaledokument: '3102', day_indkaldelse: '32', common_faellesmoede: 'maj' }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Aftaledokument offentliggjort: skriv den fælles dato som dag-måned, fx 15-10.');
    expect(html).toContain('Indkaldelse til styringsdialogmøde: dagen skal være et tal fra 1 til 31 eller „sidste“.');
    expect(html).toContain('value="3102"');
    expect(html).toContain('value="maj"');
    const early = await editor.post(url, form({ version: '1', common_dokumentationspakke: '15-01' }));
    expect(early.status).toBe(400);
    expect(await early.text()).toContain('den fælles dato ligger før regnskabsfristen');
    const missing = await editor.post(url, form({ version: '1', common_dialogmoede: '29-02' }));
    expect(await missing.text()).toMatch(/Styringsdialogmøde afholdt: datoen 29\/02 findes ikke i \d{4}\./);
    expect((await getSettings(t.deps.db, '0219')).version).toBe(1);
  });

  it('asks in Danish for every field left empty, rather than guessing a day', async () => {
    const res = await editor.post(url, { version: '1' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).not.toContain('Invalid input');
    expect(html).toContain('Indkaldelse til styringsdialogmøde: udfyld dagen – et tal fra 1 til 31 eller „sidste“.');
    expect(html).toContain('Udfyld antal dage før en frist.');
    const blankDay = await editor.post(url, form({ version: '1', day_regnskab: ' ' }));
    expect(blankDay.status).toBe(400);
    expect(await blankDay.text()).toContain('Regnskab indsendt: udfyld dagen');
  });

  it('keeps the first of two saves and tells the second', async () => {
    const stale = await editor.post(url, form({ version: '0', reminderDaysBefore: '3' }));
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Årshjulet er blevet ændret af en anden');
    expect((await getSettings(t.deps.db, '0219')).reminderDaysBefore).toBe(7);
  });

  it('lets readers look, not change, and hides it from other municipalities', async () => {
    const html = await (await reader.get(url)).text();
    expect(html).not.toContain('Gem årshjul');
    expect((await reader.post(url, form({ version: '1' }))).status).toBe(403);
    expect((await other.get(url)).status).toBe(404);
    expect((await other.post(url, form({ version: '1' }))).status).toBe(404);
  });
});
