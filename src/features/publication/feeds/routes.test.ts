import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { NEVER_PUBLIC, seedPublicData } from '../../../../test/public-seed.ts';

/* The Atom feeds through HTTP: valid Atom 1.0 (RFC 4287), linked from the public pages, and only what is public. */

const ATOM = 'http://www.w3.org/2005/Atom';
let t: TestContext;
let anon: TestClient;
let ids: Awaited<ReturnType<typeof seedPublicData>>;
const paths = () => ({
  municipality: `/offentlig/kommuner/${ids.code}`,
  organisation: `/offentlig/kommuner/${ids.code}/boligorganisationer/${ids.org}`,
  estate: `/offentlig/kommuner/${ids.code}/boligorganisationer/${ids.org}/afdelinger/${ids.estate}`,
});

/** Parses strictly: any well-formedness error throws. */
function parse(xml: string) {
  const fail = (msg: string) => {
    throw new Error(msg);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(
    xml,
    'application/xml',
  );
}

const children = (el: Element, name: string) =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const text = (el: Element, name: string) => children(el, name)[0]?.textContent ?? null;

beforeAll(async () => {
  t = await createTestContext();
  anon = t.client();
  ids = await seedPublicData(t.deps.db);
});
afterAll(async () => {
  await t.close();
});

describe('Atom feeds', () => {
  it('each public page has a valid Atom 1.0 feed with the required elements, linked in its head and body', async () => {
    for (const [kind, path] of Object.entries(paths())) {
      const res = await anon.get(`${path}/feed.atom`);
      expect(res.status, kind).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const doc = parse(await res.text());
      const feed = doc.documentElement;
      expect(feed.localName).toBe('feed');
      expect(feed.namespaceURI).toBe(ATOM);
      for (const name of ['id', 'title', 'updated']) expect(text(feed, name), `${kind} ${name}`).toBeTruthy();
      expect(text(children(feed, 'author')[0], 'name')).toBe('Styringsdialog');
      const links = children(feed, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')]);
      expect(links).toContainEqual(['self', `${t.deps.config.PUBLIC_URL.replace(/\/$/, '')}${path}/feed.atom`]);
      expect(links.some(([rel, href]) => rel === 'alternate' && href?.endsWith(path))).toBe(true);
      const entries = children(feed, 'entry');
      expect(entries.length, kind).toBeGreaterThan(0);
      for (const e of entries) {
        for (const name of ['id', 'title', 'updated', 'summary']) expect(text(e, name), `${kind} entry ${name}`).toBeTruthy();
        expect(Number.isNaN(Date.parse(text(e, 'updated')!))).toBe(false);
        expect(children(e, 'link')[0].getAttribute('href')).toMatch(/^http/);
      }
      const ids = entries.map((e) => text(e, 'id'));
      expect(new Set(ids).size).toBe(ids.length);

      const html = await (await anon.get(path)).text();
      expect(html).toContain(`<link rel="alternate" type="application/atom+xml"`);
      expect(html).toContain(`href="${path}/feed.atom"`);
    }
  });

  it('lists only what is public: approved minutes, agreements of a held dialogue, letting agreements in force', async () => {
    const all = (await Promise.all(Object.values(paths()).map(async (p) => (await anon.get(`${p}/feed.atom`)).text()))).join('\n');
    expect(all).toContain('Styringsdialogmøde 2025 åbne data');
    expect(all).toContain('Helhedsplan for Engparken søges');
    expect(all).toContain('Kommunal anvisning');
    for (const word of NEVER_PUBLIC) expect(all, word).not.toContain(word);
  });

  it('an unknown scope is 404, and an address under the wrong municipality redirects to the one address', async () => {
    expect((await anon.get('/offentlig/kommuner/9999/feed.atom')).status).toBe(404);
    expect((await anon.get(`/offentlig/kommuner/${ids.code}/boligorganisationer/999999/feed.atom`)).status).toBe(404);
    const res = await anon.get(`/offentlig/kommuner/0101/boligorganisationer/${ids.org}/feed.atom`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${paths().organisation}/feed.atom`);
  });
});
