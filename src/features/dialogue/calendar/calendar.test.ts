import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../auth/scope.ts';
import { makeAdministrator, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { changeStage, setMeetingDate } from '../service.ts';
import { createWiring } from '../../../wiring.ts';

let t: TestContext;
let orgUser: TestClient;
let staff: TestClient;
let admin: TestClient;
let adminUserId: number;
const year = Number(danishToday().slice(0, 4));

async function newFeed(c: TestClient): Promise<string> {
  const html = await (await c.post('/konto/kalender')).text();
  const url = /<code class="sd-break">([^<]+)<\/code>/.exec(html)?.[1];
  if (!url) throw new Error('no feed address on the page');
  return new URL(url).pathname;
}

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const mine = await makeOrganisation(db, { name: 'Min Boligforening', municipalityCode: '0219' });
  await makeOrganisation(db, { name: 'Naboens Boligforening', municipalityCode: '0219' });
  const adm = await makeAdministrator(db);
  await makeOrganisation(db, { name: 'Administreret i Hillerød', municipalityCode: '0219', administratorId: adm.id });
  await makeOrganisation(db, { name: 'Administreret i Næstved', municipalityCode: '0370', administratorId: adm.id });
  const s = await makeUser(db, { role: 'administrator_staff', administratorId: adm.id });
  staff = t.client();
  await staff.login(s.email, s.password);
  await changeStage({
    hooks: createWiring().hooks,
    db,
    actor: SYSTEM_ACTOR,
    organisationId: mine.id,
    year,
    version: 0,
    to: 'indkaldt',
    reason: null,
  });
  await setMeetingDate({ db, actor: SYSTEM_ACTOR, organisationId: mine.id, year, version: 2, date: `${year}-10-20` });
  const u = await makeUser(db, { role: 'organisation_reader', organisationId: mine.id });
  orgUser = t.client();
  await orgUser.login(u.email, u.password);
  const a = await makeUser(db, { role: 'admin' });
  adminUserId = a.id;
  admin = t.client();
  await admin.login(a.email, a.password);
});
afterAll(async () => {
  await t.close();
});

describe('the personal calendar feed', () => {
  it("holds the deadlines and meeting of the user's own organisation only", async () => {
    const path = await newFeed(orgUser);
    const res = await t.client().get(path);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain(`SUMMARY:Frist: Dokumentationspakke indsendt – Min Boligforening`);
    expect(ics).toContain('SUMMARY:Styringsdialogmøde – Min Boligforening');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${year}1020`);
    expect(ics).not.toContain('Naboens');
    // Six organisation deadlines and the fællesmøde, this year and next, plus one meeting.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(15);
    // All-day events: a date start and the next day as end.
    expect(ics).toContain(`DTEND;VALUE=DATE:${year}1021`);
    expect(ics).not.toContain('DURATION');
    // The same UIDs on every fetch, so calendars update events instead of duplicating them.
    const uids = (text: string) => text.match(/^UID:.*$/gm)!.sort();
    expect(uids(await (await t.client().get(path)).text())).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(15);
  });

  it("gives an administrator's staff the organisations it administers, in every municipality, and no others", async () => {
    const ics = await (await t.client().get(await newFeed(staff))).text();
    expect(ics).toContain('SUMMARY:Frist: Regnskab indsendt – Administreret i Hillerød');
    expect(ics).toContain('SUMMARY:Frist: Regnskab indsendt – Administreret i Næstved');
    expect(ics).toContain('SUMMARY:Fællesmøde – Næstved Kommune');
    expect(ics).not.toMatch(/Min Boligforening|Naboens/);
  });

  it('stops working when replaced, deleted, or the user is disabled', async () => {
    const first = await newFeed(orgUser);
    const second = await newFeed(orgUser);
    expect((await t.client().get(first)).status).toBe(404);
    expect((await t.client().get(second)).status).toBe(200);
    expect((await orgUser.post('/konto/kalender/slet')).status).toBe(303);
    expect((await t.client().get(second)).status).toBe(404);
    const adminFeed = await newFeed(admin);
    expect(await (await t.client().get(adminFeed)).text()).toContain('Naboens Boligforening');
    const { users } = await import('../../../auth/tables.ts');
    const { eq } = await import('drizzle-orm');
    await t.deps.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, adminUserId));
    expect((await t.client().get(adminFeed)).status).toBe(404);
    expect((await t.client().get('/kalender/not-a-token.ics')).status).toBe(404);
  });
});
