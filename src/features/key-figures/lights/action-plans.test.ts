import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAdministrator, makeEstate, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import { auditEvents } from '../../audit/tables.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { actionPlans, estateFigures } from '../tables.ts';
import { ensureActionPlans } from './action-plans.ts';

/*
 * Rød tre år i træk → an action plan: made once when the run is found, written by the
 * organisation's side, shown on the dialogue page until the supervising municipality marks it
 * handled (with a confirmation step, and an undo), every step in the history.
 */

let t: TestContext;
const as = {} as Record<'anon' | 'supervisor' | 'reader' | 'otherMuni' | 'orgEditor' | 'orgReader' | 'staff' | 'otherOrg', TestClient>;
const ids = {} as Record<'org' | 'red' | 'twoYears' | 'rule', number>;
const NEXT_YEAR = new Date().getFullYear() + 1;

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const adm = await makeAdministrator(db);
  const org = await makeOrganisation(db, { name: 'Boligselskabet Rødt', municipalityCode: '0219', administratorId: adm.id });
  const other = await makeOrganisation(db, { municipalityCode: '0219' });
  ids.org = org.id;
  ids.red = (await makeEstate(db, { organisationId: org.id, number: 12, name: 'Solgården' })).id;
  ids.twoYears = (await makeEstate(db, { organisationId: org.id, number: 14, name: 'Skovbrynet' })).id;
  ids.rule = (await makeEstate(db, { organisationId: org.id, number: 16, name: 'Engen' })).id;
  const green = await makeEstate(db, { organisationId: org.id, number: 18, name: 'Bakken' });
  await db.insert(estateFigures).values([
    ...[2022, 2023, 2024, 2025].map((year) => ({ estateId: ids.red, year, values: { aarets_resultat: -50_000, henlaeggelser: 210 } })),
    { estateId: ids.twoYears, year: 2022, values: { aarets_resultat: 10 } },
    { estateId: ids.twoYears, year: 2023, values: { aarets_resultat: -1 } },
    { estateId: ids.twoYears, year: 2024, values: { aarets_resultat: -1 } },
    // Yellow by the default (below 200), red by a rule of 160.
    ...[2022, 2023, 2024].map((year) => ({ estateId: ids.rule, year, values: { henlaeggelser: 150 } })),
    ...[2022, 2023, 2024].map((year) => ({ estateId: green.id, year, values: { aarets_resultat: 5, henlaeggelser: 250 } })),
  ]);
  const users = {
    supervisor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    reader: await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }),
    otherMuni: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }),
    orgEditor: await makeUser(db, { role: 'organisation_editor', organisationId: org.id }),
    orgReader: await makeUser(db, { role: 'organisation_reader', organisationId: org.id }),
    staff: await makeUser(db, { role: 'administrator_staff', administratorId: adm.id }),
    otherOrg: await makeUser(db, { role: 'organisation_editor', organisationId: other.id }),
  };
  as.anon = t.client();
  for (const [who, user] of Object.entries(users)) {
    as[who as keyof typeof users] = t.client();
    await as[who as keyof typeof users].login(user.email, user.password);
  }
});
afterAll(() => t.close());

const plansOf = (estateId: number) =>
  t.deps.db.select().from(actionPlans).where(eq(actionPlans.estateId, estateId)).orderBy(actionPlans.year);
const text = async (res: Response) => (await res.text()).replace(/\s+/g, ' ');
const dialogue = () => as.reader.get(`/boligorganisationer/${ids.org}/styringsdialog/2025`).then(text);
const versionOn = (html: string) => /name="version" value="(\d+)"/.exec(html)![1];

