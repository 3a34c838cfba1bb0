import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { makeOrganisation } from '../../../demo/factories.ts';
import { NEVER_PUBLIC, seedPublicData } from '../../../../test/public-seed.ts';
import { oparlProblems } from './required.ts';

/*
 * The OParl 1.1 API through HTTP as an anonymous client: each object type's required fields,
 * paging links, the filters, bad parameters (a JSON 400, never a 500), CORS for reading, and
 * nothing that is not public (issue 16, points 4 and 5).
 */

let t: TestContext;
let anon: TestClient;
let ids: Awaited<ReturnType<typeof seedPublicData>>;
const API = '/oparl/v1.1';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's JSON, held to its shape by the assertions
type Json = any;

beforeAll(async () => {
  t = await createTestContext();
  ids = await seedPublicData(t.deps.db);
  // More organisations, created later, so the list has several pages and the filters something to sort.
  for (let i = 1; i <= 4; i++) {
    await makeOrganisation(t.deps.db, {
      name: `Paging Bolig ${i}`,
      municipalityCode: ids.code,
      createdAt: new Date(`2026-0${i}-01T00:00:00Z`),
      updatedAt: new Date(`2026-0${i}-15T00:00:00Z`),
    });
  }
  anon = t.client();
});
afterAll(() => t.close());

const path = (url: string) => new URL(url).pathname + new URL(url).search;
async function getJson(p: string, status = 200) {
  const res = await anon.get(p);
  expect(res.status, p).toBe(status);
  expect(res.headers.get('content-type'), p).toBe('application/json; charset=utf-8');
  return (await res.json()) as Json;
}

