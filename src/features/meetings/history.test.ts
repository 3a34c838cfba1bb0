import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';

let t: TestContext;
let supervisor: TestClient;
let reader: TestClient;
let orgUser: TestClient;
let orgId: number;

async function loggedIn(user: { email: string; password: string }) {
  const c = t.client();
  await c.login(user.email, user.password);
  return c;
}
const idFrom = (res: Response) => Number(/\/moeder\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
/** The meeting page's history section, tags stripped; empty when there is none. */
const historySection = (html: string) =>
  (/<section aria-labelledby="history-heading">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function createMeeting(title: string) {
  const res = await supervisor.post('/kommuner/0370/moeder', {
    kind: 'dialogmoede',
    organisationId: String(orgId),
    date: '2026-11-04',
    startTime: '10:00',
    endTime: '12:00',
    place: 'Rådhuset',
    title,
    formShown: '1',
  });
  expect(res.status).toBe(303);
  return idFrom(res);
}

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Lejerbo Næstved', municipalityCode: '0370' });
  orgId = org.id;
  supervisor = await loggedIn(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370', name: 'Tove Tilsyn' }));
  reader = await loggedIn(await makeUser(db, { role: 'municipality_reader', municipalityCode: '0370' }));
  orgUser = await loggedIn(await makeUser(db, { role: 'organisation_editor', organisationId: org.id }));
});
afterAll(async () => {
  await t.close();
});

describe("a meeting's history", () => {
  let id: number;
  let other: number;

  it('is on the meeting page for those who may edit it, in Danish, with its items and participants', async () => {
    id = await createMeeting('Styringsdialogmøde 2026');
    other = await createMeeting('Et andet møde');
    expect(
      (
        await supervisor.post(`/moeder/${id}/deltagere`, {
          participantName: 'Jette Hansen',
          participantTitle: 'Direktør',
          side: 'organisation',
        })
      ).status,
    ).toBe(303);
    expect((await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: 'Udlejning', theme: 'udlejning' })).status).toBe(303);
    expect((await supervisor.post(`/moeder/${other}/punkter`, { itemTitle: 'Punkt på det andet møde' })).status).toBe(303);

    const section = historySection(await (await supervisor.get(`/moeder/${id}`)).text());
    expect(section).toContain('Historik');
    expect(section).toContain('Deltager tilføjet: Jette Hansen');
    expect(section).toContain('Side: Boligorganisationen');
    expect(section).toContain('Punkt tilføjet: Udlejning');
    expect(section).toContain('Styringsdialogmøde oprettet: Styringsdialogmøde 2026');
    expect(section).toContain('Mødetype: Styringsdialogmøde');
    expect(section).toContain('Starter: 4. nov. 2026, 10.00');
    // Only this meeting's changes, and no code words.
    expect(section).not.toContain('Punkt på det andet møde');
    expect(section).not.toMatch(/dialogmoede|organisationId|meetingId|T\d{2}:\d{2}/);
  });

  it('is not shown to those who may only read the meeting', async () => {
    for (const viewer of [reader, orgUser]) {
      const res = await viewer.get(`/moeder/${id}`);
      expect(res.status).toBe(200);
      expect(historySection(await res.text())).toBe('');
      expect((await viewer.get(`/moeder/${id}/historik`)).status).toBe(403);
    }
  });

  it('shows the newest changes on the page and all of them, paged, on a page of its own', async () => {
    for (let i = 1; i <= 12; i++) {
      expect((await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: `Punkt ${i}` })).status).toBe(303);
    }
    const html = await (await supervisor.get(`/moeder/${id}`)).text();
    const section = historySection(html);
    expect(section).toContain('Punkt tilføjet: Punkt 12');
    expect(section).not.toContain('Deltager tilføjet');
    expect(html).toContain(`<a href="/moeder/${id}/historik">Se hele mødets historik</a>`);
    const all = await (await supervisor.get(`/moeder/${id}/historik`)).text();
    expect(all).toContain('Deltager tilføjet: Jette Hansen');
    expect(all).toContain('Viser 1–15 af 15');
    expect(all).not.toContain('Punkt på det andet møde');
  });
});
