import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { NEVER_PUBLIC, seedPublicData } from '../../../../test/public-seed.ts';

/*
 * The CSV downloads through HTTP: UTF-8 with a BOM, Danish headers, the public rows (held years
 * only, letting agreements in force) and never what is not public; linked from the public
 * municipality page.
 */

let t: TestContext;
let anon: TestClient;
let ids: Awaited<ReturnType<typeof seedPublicData>>;

beforeAll(async () => {
  t = await createTestContext();
  ids = await seedPublicData(t.deps.db);
  anon = t.client();
});
afterAll(() => t.close());

async function csv(path: string) {
  const res = await anon.get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toContain('attachment');
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  return { text, rows: parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[] };
}

describe('CSV downloads', () => {
  for (const scope of ['kommuner/0219/', ''] as const) {
    it(`key figures, agreements and letting agreements ${scope ? 'of a municipality' : 'of the whole country'}`, async () => {
      const figures = await csv(`/offentlig/data/${scope}noegletal.csv`);
      const mine = figures.rows.filter((r) => r.Afdeling === 'Engparken');
      expect(mine.map((r) => [r['År'], r['Nøgletal'] !== '', r['Værdi']])).toEqual([['2025', true, '150 kr./m²/år']]);
      const agreements = await csv(`/offentlig/data/${scope}aftaler.csv`);
      const a = agreements.rows.filter((r) => r.Boligorganisation === 'Boligselskabet Åbne Data');
      expect(a).toHaveLength(1);
      expect(a[0]).toMatchObject({
        Kommunekode: '0219',
        År: '2025',
        Aftale: 'Helhedsplan for Engparken søges',
        Status: 'I gang',
        Afdelinger: '3 Engparken',
      });
      const letting = await csv(`/offentlig/data/${scope}udlejningsaftaler.csv`);
      const l = letting.rows.filter((r) => r.Boligorganisation === 'Boligselskabet Åbne Data');
      expect(l.map((r) => [r.Aftaletype, r['Andel (%)']])).toEqual([['Kommunal anvisning', '25']]);
      for (const f of [figures, agreements, letting]) for (const word of NEVER_PUBLIC) expect(f.text, word).not.toContain(word);
    });
  }

  it('an unknown municipality or file is not found', async () => {
    expect((await anon.get('/offentlig/data/kommuner/9999/aftaler.csv')).status).toBe(404);
    expect((await anon.get('/offentlig/data/kommuner/0219/hemmeligt.csv')).status).toBe(404);
    expect((await anon.get('/offentlig/data/aftaler.json')).status).toBe(404);
  });

  it('the public municipality page and the footer link the downloads and the API', async () => {
    const html = await (await anon.get(`/offentlig/kommuner/${ids.code}`)).text();
    for (const kind of ['noegletal', 'aftaler', 'udlejningsaftaler'])
      expect(html).toContain(`href="/offentlig/data/kommuner/0219/${kind}.csv"`);
    expect(html).toContain('href="/oparl/v1.1/bodies/0219"');
    expect(html).toContain('href="/oparl/v1.1/system"');
  });
});
