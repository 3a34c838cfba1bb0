import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/app.ts';
import { countQueries } from '../../test/query-count.ts';
import { makeOrganisation, makeUser } from '../demo/factories.ts';
import { organisations } from '../features/registry/tables.ts';

/*
 * The public site's responses kept in memory (src/lib/public-cache.ts): served again without
 * touching the data while nothing is written, rendered anew after any write, never kept for a
 * logged-in user or for a response its route did not mark public.
 */

let t: TestContext;
let path: string;
let orgId: number;
const anonymous = async (headers: Record<string, string> = {}) => t.app.request(path, { headers: { accept: 'text/html', ...headers } });

beforeAll(async () => {
  t = await createTestContext();
  const org = await makeOrganisation(t.deps.db, { name: 'Boligselskabet Før', municipalityCode: '0219' });
  orgId = org.id;
  path = `/offentlig/kommuner/0219/boligorganisationer/${org.id}`;
  await makeUser(t.deps.db, {
    email: 'tilsyn@cache.dk',
    password: 'kodeord-til-test-1234',
    role: 'municipality_editor',
    municipalityCode: '0219',
  });
});
afterAll(() => t.close());

describe('the public response cache', () => {
  it('serves a public page again with one query (the database state), the same bytes, and a new browser its cookie', async () => {
    const first = await anonymous();
    expect(first.status).toBe(200);
    const body = await first.text();
    expect(body).toContain('Boligselskabet Før');
    let again: Response | undefined;
    expect(await countQueries(t.deps.db, async () => (again = await anonymous()))).toBe(1);
    expect(await again!.text()).toBe(body);
    expect(again!.headers.get('cache-control')).toContain('public');
    expect(again!.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(again!.headers.getSetCookie().some((c) => c.startsWith('sd_bid='))).toBe(true);
  });

  it('renders anew after a write, whoever made it', async () => {
    await anonymous();
    await t.deps.db.update(organisations).set({ name: 'Boligselskabet Efter' }).where(eq(organisations.id, orgId));
    const body = await (await anonymous()).text();
    expect(body).toContain('Boligselskabet Efter');
    expect(body).not.toContain('Boligselskabet Før');
  });

  it('never serves a logged-in user from it, nor keeps their page', async () => {
    await anonymous();
    const user = t.client();
    await user.login('tilsyn@cache.dk', 'kodeord-til-test-1234');
    const res = await user.get(path);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.text()).toContain('Log ud');
    const next = await anonymous();
    expect(await next.text()).not.toContain('Log ud');
  });

  it('keeps no response its route did not mark public: an unknown page is rendered every time', async () => {
    const missing = async () => t.app.request('/offentlig/kommuner/0219/boligorganisationer/999999', { headers: { accept: 'text/html' } });
    expect((await missing()).status).toBe(404);
    expect(await countQueries(t.deps.db, missing)).toBeGreaterThan(1);
  });

  it("keeps no response its route marked s-maxage=0 (the country's CSV, sent as it is read)", async () => {
    const country = async () => t.app.request('/offentlig/data/aftaler.csv');
    const first = await country();
    expect(first.headers.get('cache-control')).toContain('s-maxage=0');
    await first.text();
    expect(await countQueries(t.deps.db, async () => (await country()).text())).toBeGreaterThan(1);
  });

  it('is off with PUBLIC_CACHE_MB=0', async () => {
    const off = await createTestContext({ PUBLIC_CACHE_MB: 0 });
    try {
      const org = await makeOrganisation(off.deps.db, { name: 'Uden mellemlager', municipalityCode: '0219' });
      const get = async () => off.app.request(`/offentlig/kommuner/0219/boligorganisationer/${org.id}`);
      expect((await get()).status).toBe(200);
      expect(await countQueries(off.deps.db, get)).toBeGreaterThan(1);
    } finally {
      await off.close();
    }
  });
});
