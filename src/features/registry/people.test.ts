import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { makeForum, makeMembership, makeOrganisation, makePerson, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { auditEvents } from '../audit/tables.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { memberships, people } from './tables.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});

async function as(values: Parameters<typeof makeUser>[1]): Promise<TestClient> {
  const u = await makeUser(t.deps.db, values);
  const c = t.client();
  await c.login(u.email, u.password);
  return c;
}

const personForm = (o: Record<string, string> = {}) => ({
  name: 'Lena Andersen',
  email: 'lena@example.dk',
  title: 'Formand for organisationsbestyrelsen',
  role: 'formand',
  startDate: '2021-01-01',
  ...o,
});

describe('people', () => {
  it('an organisation editor adds a board member from the organisation page, with history', async () => {
    const org = await makeOrganisation(t.deps.db, { name: 'Hillerød Almene Boligselskab' });
    const c = await as({ role: 'organisation_editor', organisationId: org.id });
    const form = await (await c.get(`/personer/ny?organisation=${org.id}`)).text();
    expect(form).toContain(`<option value="organisation:${org.id}" selected="">`);
    const res = await c.post('/personer', personForm({ body: `organisation:${org.id}` }));
    expect(res.status).toBe(303);
    const href = res.headers.get('location')!;
    const html = await (await c.get(href)).text();
    expect(html).toContain('Formand for organisationsbestyrelsen');
    expect(html).toContain('Hillerød Almene Boligselskab');
    expect(html).toContain('01.01.2021');
    expect(html).toContain('Oprettet<br/><span class="sd-muted">Formand for organisationsbestyrelsen, Hillerød Almene Boligselskab</span>');
    expect(await (await c.get(`/boligorganisationer/${org.id}`)).text()).toContain('Lena Andersen');
    const personId = href.split('/').pop()!;
    const [m] = await t.deps.db
      .select()
      .from(memberships)
      .where(eq(memberships.personId, Number(personId)));
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.entityId, [personId, String(m.id)]));
    expect(
      events
        .filter((e) => e.action === 'create')
        .map((e) => e.entityType)
        .sort(),
    ).toEqual(['membership', 'person']);
  });

  it('refuses a bad e-mail, a period ending before it starts and a missing body, keeping the input', async () => {
    const org = await makeOrganisation(t.deps.db);
    const c = await as({ role: 'organisation_editor', organisationId: org.id });
    const bad = await c.post(
      '/personer',
      personForm({ body: `organisation:${org.id}`, email: 'lena@', startDate: '2024-05-01', endDate: '2024-04-30' }),
    );
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Skriv en gyldig e-mail, fx navn@kommune.dk.');
    expect(html).toContain('Slutdatoen kan ikke ligge før startdatoen.');
    expect(html).toContain('value="lena@"');
    expect(html).toContain('value="2024-04-30"');
    const noBody = await c.post('/personer', personForm({ body: '' }));
    expect(noBody.status).toBe(400);
    expect(await noBody.text()).toContain('Vælg, hvor personen skal tilknyttes.');
    const other = await makeOrganisation(t.deps.db);
    const foreign = await c.post('/personer', personForm({ body: `organisation:${other.id}`, name: 'Ukendt Person' }));
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain('Vælg en tilknytning på listen.');
    expect(await t.deps.db.select().from(people).where(eq(people.name, 'Ukendt Person'))).toHaveLength(0);
  });

  it('a supervisor of 0370 does not see the people of a 0219 organisation; 0219 does', async () => {
    const org = await makeOrganisation(t.deps.db, { municipalityCode: '0219' });
    const person = await makePerson(t.deps.db, { name: 'Sanne Madsen' });
    await makeMembership(t.deps.db, { personId: person.id, organisationId: org.id, title: 'Næstformand', role: 'naestformand' });
    const naestved = await as({ role: 'municipality_editor', municipalityCode: '0370' });
    expect(await (await naestved.get('/personer?q=Sanne')).text()).not.toContain('Sanne Madsen');
    expect((await naestved.get(`/personer/${person.id}`)).status).toBe(404);
    expect((await naestved.post(`/personer/${person.id}`, { name: 'X', version: '1' })).status).toBe(404);
    const hilleroed = await as({ role: 'municipality_reader', municipalityCode: '0219' });
    const list = await (await hilleroed.get('/personer?q=Sanne')).text();
    expect(list).toContain('Sanne Madsen');
    expect(list).toContain('Næstformand, ' + org.name);
    expect((await hilleroed.get(`/personer/${person.id}`)).status).toBe(200);
    expect((await hilleroed.get(`/personer/${person.id}/rediger`)).status).toBe(403);
    const admin = await as({ role: 'admin' });
    const loner = await admin.post('/personer', { name: 'Uden Tilknytning' });
    expect(loner.status).toBe(303);
    expect(await (await admin.get('/personer?q=Uden&status=inaktive')).text()).toContain('Uden Tilknytning');
  });

  it('edits a person and a membership with optimistic locking, and ends a membership today', async () => {
    const org = await makeOrganisation(t.deps.db, { municipalityCode: '0219' });
    const person = await makePerson(t.deps.db, { name: 'Palle Wørmann' });
    const m = await makeMembership(t.deps.db, {
      personId: person.id,
      organisationId: org.id,
      title: 'Medlem',
      role: 'medlem',
      startDate: '2020-01-01',
    });
    const c = await as({ role: 'municipality_editor', municipalityCode: '0219' });
    expect((await c.post(`/personer/${person.id}`, { name: 'Palle Wørmann', phone: '4922 1000', version: '1' })).status).toBe(303);
    const stalePerson = await c.post(`/personer/${person.id}`, { name: 'Gammelt navn', version: '1' });
    expect(stalePerson.status).toBe(409);
    expect(await stalePerson.text()).toContain('Personen er blevet ændret af en anden');
    const bad = await c.post(`/medlemskaber/${m.id}`, {
      title: 'Formand',
      role: 'formand',
      startDate: '2020-01-01',
      endDate: '2019-12-31',
      version: '1',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Slutdatoen kan ikke ligge før startdatoen.');
    expect(
      (await c.post(`/medlemskaber/${m.id}`, { title: 'Formand', role: 'formand', startDate: '2020-01-01', version: '1' })).status,
    ).toBe(303);
    expect((await c.post(`/medlemskaber/${m.id}`, { title: 'Medlem', role: 'medlem', version: '1' })).status).toBe(409);
    expect((await c.post(`/medlemskaber/${m.id}/afslut`, { version: '1', bekraeft: 'ja' })).status).toBe(409);
    const ended = await c.post(`/medlemskaber/${m.id}/afslut`, { version: '2', bekraeft: 'ja' });
    expect(ended.status).toBe(303);
    expect(ended.headers.get('location')).toBe(`/personer/${person.id}`);
    const [row] = await t.deps.db.select().from(memberships).where(eq(memberships.id, m.id));
    expect(row).toMatchObject({ title: 'Formand', role: 'formand', endDate: danishToday(), version: 3 });
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'membership'), eq(auditEvents.entityId, String(m.id))));
    expect(events.map((e) => e.action).sort()).toEqual(['deactivate', 'update']);
    expect(events.find((e) => e.action === 'update')!.changes).toMatchObject({ title: { old: 'Medlem', new: 'Formand' } });
    const html = await (await c.get(`/personer/${person.id}`)).text();
    expect(html).toContain('4922 1000');
    expect(html).toContain('Deaktiveret');
  });

  it('ending a membership asks first and can be undone the same day, both in the history', async () => {
    const org = await makeOrganisation(t.deps.db, { municipalityCode: '0219', name: 'Bolig Fortryd' });
    const person = await makePerson(t.deps.db, { name: 'Frida Fortryd' });
    const m = await makeMembership(t.deps.db, { personId: person.id, organisationId: org.id, title: 'Næstformand', role: 'naestformand' });
    const c = await as({ role: 'organisation_editor', organisationId: org.id });
    const page = await (await c.get(`/personer/${person.id}`)).text();
    expect(page).toContain(`href="/medlemskaber/${m.id}/afslut"`);
    expect(page).not.toContain(`action="/medlemskaber/${m.id}/afslut"`);
    const step = await (await c.get(`/medlemskaber/${m.id}/afslut`)).text();
    expect(step).toContain('Er du sikker på, at du vil afslutte Frida Fortryd som Næstformand, Bolig Fortryd?');
    expect(step).toContain(`<a href="/personer/${person.id}">Annullér</a>`);
    const unconfirmed = await c.post(`/medlemskaber/${m.id}/afslut`, { version: '1' });
    expect(unconfirmed.headers.get('location')).toBe(`/medlemskaber/${m.id}/afslut`);
    expect((await c.post(`/medlemskaber/${m.id}/afslut`, { version: '1', bekraeft: 'ja' })).status).toBe(303);
    const ended = await (await c.get(`/personer/${person.id}`)).text();
    expect(ended).toContain(`action="/medlemskaber/${m.id}/genoptag"`);
    expect(ended).not.toContain(`href="/medlemskaber/${m.id}/afslut"`);
    expect((await c.post(`/medlemskaber/${m.id}/genoptag`, { version: '2' })).status).toBe(303);
    const [row] = await t.deps.db.select().from(memberships).where(eq(memberships.id, m.id));
    expect(row).toMatchObject({ endDate: null, version: 3 });
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'membership'), eq(auditEvents.entityId, String(m.id))));
    expect(events.map((e) => [e.action, e.changes?.endDate])).toEqual([
      ['deactivate', { old: null, new: danishToday() }],
      ['activate', { old: danishToday(), new: null }],
    ]);
    // An older end is history, not an undo: it is corrected in the edit form.
    const old = await makeMembership(t.deps.db, { personId: person.id, organisationId: org.id, title: 'Suppleant', endDate: '2020-12-31' });
    expect((await c.post(`/medlemskaber/${old.id}/genoptag`, { version: '1' })).status).toBe(400);
  });

  it('adds a membership only to bodies the caller may change', async () => {
    const org = await makeOrganisation(t.deps.db, { municipalityCode: '0219' });
    const own = await makeForum(t.deps.db, { municipalityCode: '0219', name: 'Dialogforum Hillerød' });
    const foreign = await makeForum(t.deps.db, { municipalityCode: '0217', name: 'Rådet for Almene Boligforhold' });
    const person = await makePerson(t.deps.db);
    await makeMembership(t.deps.db, { personId: person.id, organisationId: org.id, title: 'Formand', role: 'formand' });
    const c = await as({ role: 'municipality_editor', municipalityCode: '0219' });
    const form = await (await c.get(`/personer/${person.id}/medlemskaber/ny`)).text();
    expect(form).toContain('Dialogforum Hillerød');
    expect(form).not.toContain('Rådet for Almene Boligforhold');
    const refused = await c.post(`/personer/${person.id}/medlemskaber`, { body: `forum:${foreign.id}`, title: 'Medlem', role: 'medlem' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Du kan ikke tilføje personer til Rådet for Almene Boligforhold.');
    expect((await c.post(`/personer/${person.id}/medlemskaber`, { body: `forum:${own.id}`, title: 'Medlem', role: 'medlem' })).status).toBe(
      303,
    );
    expect(await (await c.get(`/fora/${own.id}`)).text()).toContain(person.name);
    const orgReader = await as({ role: 'organisation_reader', organisationId: org.id });
    expect(
      (await orgReader.post(`/personer/${person.id}/medlemskaber`, { body: `organisation:${org.id}`, title: 'Medlem', role: 'medlem' }))
        .status,
    ).toBe(403);
  });
});
