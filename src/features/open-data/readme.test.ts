import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { seedPublicData } from '../../../test/public-seed.ts';

/*
 * The README's open-data examples, each requested through the app, so the documentation cannot
 * rot: every line of the marked block answers 200 with the OParl type it names (or CSV).
 */

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const block = /<!-- open-data-examples -->\n```\n([\s\S]*?)```\n<!-- \/open-data-examples -->/.exec(readme)?.[1] ?? '';
const examples = block
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
    const m = /^GET (\S+)\s+→ (list of )?(\w+)$/.exec(l.trim());
    if (!m) throw new Error(`README example not understood: ${l}`);
    return { path: m[1], list: Boolean(m[2]), type: m[3] };
  });

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  await seedPublicData(t.deps.db);
});
afterAll(() => t.close());

describe('README open-data examples', () => {
  it('has examples of the API and the CSV files', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples[0]).toEqual({ path: '/oparl/v1.1/system', list: false, type: 'System' });
  });

  it.each(examples)('$path answers 200 with $type', async ({ path, list, type }) => {
    const res = await t.client().get(path);
    expect(res.status).toBe(200);
    if (type === 'CSV') {
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      return;
    }
    const body = (await res.json()) as { type?: string; data?: { type: string }[] };
    const objects = list ? body.data! : [body];
    expect(objects.length).toBeGreaterThan(0);
    for (const o of objects) expect(o.type).toBe(`https://schema.oparl.org/1.1/${type}`);
  });
});
