import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { auditEvents } from '../audit/tables.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});

describe('users', () => {
  it('an admin deactivates a user through the confirmation step and can reactivate them, never themself', async () => {
    const admin = await makeUser(t.deps.db, { role: 'admin', name: 'Anna Admin' });
    const victim = await makeUser(t.deps.db, { role: 'municipality_reader', municipalityCode: '0219', name: 'Vera Væk' });
    const a = t.client();
    await a.login(admin.email, admin.password);
    const list = await (await a.get(`/admin/brugere?q=${encodeURIComponent('V')}`)).text();
    expect(list).toContain(`href="/admin/brugere/${victim.id}/deaktiver"`);
    expect(list).not.toContain(`action="/admin/brugere/${victim.id}/deaktiver"`);
    const own = await (await a.get('/admin/brugere?q=Anna')).text();
    expect(own).not.toContain(`/admin/brugere/${admin.id}/deaktiver`);
    expect((await a.get(`/admin/brugere/${admin.id}/deaktiver`)).status).toBe(403);
    const step = await (await a.get(`/admin/brugere/${victim.id}/deaktiver`)).text();
    expect(step).toContain(`Er du sikker på, at du vil deaktivere Vera Væk (${victim.email})?`);
    expect(step).toContain('logges ud med det samme');
    expect((await a.post(`/admin/brugere/${victim.id}/deaktiver`)).headers.get('location')).toBe(`/admin/brugere/${victim.id}/deaktiver`);
    expect((await a.post(`/admin/brugere/${victim.id}/deaktiver`, { bekraeft: 'ja' })).status).toBe(303);
    expect((await t.client().post('/login', { email: victim.email, password: victim.password })).status).toBe(400);
    expect(await (await a.get('/admin/brugere?q=Vera')).text()).toContain(`action="/admin/brugere/${victim.id}/genaktiver"`);
    expect((await a.post(`/admin/brugere/${victim.id}/genaktiver`)).status).toBe(303);
    expect((await t.client().post('/login', { email: victim.email, password: victim.password })).status).toBe(303);
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'user'), eq(auditEvents.entityId, String(victim.id))));
    expect(events.map((e) => e.action).filter((x) => x !== 'login')).toEqual(['deactivate', 'activate']);
    expect(events.find((e) => e.action === 'deactivate')!.actorLabel).toContain(admin.email);
  });
});
