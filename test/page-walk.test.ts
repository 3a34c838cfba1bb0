import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS, loadDemoData } from '../src/demo/demo-data.ts';
import { createTestContext, type TestClient, type TestContext } from './app.ts';

/*
 * Every demo role (and the public) walks the app by its links from the front page, as a person
 * would. On every page: no id is used twice, and every label, ARIA reference and error-summary
 * link points at an id that is there. No link leads to a page that answers 403 or 404: a link a
 * caller may not follow is not shown (the views decide by the same policy the page does).
 */

// Enough for the whole demo installation as the admin sees it (about 460 pages); a bound, not a sample.
const MAX_PAGES = 600;
const THIS_YEAR = new Date().getFullYear();

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ DATA_DIR: await mkdtemp(join(tmpdir(), 'sd-page-walk-')) });
  await loadDemoData(t.deps.db, t.deps.wiring, t.deps.config);
});
afterAll(async () => {
  await t.close();
});

/** What is wrong with one page's ids: duplicates, and references to ids that are not there. */
export function idProblems(html: string): string[] {
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const problems = ids.filter((id) => seen.has(id) || !seen.add(id)).map((id) => `id "${id}" twice`);
  const refs = [
    ...[...html.matchAll(/\sfor="([^"]*)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\saria-(?:describedby|labelledby|controls)="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)),
    ...[...html.matchAll(/class="function-link" href="#([^"]*)"/g)].map((m) => m[1]),
  ];
  return [...problems, ...refs.filter((r) => r && !seen.has(r)).map((r) => `reference to missing id "${r}"`)];
}

/** The links worth following once: pages, not downloads, sort orders or every year since 2010. */
function pageLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)"/g)]
    .map((m) => m[1].replaceAll('&amp;', '&'))
    .filter((href) => !/^\/static\/|\.(pdf|docx|xlsx|ics|svg|csv)(\?|$)|\/(filer|bilag)\/\d+$|[?&](page|sort|dir)=/.test(href))
    .filter((href) => {
      const year = /(?:styringsdialog\/|aar=)(\d{4})/.exec(href);
      return !year || Math.abs(Number(year[1]) - THIS_YEAR) <= 1;
    });
}

async function walk(client: TestClient) {
  const queue = ['/'];
  const from = new Map<string, string>([['/', '(start)']]);
  const report: string[] = [];
  let visited = 0;
  while (queue.length && visited < MAX_PAGES) {
    const path = queue.shift()!;
    visited++;
    const res = await client.get(path);
    if (res.status === 403 || res.status === 404) report.push(`${res.status} ${path}, linked from ${from.get(path)}`);
    if (res.status !== 200 || !res.headers.get('content-type')?.includes('text/html')) continue;
    const html = await res.text();
    for (const problem of idProblems(html)) report.push(`${path}: ${problem}`);
    for (const link of pageLinks(html)) {
      if (from.has(link)) continue;
      from.set(link, path);
      queue.push(link);
    }
  }
  return { visited, report };
}

describe('walking the app as each role', () => {
  for (const email of ['anonymous', ...DEMO_USERS.map((u) => u.email)]) {
    it(`${email}: unique ids, references that resolve, and no link to a page that refuses`, async () => {
      const client = t.client();
      if (email !== 'anonymous') await client.login(email, DEMO_PASSWORD);
      const { visited, report } = await walk(client);
      expect(visited).toBeGreaterThan(10);
      expect(report).toEqual([]);
    });
  }

  it('a dialogue page with a refused form has one id per field, and its error summary points into that form', async () => {
    const client = t.client();
    await client.login('tilsyn.hilleroed@demo.dk', DEMO_PASSWORD);
    const overview = await (await client.get('/tilsyn')).text();
    const dialogue = /href="(\/boligorganisationer\/\d+\/styringsdialog\/\d{4})"/.exec(overview)![1];
    const page = await (await client.get(dialogue)).text();
    expect(idProblems(page)).toEqual([]);
    // The two "Begrundelse" boxes, each with its own label.
    expect(page).toContain('for="stage-reason"');
    expect(page).toContain('for="frequency-reason"');
    const organisationId = /\/boligorganisationer\/(\d+)\//.exec(dialogue)![1];
    const refused = await client.post(`/boligorganisationer/${organisationId}/styringsdialog/hyppighed`, {
      frequency: 'aarlig',
      fromYear: 'sidste år',
      year: dialogue.slice(-4),
      version: '0',
    });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(idProblems(html)).toEqual([]);
    expect(html).toContain('href="#frequency-fromYear"');
    expect(html).toContain('value="sidste år"');
  });
});
