import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../src/demo/factories.ts';
import { createTestContext, type TestContext } from './app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close().catch(() => undefined);
});

describe('caching of what a logged-in user sees', () => {
  it('is forbidden for every page and download of a logged-in user, not for the public pages', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    const c = t.client();
    expect((await c.get('/kommuner')).headers.get('cache-control') ?? '').not.toContain('no-store');
    await c.login(user.email, user.password);
    for (const path of ['/', '/kommuner', '/admin', '/konto', '/tilsyn.xlsx', '/findes-ikke'])
      expect((await c.get(path)).headers.get('cache-control'), path).toBe('private, no-store');
  });
});

describe('health', () => {
  it('answers /healthz only while the database answers; /livez as long as the process runs', async () => {
    expect((await t.app.request('/healthz')).status).toBe(200);
    await t.database.close();
    const down = await t.app.request('/healthz');
    expect(down.status).toBe(503);
    expect(await down.text()).toBe('Databasen svarer ikke');
    expect((await t.app.request('/livez')).status).toBe(200);
  });
});
