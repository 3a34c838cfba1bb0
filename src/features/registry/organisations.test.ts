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

describe("an organisation's status and supervising municipality", () => {
  const login = async (values: Parameters<typeof makeUser>[1]) => {
    const u = await makeUser(t.deps.db, values);
    const c = t.client();
    await c.login(u.email, u.password);
    return c;
  };
  const editForm = (o: { name: string; lbfNumber: number; administratorId: number | null; version: number }) => ({
    name: o.name,
    lbfNumber: String(o.lbfNumber),
    administratorId: String(o.administratorId ?? ''),
    fiscalYearEndMonth: '12',
    version: String(o.version),
  });

  it("are the supervisor's: the organisation and its administrator see neither action nor field, and a post is refused", async () => {
    const adm = await makeAdministrator(t.deps.db);
    const org = await makeOrganisation(t.deps.db, { name: 'Selvstændig Bolig', municipalityCode: '0219', administratorId: adm.id });
    for (const c of [
      await login({ role: 'organisation_editor', organisationId: org.id }),
      await login({ role: 'administrator_staff', administratorId: adm.id }),
    ]) {
      const page = await (await c.get(`/boligorganisationer/${org.id}`)).text();
      expect(page).toContain('Redigér');
      expect(page).not.toContain('Deaktivér');
      expect(page).not.toContain('/deaktiver');
      const form = await (await c.get(`/boligorganisationer/${org.id}/rediger`)).text();
      expect(form).not.toContain('name="municipalityCode"');
      expect(form).toContain('Tilsynskommunen ændres af kommunen eller en administrator.');
      expect((await c.get(`/boligorganisationer/${org.id}/deaktiver`)).status).toBe(403);
      expect((await c.post(`/boligorganisationer/${org.id}/deaktiver`, { version: '1', bekraeft: 'ja' })).status).toBe(403);
      const [current] = await t.deps.db.select().from(organisations).where(eq(organisations.id, org.id));
      // The form without the field saves and leaves the municipality; a forged field is refused.
      expect((await c.post(`/boligorganisationer/${org.id}`, editForm(current))).status).toBe(303);
      expect(
        (
          await c.post(`/boligorganisationer/${org.id}`, {
            ...editForm(current),
            municipalityCode: '0370',
            version: String(current.version + 1),
          })
        ).status,
      ).toBe(403);
    }
    const [row] = await t.deps.db.select().from(organisations).where(eq(organisations.id, org.id));
    expect(row).toMatchObject({ active: true, municipalityCode: '0219' });
  });

  it('deactivating asks first, takes the organisation off /tilsyn, and is undone by "Genaktivér"; both are in the history', async () => {
    const org = await makeOrganisation(t.deps.db, { name: 'Forsvindende Bolig', municipalityCode: '0157' });
    const c = await login({ role: 'municipality_editor', municipalityCode: '0157' });
    const page = await (await c.get(`/boligorganisationer/${org.id}`)).text();
    expect(page).toContain(`href="/boligorganisationer/${org.id}/deaktiver"`);
    expect(page).not.toContain(`action="/boligorganisationer/${org.id}/deaktiver"`);
    expect(await (await c.get(`/boligorganisationer/${org.id}/rediger`)).text()).toContain('name="municipalityCode"');
    expect(await (await c.get('/tilsyn')).text()).toContain('Forsvindende Bolig');

    const step = await c.get(`/boligorganisationer/${org.id}/deaktiver`);
    expect(step.status).toBe(200);
    const html = await step.text();
    expect(html).toContain('Er du sikker på, at du vil deaktivere Forsvindende Bolig?');
    expect(html).toContain('forsvinder fra kommunens tilsynsoversigt');
    expect(html).toMatch(
      /<form id="confirm" method="post" action="\/boligorganisationer\/\d+\/deaktiver"><input type="hidden" name="_csrf"/,
    );
    expect(html).toContain(`<a href="/boligorganisationer/${org.id}">Annullér</a>`);
    // Not through the step, or without the CSRF token: nothing happens.
    const unconfirmed = await c.post(`/boligorganisationer/${org.id}/deaktiver`, { version: '1' });
    expect(unconfirmed.status).toBe(303);
    expect(unconfirmed.headers.get('location')).toBe(`/boligorganisationer/${org.id}/deaktiver`);
    expect((await c.post(`/boligorganisationer/${org.id}/deaktiver`, { version: '1', bekraeft: 'ja', _csrf: '' })).status).toBe(403);
    expect((await t.deps.db.select().from(organisations).where(eq(organisations.id, org.id)))[0].active).toBe(true);

    expect((await c.post(`/boligorganisationer/${org.id}/deaktiver`, { version: '1', bekraeft: 'ja' })).status).toBe(303);
    expect(await (await c.get('/tilsyn')).text()).not.toContain('Forsvindende Bolig');
    const inactive = await (await c.get(`/boligorganisationer/${org.id}`)).text();
    expect(inactive).toContain('Boligorganisationen er deaktiveret');
    expect(inactive).toContain(`action="/boligorganisationer/${org.id}/genaktiver"`);
    expect((await c.post(`/boligorganisationer/${org.id}/genaktiver`, { version: '2' })).status).toBe(303);
    expect(await (await c.get('/tilsyn')).text()).toContain('Forsvindende Bolig');
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'organisation'), eq(auditEvents.entityId, String(org.id))));
    expect(events.map((e) => e.action)).toEqual(['deactivate', 'activate']);
    expect(events.every((e) => e.changes?.active)).toBe(true);
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
