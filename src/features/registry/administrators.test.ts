import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { makeAdministrator, makeMembership, makeOrganisation, makePerson, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { auditEvents } from '../audit/tables.ts';
import { administrators } from './tables.ts';

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

describe('administrators', () => {
  it('an admin creates, edits and deactivates an administrator, with history', async () => {
    const c = await as({ role: 'admin' });
    const created = await c.post('/administrationsorganisationer', { name: 'Boligkontoret Test', cvr: '1234 5678', email: 'post@bkt.dk' });
    expect(created.status).toBe(303);
    const href = created.headers.get('location')!;
    const id = Number(href.split('/').pop());
    expect(await (await c.get(href)).text()).toContain('12345678');
    expect((await c.post(href, { name: 'Boligkontoret Test A/S', cvr: '12345678', version: '1' })).status).toBe(303);
    const stale = await c.post(href, { name: 'Forældet navn', version: '1' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Administrationsorganisationen er blevet ændret af en anden');
    expect((await c.post(`${href}/deaktiver`, { version: '2', bekraeft: 'ja' })).status).toBe(303);
    const html = await (await c.get(href)).text();
    expect(html).toContain('Administrationsorganisationen er deaktiveret');
    expect(html).toContain('Boligkontoret Test A/S');
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'administrator'), eq(auditEvents.entityId, String(id))));
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'deactivate', 'update']);
    expect(events.find((e) => e.action === 'update')!.changes).toMatchObject({
      name: { old: 'Boligkontoret Test', new: 'Boligkontoret Test A/S' },
    });
    expect(await (await c.get('/administrationsorganisationer?status=inaktive')).text()).toContain('Boligkontoret Test A/S');
  });

  it('keeps the input and shows the message at the field when the form is wrong', async () => {
    await makeAdministrator(t.deps.db, { name: 'Lejerbo' });
    const c = await as({ role: 'admin' });
    const bad = await c.post('/administrationsorganisationer', { name: 'Ny administration', cvr: '123', email: 'ikke-en-mail' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('CVR-nummeret skal være otte cifre.');
    expect(html).toContain('Skriv en gyldig e-mail, fx navn@kommune.dk.');
    expect(html).toContain('value="ikke-en-mail"');
    const dup = await c.post('/administrationsorganisationer', { name: 'Lejerbo' });
    expect(dup.status).toBe(400);
    expect(await dup.text()).toContain('Der findes allerede en administrationsorganisation med navnet Lejerbo.');
  });

  it('staff of A edit A, not B; only admins create and deactivate', async () => {
    const a = await makeAdministrator(t.deps.db);
    const b = await makeAdministrator(t.deps.db);
    const staff = await as({ role: 'administrator_staff', administratorId: a.id });
    expect((await staff.get(`/administrationsorganisationer/${a.id}/rediger`)).status).toBe(200);
    expect((await staff.post(`/administrationsorganisationer/${a.id}`, { name: 'A omdøbt', version: '1' })).status).toBe(303);
    expect((await staff.get(`/administrationsorganisationer/${b.id}/rediger`)).status).toBe(403);
    expect((await staff.post(`/administrationsorganisationer/${b.id}`, { name: 'B overtaget', version: '1' })).status).toBe(403);
    expect((await staff.post(`/administrationsorganisationer/${a.id}/deaktiver`, { version: '2', bekraeft: 'ja' })).status).toBe(403);
    expect((await staff.get('/administrationsorganisationer/ny')).status).toBe(403);
    const [row] = await t.deps.db.select().from(administrators).where(eq(administrators.id, b.id));
    expect(row.name).toBe(b.name);
  });

  it('shows only the organisations the caller may see, by municipality, and staff contacts to those who work with it', async () => {
    const a = await makeAdministrator(t.deps.db, { name: 'Fælles Administration' });
    await makeOrganisation(t.deps.db, { name: 'Hillerød Bolig X', municipalityCode: '0219', administratorId: a.id });
    await makeOrganisation(t.deps.db, { name: 'Næstved Bolig Y', municipalityCode: '0370', administratorId: a.id });
    const person = await makePerson(t.deps.db, { name: 'Christian Fries', email: 'cf@admin.dk' });
    await makeMembership(t.deps.db, { personId: person.id, administratorId: a.id, title: 'Forretningsfører', role: 'medarbejder' });
    const naestved = await as({ role: 'municipality_reader', municipalityCode: '0370' });
    const html = await (await naestved.get(`/administrationsorganisationer/${a.id}`)).text();
    expect(html).toContain('Næstved Bolig Y');
    expect(html).toContain('Næstved Kommune');
    expect(html).not.toContain('Hillerød Bolig X');
    expect(html).toContain('2 boligorganisationer i 2 kommuner');
    expect(html).toContain('Forretningsfører');
    expect(html).toContain('cf@admin.dk');
    const stranger = await as({ role: 'municipality_reader', municipalityCode: '0101' });
    const other = await (await stranger.get(`/administrationsorganisationer/${a.id}`)).text();
    expect(other).toContain('Christian Fries');
    expect(other).not.toContain('cf@admin.dk');
    expect(other).toContain('Ingen af organisationens boligorganisationer er i dit område.');
    const list = await (await stranger.get('/administrationsorganisationer?kommune=0370&q=Fælles')).text();
    expect(list).toContain('Fælles Administration');
    expect(await (await stranger.get('/administrationsorganisationer?kommune=0151&q=Fælles')).text()).not.toContain(
      'Fælles Administration',
    );
  });
});
