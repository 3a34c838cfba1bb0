import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS, loadDemoData } from '../src/demo/demo-data.ts';
import { createTestContext, type TestContext } from './app.ts';

/*
 * The demo's pages as each demo role reaches them by links: no count of one with a plural noun
 * ("1 afdelinger", "1 møder afholdt"). Every count that meets a noun goes through
 * src/lib/plural.ts; this walk catches a view that does not.
 */

const PLURALS = [
  'afdelinger',
  'boliger',
  'boligorganisationer',
  'organisationer',
  'styringsdialoger',
  'møder',
  'dage',
  'punkter',
  'underpunkter',
  'filer',
  'deltagere',
  'frister',
  'stemmer',
  'kommuner',
  'personer',
  'medlemmer',
  'brugere',
  'beslutninger',
  'opfølgningspunkter',
  'linjer',
  'timer',
  'minutter',
  'måneder',
];
const ONE_WITH_PLURAL = new RegExp(`(?<![\\d.,–-])1 (${PLURALS.join('|')})\\b`, 'u');
/** Pages of the same shape (/moeder/1, /moeder/2) are looked at twice at most. */
const PER_SHAPE = 2;
const PER_USER = 40;

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ DATA_DIR: await mkdtemp(join(tmpdir(), 'sd-grammar-')) });
  await loadDemoData(t.deps.db, t.deps.wiring, t.deps.config);
});
afterAll(async () => {
  await t.close();
});

const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('Danish grammar on the demo pages', () => {
  it('never puts a plural noun after the count one', async () => {
    const found: string[] = [];
    for (const user of DEMO_USERS) {
      const client = t.client();
      await client.login(user.email, DEMO_PASSWORD);
      const seen = new Set<string>(['/']);
      const shapes = new Map<string, number>();
      const queue = ['/'];
      let visited = 0;
      while (queue.length && visited < PER_USER) {
        const path = queue.shift()!;
        const res = await client.get(path);
        if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
        visited++;
        const html = await res.text();
        const hit = ONE_WITH_PLURAL.exec(textOf(html));
        if (hit) found.push(`${user.email} ${path}: "${hit[0]}"`);
        for (const [, href] of html.matchAll(/href="(\/[^"#]*)"/g)) {
          const link = href.replace(/&amp;/g, '&');
          if (seen.has(link) || /^\/(static|logout)|\.(pdf|docx|xlsx|csv|ics|svg)$|\/bilag\/|\/filer\//.test(link)) continue;
          const shape = link.replace(/\d+/g, 'N').replace(/\?.*/, '?');
          if ((shapes.get(shape) ?? 0) >= PER_SHAPE) continue;
          shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
          seen.add(link);
          queue.push(link);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
