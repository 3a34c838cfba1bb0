import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverHotPages, HOT_PAGES, type HotPage } from '../bench/lib/hot-pages.ts';
import { DEMO_PASSWORD, DEMO_USERS, loadDemoData } from '../src/demo/demo-data.ts';
import { createTestContext, type TestContext } from './app.ts';
import { countQueries } from './query-count.ts';

/**
 * The most SQL statements a hot page (the pages `npm run bench:load` drives) may send for any demo
 * role, session lookup included. PGlite runs one statement at a time, so each one costs every
 * waiting request; a page that needs more is a regression to look at, not a number to raise.
 */
const MAX_QUERIES: Record<HotPage, number> = {
  'front page': 5,
  supervision: 5,
  organisation: 5,
  dialogue: 5,
  package: 8,
  meeting: 10,
  'year wheel': 6,
  'meeting search': 4,
};

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ DATA_DIR: await mkdtemp(join(tmpdir(), 'sd-hot-pages-')) });
  await loadDemoData(t.deps.db, t.deps.wiring, t.deps.config);
});
afterAll(async () => {
  await t.close();
});

describe('hot pages', () => {
  it('every demo role finds its pages by links, and each answers with few queries', async () => {
    const counts: Partial<Record<HotPage, Record<string, number>>> = {};
    for (const user of DEMO_USERS) {
      const client = t.client();
      await client.login(user.email, DEMO_PASSWORD);
      const get = async (path: string) => {
        const res = await client.get(path);
        return { status: res.status, location: res.headers.get('location'), html: await res.text() };
      };
      const pages = await discoverHotPages(get);
      for (const page of HOT_PAGES) {
        const path = pages[page];
        expect(path, `${user.email} finds the ${page}`).toBeDefined();
        if (!path) continue;
        let status = 0;
        const n = await countQueries(t.deps.db, async () => {
          status = (await get(path)).status;
        });
        expect(`${user.email} ${path} ${status}`).toBe(`${user.email} ${path} 200`);
        (counts[page] ??= {})[user.email] = n;
      }
    }
    const worst = Object.fromEntries(HOT_PAGES.map((page) => [page, Math.max(...Object.values(counts[page] ?? {}))]));
    for (const page of HOT_PAGES)
      expect({ page, queries: worst[page] }).toEqual({ page, queries: Math.min(worst[page], MAX_QUERIES[page]) });
  });
});
