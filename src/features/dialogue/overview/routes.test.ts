import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { SYSTEM_ACTOR } from '../../../auth/scope.ts';
import { makeAdministrator, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { danishToday } from '../calendar-date.ts';
import { changeStage, setMeetingDate } from '../service.ts';

let t: TestContext;
let supervisor: TestClient;
let naestved: TestClient;
let staff: TestClient;
const year = Number(danishToday().slice(0, 4));

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const adm = await makeAdministrator(db, { name: 'Fælles Administration' });
  const late = await makeOrganisation(db, { name: 'Boligselskabet Bagud', municipalityCode: '0219', fiscalYearEndMonth: 12, administratorId: adm.id });
  const ahead = await makeOrganisation(db, { name: 'Andelsbolig Foran', municipalityCode: '0219', fiscalYearEndMonth: 12 });
  await makeOrganisation(db, { name: 'Næstved Bo', municipalityCode: '0370', administratorId: adm.id });
  // A dialogue of the previous year held its meeting: the latest meeting shows.
  await changeStage({ db, actor: SYSTEM_ACTOR, organisationId: ahead.id, year: year - 1, version: 0, to: 'indkaldt', reason: null });
  await setMeetingDate({ db, actor: SYSTEM_ACTOR, organisationId: ahead.id, year: year - 1, version: 2, date: `${year - 1}-10-12` });
  await changeStage({ db, actor: SYSTEM_ACTOR, organisationId: ahead.id, year, version: 0, to: 'offentliggjort', reason: 'Alle faser gennemført uden for systemet.' });
  void late;
  const login = async (u: { email: string; password: string }) => { const c = t.client(); await c.login(u.email, u.password); return c; };
  supervisor = await login(await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }));
  naestved = await login(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }));
  staff = await login(await makeUser(db, { role: 'administrator_staff', administratorId: adm.id }));
});
afterAll(async () => { await t.close(); });

describe('the supervisor\'s overview', () => {
  it('lists the municipality\'s organisations with stage, overdue deadlines and last meeting', async () => {
    const html = await (await supervisor.get(`/tilsyn?aar=${year}`)).text();
    expect(html).toContain('Boligselskabet Bagud');
    expect(html).toContain('Andelsbolig Foran');
    expect(html).not.toContain('Næstved Bo');
    // The late one is still "planlagt": once 31 May has passed, its accounts deadline is overdue.
    if (danishToday() > `${year}-05-31`) expect(html).toMatch(new RegExp(`Overskredet</span> Regnskab indsendt, 31\\. maj ${year}`));
    expect(html).toContain(`12. oktober ${year - 1}`);
    expect(html).toContain('Offentliggjort');
  });

  it('filters to overdue only and exports the same rows to XLSX', async () => {
    const html = await (await supervisor.get(`/tilsyn?aar=${year}&overskredet=1`)).text();
    expect(html).not.toContain('Andelsbolig Foran');
    const res = await supervisor.get(`/tilsyn.xlsx?aar=${year}&sort=navn`);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A3').value).toBe('Boligorganisation');
    expect([ws.getCell('A4').value, ws.getCell('A5').value]).toEqual(['Andelsbolig Foran', 'Boligselskabet Bagud']);
    expect(ws.getCell('M4').value).toEqual(new Date(`${year - 1}-10-12T00:00:00Z`));
    expect(ws.rowCount).toBe(5);
  });

  it('shows another municipality only its own, and an administrator its organisations in both', async () => {
    const html = await (await naestved.get('/tilsyn')).text();
    expect(html).toContain('Næstved Bo');
    expect(html).not.toContain('Boligselskabet Bagud');
    expect((await staff.get('/tilsyn')).status).toBe(302);
    const mine = await (await staff.get('/mine-dialoger')).text();
    expect(mine).toContain('Boligselskabet Bagud');
    expect(mine).toContain('Næstved Bo');
    expect(mine).not.toContain('Andelsbolig Foran');
    expect(mine).toMatch(/<h2>Hillerød Kommune<\/h2>/);
  });
});

describe('overview rules', () => {
  it('mark a planned dialogue late by a fixed date, and leave every-other-year organisations out of the count', async () => {
    const { dialogueOverview, yearSummary } = await import('./service.ts');
    const rows = await dialogueOverview({ db: t.deps.db, actor: SYSTEM_ACTOR, year: 2030, today: '2030-10-01', municipalityCode: '0219' });
    const bagud = rows.find((r) => r.name === 'Boligselskabet Bagud')!;
    expect(bagud.overdue.map((d) => d.kind)).toEqual(['regnskab', 'indkaldelse']);
    expect(bagud.next).toMatchObject({ kind: 'regnskab', date: '2030-05-31' });
    expect(yearSummary(rows)).toMatchObject({ organisations: 2, due: 2, held: 0, late: 2 });
  });
});