describe('asking for an action plan', () => {
  it('makes one plan for three red years, once, and none for two', async () => {
    expect(await ensureActionPlans(t.deps.db, { years: [2024] })).toBe(1);
    expect(await ensureActionPlans(t.deps.db, { years: [2024] })).toBe(0);
    // Still red in 2025, but the plan of 2024 is open: no second plan.
    expect(await ensureActionPlans(t.deps.db, { years: [2025] })).toBe(0);
    expect((await plansOf(ids.red)).map((p) => p.year)).toEqual([2024]);
    expect(await plansOf(ids.twoYears)).toEqual([]);
    const [plan] = await plansOf(ids.red);
    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'action_plan'), eq(auditEvents.entityId, String(plan.id))));
    expect(event).toMatchObject({
      action: 'create',
      actorLabel: 'System',
      summary: 'Rød tre år i træk (2022–2024): handlingsplan efterspurgt',
    });
  });

  it('asks when a municipality’s own rule makes an estate red three years in a row', async () => {
    expect(await plansOf(ids.rule)).toEqual([]);
    const res = await as.supervisor.post('/kommuner/0219/trafiklys/henlaeggelser', {
      kind: 'absolute',
      yellow: '200',
      red: '160',
      version: '0',
    });
    expect(res.status).toBe(303);
    expect((await plansOf(ids.rule)).map((p) => p.year)).toEqual([2024]);
  });

  it('shows the open plans on the organisation’s dialogue page, with the estate, the red years and the deadline', async () => {
    const html = await dialogue();
    expect(html).toContain('Handlingsplaner for afdelinger med røde tal tre år i træk');
    expect(html).toMatch(/12 Solgården<\/a>.*Rød 2022–2024.*Ikke fastsat.*Venter på boligorganisationen/);
    expect(html).toContain('16 Engen');
    expect(await text(await as.otherOrg.get(`/boligorganisationer/${ids.org}/styringsdialog/2025`))).not.toContain('Solgården');
  });
});

