import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { makeForum, makeMembership, makeOrganisation, makePerson, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { auditEvents } from '../audit/tables.ts';
import { fora } from './tables.ts';

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

const KOMMISSORIUM = 'Rådet drøfter udviklingen på almenboligområdet og rådgiver Byrådet om strategiske indsatser for de almene boliger.';

describe('fora', () => {
  it('name, terms of reference and members are public; contact details and history only for the municipality', async () => {
    const forum = await makeForum(t.deps.db, {
      municipalityCode: '0217',
      name: 'Rådet for Almene Boligforhold',
      termsOfReference: KOMMISSORIUM,
      meetingsPerYear: 4,
      secretariat: 'By, Plan og Miljø',
    });
    const chair = await makePerson(t.deps.db, { name: 'Palle Wørmann', email: 'palle@helsingor.dk' });
    await makeMembership(t.deps.db, { personId: chair.id, forumId: forum.id, title: 'Formand', role: 'formand', startDate: '2022-01-01' });
    const anon = t.client();
    expect(await (await anon.get('/fora?kommune=0217')).text()).toContain('Rådet for Almene Boligforhold');
    const res = await anon.get(`/fora/${forum.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(KOMMISSORIUM);
    expect(html).toContain('Palle Wørmann');
    expect(html).not.toContain('palle@helsingor.dk');
    expect(html).not.toContain(`/personer/${chair.id}`);
    expect(html).not.toContain('Historik');
    const org = await as({
      role: 'organisation_editor',
      organisationId: (await makeOrganisation(t.deps.db, { municipalityCode: '0217' })).id,
    });
    expect(await (await org.get(`/fora/${forum.id}`)).text()).not.toContain('palle@helsingor.dk');
    const helsingor = await as({ role: 'municipality_reader', municipalityCode: '0217' });
    const inside = await (await helsingor.get(`/fora/${forum.id}`)).text();
    expect(inside).toContain('palle@helsingor.dk');
    expect(inside).toContain('Historik');
    expect(inside).not.toContain('/rediger');
  });

  it('a municipality editor creates a forum in their own municipality only, keeping the input on errors', async () => {
    const c = await as({ role: 'municipality_editor', municipalityCode: '0217' });
    const bad = await c.post('/fora', { name: 'Bystrategisk partnerskab', municipalityCode: '0217', meetingsPerYear: 'fire' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Antal møder om året skal være et helt tal.');
    expect(badHtml).toContain('value="fire"');
    const other = await c.post('/fora', { name: 'Andet forum', municipalityCode: '0219' });
    expect(other.status).toBe(400);
    expect(await other.text()).toContain('Du kan kun oprette fora i din egen kommune.');
    const res = await c.post('/fora', {
      name: 'Bystrategisk partnerskab',
      municipalityCode: '0217',
      meetingsPerYear: '4',
      secretariat: 'Helsingør Kommune',
    });
    expect(res.status).toBe(303);
    const html = await (await c.get(res.headers.get('location')!)).text();
    expect(html).toContain('Bystrategisk partnerskab');
    expect(html).toContain('Oprettet');
    const reader = await as({ role: 'municipality_reader', municipalityCode: '0217' });
    expect((await reader.get('/fora/ny')).status).toBe(403);
    const org = await as({ role: 'organisation_editor', organisationId: (await makeOrganisation(t.deps.db)).id });
    expect((await org.post('/fora', { name: 'X', municipalityCode: '0219' })).status).toBe(403);
  });

  it('edits with optimistic locking, stays in its municipality, and is closed and reopened with history', async () => {
    const forum = await makeForum(t.deps.db, { municipalityCode: '0217', name: 'Dialogforum for almene boliger', meetingsPerYear: 2 });
    const c = await as({ role: 'municipality_editor', municipalityCode: '0217' });
    const form = {
      name: 'Dialogforum for almene boliger',
      municipalityCode: '0217',
      meetingsPerYear: '3',
      termsOfReference: 'Fælles dialog om boligpolitikken.',
    };
    expect((await c.post(`/fora/${forum.id}`, { ...form, version: '1' })).status).toBe(303);
    const stale = await c.post(`/fora/${forum.id}`, { ...form, meetingsPerYear: '6', version: '1' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Forummet er blevet ændret af en anden');
    const moved = await c.post(`/fora/${forum.id}`, { ...form, municipalityCode: '0219', version: '2' });
    expect(moved.status).toBe(400);
    expect(await moved.text()).toContain('Kun en administrator kan flytte et forum til en anden kommune.');
    const naestved = await as({ role: 'municipality_editor', municipalityCode: '0370' });
    expect((await naestved.get(`/fora/${forum.id}/rediger`)).status).toBe(403);
    expect((await naestved.post(`/fora/${forum.id}/nedlaeg`, { version: '2', bekraeft: 'ja' })).status).toBe(403);
    expect((await c.post(`/fora/${forum.id}/nedlaeg`, { version: '2', bekraeft: 'ja' })).status).toBe(303);
    expect(await (await c.get(`/fora/${forum.id}`)).text()).toContain('Forummet er nedlagt');
    expect(await (await t.client().get('/fora?status=inaktive&q=Dialogforum')).text()).toContain('Dialogforum for almene boliger');
    expect((await c.post(`/fora/${forum.id}/genopret`, { version: '3' })).status).toBe(303);
    const [row] = await t.deps.db.select().from(fora).where(eq(fora.id, forum.id));
    expect(row).toMatchObject({ meetingsPerYear: 3, active: true, version: 4 });
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'forum'), eq(auditEvents.entityId, String(forum.id))));
    expect(events.map((e) => e.action).sort()).toEqual(['activate', 'deactivate', 'update']);
    expect(events.find((e) => e.action === 'update')!.changes).toMatchObject({ meetingsPerYear: { old: 2, new: 3 } });
  });
});
