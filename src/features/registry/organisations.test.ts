import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { makeAdministrator, makeEstate, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { auditEvents } from '../audit/tables.ts';
import { estates, organisations } from './tables.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});

const orgForm = (o: Record<string, string> = {}) => ({
  name: 'Boligselskabet Test',
  lbfNumber: '4711',
  municipalityCode: '0219',
  fiscalYearEndMonth: '12',
  ...o,
});

describe('organisations', () => {
  it('a supervisor creates an organisation in their municipality, with history', async () => {
    const u = await makeUser(t.deps.db, { role: 'municipality_editor', municipalityCode: '0219' });
    const c = t.client();
    await c.login(u.email, u.password);
    const res = await c.post(
      '/boligorganisationer',
      orgForm({ lbfNumber: '4712', address: 'Slotsgade 1', postalCode: '3400', city: 'Hillerød' }),
    );
    expect(res.status).toBe(303);
    const page = await c.get(res.headers.get('location')!);
    const html = await page.text();
    expect(html).toContain('Boligselskabet Test');
    expect(html).toContain('Slotsgade 1, 3400 Hillerød');
    expect(html).toContain('31. december');
    expect(html).toContain('Oprettet');
  });

  it('refuses another municipality, an unknown kommunekode and a duplicate LBF number, keeping the input', async () => {
    const u = await makeUser(t.deps.db, { role: 'municipality_editor', municipalityCode: '0219' });
    await makeOrganisation(t.deps.db, { lbfNumber: 5000 });
    const c = t.client();
    await c.login(u.email, u.password);
    const other = await c.post('/boligorganisationer', orgForm({ municipalityCode: '0370', lbfNumber: '5001' }));
    expect(other.status).toBe(400);
    expect(await other.text()).toContain('Du kan kun oprette boligorganisationer, som din egen kommune fører tilsyn med.');
    const admin = await makeUser(t.deps.db, { role: 'admin' });
    const a = t.client();
    await a.login(admin.email, admin.password);
    const unknown = await a.post('/boligorganisationer', orgForm({ municipalityCode: '9999', lbfNumber: '5002' }));
    expect(await unknown.text()).toContain('Kommunekoden 9999 er ikke en af de 98 kommuner.');
    const dup = await a.post('/boligorganisationer', orgForm({ lbfNumber: '5000', name: 'Dobbelt' }));
    expect(dup.status).toBe(400);
    const html = await dup.text();
    expect(html).toContain('Der findes allerede en boligorganisation med LBF-nummer 5000.');
    expect(html).toContain('value="Dobbelt"');
    expect((await t.deps.db.select().from(organisations).where(eq(organisations.name, 'Dobbelt'))).length).toBe(0);
  });

  it("lists only the caller's scope, sorted and paged in SQL", async () => {
    const adm = await makeAdministrator(t.deps.db);
    await makeOrganisation(t.deps.db, { name: 'Aaa Næstved', municipalityCode: '0370', administratorId: adm.id });
    await makeOrganisation(t.deps.db, { name: 'Zzz Hillerød', municipalityCode: '0219', administratorId: adm.id });
    const supervisor = await makeUser(t.deps.db, { role: 'municipality_reader', municipalityCode: '0370' });
    const c = t.client();
    await c.login(supervisor.email, supervisor.password);
    const html = await (await c.get('/boligorganisationer')).text();
    expect(html).toContain('Aaa Næstved');
    expect(html).not.toContain('Zzz Hillerød');
    const staff = await makeUser(t.deps.db, { role: 'administrator_staff', administratorId: adm.id });
    const s = t.client();
    await s.login(staff.email, staff.password);
    const desc = await (await s.get('/boligorganisationer?sort=navn&dir=desc')).text();
    expect(desc.indexOf('Zzz Hillerød')).toBeGreaterThan(-1);
    expect(desc.indexOf('Zzz Hillerød')).toBeLessThan(desc.indexOf('Aaa Næstved'));
  });

  it('a municipality where only an estate lies may look but not change', async () => {
    const org = await makeOrganisation(t.deps.db, { municipalityCode: '0217', name: 'Helsingør Org' });
    await makeEstate(t.deps.db, { organisationId: org.id, municipalityCode: '0210' });
    const u = await makeUser(t.deps.db, { role: 'municipality_editor', municipalityCode: '0210' });
    const c = t.client();
    await c.login(u.email, u.password);
    expect((await c.get(`/boligorganisationer/${org.id}`)).status).toBe(200);
    expect((await c.get(`/boligorganisationer/${org.id}/rediger`)).status).toBe(403);
  });
});

describe('estates', () => {
  it('an edit keeps history with old and new values; a stale form does not overwrite a newer save', async () => {
    const org = await makeOrganisation(t.deps.db, { municipalityCode: '0219' });
    const estate = await makeEstate(t.deps.db, { organisationId: org.id, number: 7, name: 'Agerhønevej', homesFamily: 96 });
    const u = await makeUser(t.deps.db, { role: 'organisation_editor', organisationId: org.id });
    const c = t.client();
    await c.login(u.email, u.password);
    const form = {
      number: '7',
      name: 'Agerhønevej',
      municipalityCode: '0219',
      homesFamily: '100',
      areaM2: '7.800',
      version: String(estate.version),
    };
    expect((await c.post(`/afdelinger/${estate.id}`, form)).status).toBe(303);
    const stale = await c.post(`/afdelinger/${estate.id}`, { ...form, homesFamily: '50' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('er blevet ændret af en anden');
    const [row] = await t.deps.db.select().from(estates).where(eq(estates.id, estate.id));
    expect(row.homesFamily).toBe(100);
    expect(row.areaM2).toBe(7800);
    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'estate'), eq(auditEvents.entityId, String(estate.id))));
    expect(event.changes).toMatchObject({ homesFamily: { old: 96, new: 100 }, areaM2: { old: 3200, new: 7800 } });
    expect(event.actorLabel).toContain(u.email);
  });

  it('refuses negative homes, a duplicate number and unknown ids', async () => {
    const org = await makeOrganisation(t.deps.db, { municipalityCode: '0219' });
    await makeEstate(t.deps.db, { organisationId: org.id, number: 1 });
    const u = await makeUser(t.deps.db, { role: 'organisation_editor', organisationId: org.id });
    const c = t.client();
    await c.login(u.email, u.password);
    const neg = await c.post(`/boligorganisationer/${org.id}/afdelinger`, {
      number: '2',
      name: 'Ny',
      municipalityCode: '0219',
      homesFamily: '-5',
    });
    expect(neg.status).toBe(400);
    const negHtml = await neg.text();
    expect(negHtml).toContain('Antal familieboliger kan ikke være negativt.');
    expect(negHtml).toContain('value="-5"');
    const dup = await c.post(`/boligorganisationer/${org.id}/afdelinger`, { number: '1', name: 'Dublet', municipalityCode: '0219' });
    expect(await dup.text()).toContain('Boligorganisationen har allerede en afdeling med nummer 1.');
    expect((await c.get('/afdelinger/999999')).status).toBe(404);
    expect((await c.get('/afdelinger/abc')).status).toBe(404);
  });

  it('deactivates and reactivates an estate', async () => {
    const org = await makeOrganisation(t.deps.db);
    const estate = await makeEstate(t.deps.db, { organisationId: org.id });
    const u = await makeUser(t.deps.db, { role: 'admin' });
    const c = t.client();
    await c.login(u.email, u.password);
    expect((await c.post(`/afdelinger/${estate.id}/deaktiver`, { version: '1', bekraeft: 'ja' })).status).toBe(303);
    expect(await (await c.get(`/afdelinger/${estate.id}`)).text()).toContain('Afdelingen er deaktiveret');
    expect((await c.post(`/afdelinger/${estate.id}/genaktiver`, { version: '2' })).status).toBe(303);
  });
});