describe('OParl 1.1 API', () => {
  it('walks from the System to every object type, each with its required fields', async () => {
    const system = await getJson(`${API}/system`);
    expect(oparlProblems('System', system)).toEqual([]);
    expect(system.oparlVersion).toBe('https://schema.oparl.org/1.1/');
    const bodies = await getJson(path(system.body));
    expect(bodies.data.length).toBeGreaterThan(0);
    for (const b of bodies.data) expect(oparlProblems('Body', b)).toEqual([]);
    const body = await getJson(`${API}/bodies/${ids.code}`);
    expect(oparlProblems('Body', body)).toEqual([]);
    expect(body.id).toMatch(/^http:\/\/localhost:\d+\/oparl\/v1\.1\/bodies\/0219$/);
    expect((await getJson(path(body.id))).id).toBe(body.id);

    const orgs = await getJson(`${path(body.organization)}?limit=100`);
    const names = orgs.data.map((o: Json) => o.name);
    expect(names).toContain('Boligselskabet Åbne Data');
    expect(names).toContain('Boligforum Åbne Data');
    for (const o of orgs.data) {
      expect(oparlProblems('Organization', o)).toEqual([]);
      expect(await getJson(path(o.id))).toEqual(o);
    }

    const meetings = await getJson(path(body.meeting));
    expect(meetings.data).toHaveLength(1);
    const meeting = meetings.data[0];
    expect(oparlProblems('Meeting', meeting)).toEqual([]);
    expect(meeting.name).toBe('Styringsdialogmøde 2025 åbne data');
    expect(await getJson(path(meeting.id))).toEqual(meeting);
    expect(meeting.agendaItem.map((i: Json) => i.name)).toEqual(['Helhedsplan for Engparken']);
    for (const i of meeting.agendaItem) {
      expect(oparlProblems('AgendaItem', i)).toEqual([]);
      expect(await getJson(path(i.id))).toEqual(i);
    }
    expect(meeting.agendaItem[0].resolutionText).toBe('Helhedsplanen sendes til Landsbyggefonden.');

    const file = meeting.resultsProtocol;
    expect(oparlProblems('File', file)).toEqual([]);
    expect(await getJson(path(file.id))).toEqual(file);
    const files = await getJson(path(body.file));
    expect(files.data).toEqual([file]);
    const pdf = await anon.get(path(file.accessUrl));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    const papers = await getJson(path(body.paper));
    expect(papers.data.map((p: Json) => p.name)).toEqual(['Helhedsplan for Engparken søges']);
    for (const p of papers.data) {
      expect(oparlProblems('Paper', p)).toEqual([]);
      expect(await getJson(path(p.id))).toEqual(p);
    }

    // No person is public: the lists exist and are empty.
    for (const list of [body.person, body.membership]) {
      const l = await getJson(path(list));
      expect(l.data).toEqual([]);
      expect(l.pagination.totalElements).toBe(0);
    }
  });

  it('the checker catches a missing field or a wrong type', () => {
    expect(
      oparlProblems('File', {
        id: 'https://x/1',
        type: 'https://schema.oparl.org/1.1/File',
        created: '2026-01-01',
        modified: '2026-01-01',
      }),
    ).toEqual(['File: accessUrl missing']);
    expect(oparlProblems('Body', { id: 'x', type: 'Body' }).length).toBeGreaterThan(3);
  });

  it('pages a list with first, prev, self, next and last links that keep the filters', async () => {
    const first = await getJson(`${API}/bodies/${ids.code}/organizations?limit=2`);
    expect(first.pagination).toEqual({ totalElements: 6, elementsPerPage: 2, currentPage: 1, totalPages: 3 });
    expect(first.data).toHaveLength(2);
    expect(first.links.prev).toBeUndefined();
    expect(path(first.links.next)).toBe(`${API}/bodies/${ids.code}/organizations?limit=2&page=2`);
    expect(path(first.links.last)).toBe(`${API}/bodies/${ids.code}/organizations?limit=2&page=3`);
    const second = await getJson(path(first.links.next));
    expect(second.pagination.currentPage).toBe(2);
    expect(path(second.links.prev)).toBe(`${API}/bodies/${ids.code}/organizations?limit=2`);
    const seen = new Set<string>();
    let next: string | undefined = `${API}/bodies/${ids.code}/organizations?limit=2`;
    while (next) {
      const p = await getJson(next);
      for (const o of p.data) seen.add(o.id);
      next = p.links.next && path(p.links.next);
    }
    expect(seen.size).toBe(6);
    // Past the last page: an empty page, not an error.
    const past = await getJson(`${API}/bodies/${ids.code}/organizations?limit=2&page=9`);
    expect(past.data).toEqual([]);
    const filtered = await getJson(`${API}/bodies/${ids.code}/organizations?limit=1&created_since=2026-02-01`);
    expect(path(filtered.links.next)).toBe(`${API}/bodies/${ids.code}/organizations?created_since=2026-02-01&limit=1&page=2`);
  });

  it('filters by created_since, created_until, modified_since and modified_until', async () => {
    const names = async (q: string) =>
      (await getJson(`${API}/bodies/${ids.code}/organizations?limit=100&${q}`)).data
        .map((o: Json) => o.name)
        .filter((n: string) => n.startsWith('Paging') || n.startsWith('Boligselskabet'));
    expect(await names('created_since=2026-02-01')).toEqual(['Paging Bolig 2', 'Paging Bolig 3', 'Paging Bolig 4']);
    expect(await names('created_until=2026-01-31T23:59:59Z')).toEqual(['Boligselskabet Åbne Data', 'Paging Bolig 1']);
    expect(await names('modified_since=2026-03-15T00:00:00%2B00:00')).toEqual(['Paging Bolig 3', 'Paging Bolig 4']);
    // An unencoded '+' arrives as a space: read as the offset it was meant to be.
    expect(await names('modified_since=2026-03-15T01:00:00+01:00')).toEqual(['Paging Bolig 3', 'Paging Bolig 4']);
    expect(await names('modified_until=2024-12-31')).toEqual(['Boligselskabet Åbne Data']);
    expect((await getJson(`${API}/bodies/${ids.code}/meetings?modified_since=2999-01-01`)).data).toEqual([]);
    // Bodies are filtered by the created/modified they show.
    const bodies = await getJson(`${API}/bodies?limit=1`);
    const created = bodies.data[0].created as string;
    expect((await getJson(`${API}/bodies?created_since=${created.slice(0, 10)}`)).pagination.totalElements).toBe(
      bodies.pagination.totalElements,
    );
    expect((await getJson(`${API}/bodies?created_until=2000-01-01`)).data).toEqual([]);
  });

  it('answers a malformed or out-of-range parameter with a 400 JSON error, never a 500', async () => {
    const bad = [
      'page=0',
      'page=-1',
      'page=abc',
      'page=1.5',
      'page=99999999999',
      'limit=0',
      'limit=101',
      'modified_since=yesterday',
      'modified_since=2026-13-01',
      'created_since=2026-02-30T25:00:00Z',
      "created_until='; drop table meetings; --",
      'created_since=',
      `modified_since=${'9'.repeat(10000)}`,
    ];
    for (const q of bad) {
      const body = await getJson(`${API}/bodies/${ids.code}/meetings?${q}`, 400);
      expect(body.error.status, q).toBe(400);
      expect(body.error.message, q).toEqual(expect.any(String));
    }
    expect((await getJson(`${API}/bodies/9999`, 404)).error.status).toBe(404);
    await getJson(`${API}/bodies/abc/meetings`, 404);
    await getJson(`${API}/bodies/${ids.code}/meetings/${ids.draft}`, 404);
    await getJson(`${API}/bodies/${ids.code}/meetings/${ids.joint}`, 404);
    await getJson(`${API}/bodies/${ids.code}/papers/${ids.hidden}`, 404);
    await getJson(`${API}/bodies/${ids.code}/files/referat-${ids.draft}`, 404);
    await getJson(`${API}/bodies/${ids.code}/organizations/forum-999999`, 404);
    await getJson(`${API}/nothing-here`, 404);
  });

  it('is open to every origin for reading, and to no one for writing', async () => {
    const res = await anon.get(`${API}/system`, { Origin: 'https://example.org' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const list = await anon.get(`${API}/bodies/${ids.code}/meetings?page=0`);
    expect(list.headers.get('access-control-allow-origin')).toBe('*');
    const pre = await t.app.request(`${API}/system`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, OPTIONS');
    const post = await t.app.request(`${API}/system`, { method: 'POST', headers: { Origin: 'https://example.org' } });
    expect(post.status).toBeGreaterThanOrEqual(400);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never publishes what is not public', async () => {
    const paths = [
      `${API}/bodies/${ids.code}`,
      `${API}/bodies/${ids.code}/organizations?limit=100`,
      `${API}/bodies/${ids.code}/persons`,
      `${API}/bodies/${ids.code}/memberships`,
      `${API}/bodies/${ids.code}/meetings`,
      `${API}/bodies/${ids.code}/papers`,
      `${API}/bodies/${ids.code}/files`,
    ];
    for (const p of paths) {
      const text = await (await anon.get(p)).text();
      for (const word of NEVER_PUBLIC) expect(text, `${p}: ${word}`).not.toContain(word);
      expect(text, p).not.toMatch(/[\w.-]+@[\w-]+\.\w+/);
    }
  });
});
