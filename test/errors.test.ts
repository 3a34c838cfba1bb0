import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMunicipalities } from '../src/features/registry/municipalities.ts';
import { createTestContext, type TestContext } from './app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  t.app.get('/__boom', () => {
    throw new Error('database password is hunter2');
  });
});
afterAll(async () => {
  await t.close();
});

describe('error pages', () => {
  it('an unknown address is a Danish 404 page', async () => {
    const res = await t.client().get('/findes/ikke');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('Siden findes ikke');
  });

  it('an unexpected error is a Danish 500 page with a reference, never the error itself', async () => {
    const res = await t.client().get('/__boom');
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('Der opstod en fejl');
    expect(html).toContain(res.headers.get('x-request-id')!);
    expect(html).not.toContain('hunter2');
    expect(html).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers JSON to a client that asks for JSON', async () => {
    const res = await t.app.request('/findes/ikke', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { status: 404, message: 'Adressen findes ikke. Den kan være flyttet eller skrevet forkert.' },
    });
  });

  it('a protected page sends an anonymous visitor to the login page and back', async () => {
    const res = await t.client().get('/afdelinger?q=sol');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fafdelinger%3Fq%3Dsol');
  });
});

describe('reference data', () => {
  it('has the 98 municipalities with four-digit codes', () => {
    const rows = readMunicipalities();
    expect(rows).toHaveLength(98);
    expect(rows.find((r) => r.code === '0219')?.name).toBe('Hillerød Kommune');
    expect(new Set(rows.map((r) => r.code)).size).toBe(98);
  });

  it('the bundled copy equals shared/data/kommuner.csv when that is present', () => {
    const shared = new URL('../../shared/data/kommuner.csv', import.meta.url);
    if (!existsSync(shared)) return;
    expect(readFileSync(new URL('../src/features/registry/kommuner.csv', import.meta.url), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