describe('the plan', () => {
  let id: number;
  beforeAll(async () => {
    id = (await plansOf(ids.red))[0].id;
  });

  it('is written by the organisation’s side; the municipality, readers and others may not', async () => {
    const page = await text(await as.orgEditor.get(`/handlingsplaner/${id}`));
    expect(page).toContain('Handlingsplan for afdeling 12 Solgården');
    expect(page).toContain('Rød tre år i træk: 2022–2024');
    expect(page).toMatch(/<th scope="row">2023<\/th>.*Rød.*Årets resultat/);
    const version = versionOn(page);
    const plan = { text: 'Vi hæver huslejen med 2 %.', deadline: `${NEXT_YEAR}-03-01`, version };
    expect((await as.supervisor.post(`/handlingsplaner/${id}`, plan)).status).toBe(403);
    expect((await as.orgReader.post(`/handlingsplaner/${id}`, plan)).status).toBe(403);
    expect((await as.otherOrg.post(`/handlingsplaner/${id}`, plan)).status).toBe(404);
    expect((await as.otherMuni.get(`/handlingsplaner/${id}`)).status).toBe(404);
    expect((await as.anon.get(`/handlingsplaner/${id}`)).status).toBe(303);

    let res = await as.staff.post(`/handlingsplaner/${id}`, { text: ' ', deadline: '2020-01-01', version });
    expect(res.status).toBe(400);
    let html = await text(res);
    expect(html).toContain('Udfyld handlingsplanen.');
    res = await as.staff.post(`/handlingsplaner/${id}`, { text: 'Vi sparer.', deadline: '2020-01-01', version });
    expect(res.status).toBe(400);
    html = await text(res);
    expect(html).toContain('Fristen kan ikke ligge før i dag.');
    expect(html).toContain('Vi sparer.');

    expect((await as.staff.post(`/handlingsplaner/${id}`, plan)).status).toBe(303);
    expect((await plansOf(ids.red))[0]).toMatchObject({ text: 'Vi hæver huslejen med 2 %.', deadline: `${NEXT_YEAR}-03-01` });
    // The form the supervisor's reader had open is stale now.
    expect((await as.orgEditor.post(`/handlingsplaner/${id}`, plan)).status).toBe(409);
    expect(await dialogue()).toMatch(/12 Solgården<\/a>.*Rød 2022–2024.*1\. marts \d{4}.*Skrevet – venter på kommunen/);
  });

  it('is marked handled by the supervising municipality through the confirmation step, and can be opened again', async () => {
    expect((await as.orgEditor.get(`/handlingsplaner/${id}/behandlet`)).status).toBe(403);
    expect((await as.reader.get(`/handlingsplaner/${id}/behandlet`)).status).toBe(403);
    const confirm = await text(await as.supervisor.get(`/handlingsplaner/${id}/behandlet`));
    expect(confirm).toContain('Er handlingsplanen for 12 Solgården behandlet?');
    const version = versionOn(confirm);
    const unconfirmed = await as.supervisor.post(`/handlingsplaner/${id}/behandlet`, { version });
    expect(unconfirmed.headers.get('location')).toBe(`/handlingsplaner/${id}/behandlet`);
    expect((await as.supervisor.post(`/handlingsplaner/${id}/behandlet`, { version, bekraeft: 'ja' })).status).toBe(303);
    expect((await plansOf(ids.red))[0].handledAt).not.toBeNull();
    expect(await dialogue()).not.toContain('12 Solgården');

    // Handled: the organisation can no longer change it; the municipality can open it again.
    const page = await text(await as.supervisor.get(`/handlingsplaner/${id}`));
    expect(page).toContain('Genåbn handlingsplanen');
    expect(
      (await as.orgEditor.post(`/handlingsplaner/${id}`, { text: 'Mere', deadline: `${NEXT_YEAR}-03-01`, version: versionOn(page) }))
        .status,
    ).toBe(409);
    expect((await as.orgEditor.post(`/handlingsplaner/${id}/genaabn`, { version: versionOn(page) })).status).toBe(403);
    expect((await as.supervisor.post(`/handlingsplaner/${id}/genaabn`, { version: versionOn(page) })).status).toBe(303);
    expect((await plansOf(ids.red))[0].handledAt).toBeNull();
    expect(await dialogue()).toContain('12 Solgården');

    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'action_plan'), eq(auditEvents.entityId, String(id))))
      .orderBy(auditEvents.id);
    expect(events.map((e) => [e.action, e.summary])).toEqual([
      ['create', 'Rød tre år i træk (2022–2024): handlingsplan efterspurgt'],
      ['update', null],
      ['update', 'Handlingsplanen er behandlet'],
      ['update', 'Handlingsplanen er genåbnet'],
    ]);
    expect(events[1].changes).toMatchObject({ text: { old: '', new: 'Vi hæver huslejen med 2 %.' } });
  });

  it('asks again the next year once the plan is handled and the estate is still red', async () => {
    const version = versionOn(await text(await as.supervisor.get(`/handlingsplaner/${id}/behandlet`)));
    await as.supervisor.post(`/handlingsplaner/${id}/behandlet`, { version, bekraeft: 'ja' });
    expect(await ensureActionPlans(t.deps.db, { years: [2025] })).toBe(1);
    expect((await plansOf(ids.red)).map((p) => p.year)).toEqual([2024, 2025]);
    expect(await text(await as.orgEditor.get(`/handlingsplaner/${id}`))).toContain('Handlingsplanen er behandlet');
    const list = await text(await as.orgReader.get(`/boligorganisationer/${ids.org}/handlingsplaner`));
    expect(list).toMatch(/Rød 2023–2025.*Venter på handlingsplan.*Rød 2022–2024.*Behandlet af kommunen/);
  });
});

describe('asking for an action plan after an import', () => {
  it('colours the figures the import hands over and reads only the years before them', async () => {
    const estateId = (await makeEstate(t.deps.db, { organisationId: ids.org, number: 30, name: 'Toften' })).id;
    await t.deps.db.insert(estateFigures).values([2020, 2021].map((year) => ({ estateId, year, values: { aarets_resultat: -1 } })));
    // 2022 as the import has just written it (not read back): green, then red.
    const handed = (result: number) => [{ estateId, year: 2022, values: { aarets_resultat: result }, ranks: {} }];
    expect(await ensureActionPlans(t.deps.db, { years: [2022], figures: handed(5) })).toBe(0);
    expect(await ensureActionPlans(t.deps.db, { years: [2022], figures: handed(-5) })).toBe(1);
    expect((await plansOf(estateId)).map((p) => p.year)).toEqual([2022]);
  });
});
