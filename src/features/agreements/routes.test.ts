import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { makeEstate, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { estateFigures } from '../key-figures/tables.ts';
import { agendaItems, decisions, meetings } from '../meetings/tables.ts';
import { agreements, agreementStatusEvents } from './tables.ts';

/*
 * Agreements through HTTP: the supervisor writes one (with a key-figure target judged by the
 * imported figures), sets its status with a note, the organisation follows it up; bad input is
 * refused at its field with the text kept; a second editor meets the conflict; a meeting's
 * decision becomes an agreement with one click and links both ways; open agreements are proposed
 * for the next meeting's agenda and counted on /tilsyn.
 */

let t: TestContext;
const c = {} as Record<'supervisor' | 'orgEditor' | 'orgReader' | 'otherOrg' | 'muniReader', TestClient>;
const ids = {} as Record<'org' | 'estate' | 'otherOrg' | 'meeting' | 'item' | 'decision', number>;
const Y = 2025;

const text = async (res: Response) => (await res.text()).replace(/\s+/g, ' ');
const listPath = () => `/boligorganisationer/${ids.org}/styringsdialog/${Y}/aftaler`;
const idFrom = (res: Response) => Number(/\/aftaler\/(\d+)$/.exec(res.headers.get('location') ?? '')?.[1]);

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Boligselskabet Aftale', municipalityCode: '0219' });
  const other = await makeOrganisation(db, { name: 'Boligselskabet Andet', municipalityCode: '0219' });
  const estate = await makeEstate(db, { organisationId: org.id, number: 7, name: 'Solbakken' });
  await db.insert(estateFigures).values([
    { estateId: estate.id, year: 2024, values: { henlaeggelser: 150 } },
    { estateId: estate.id, year: 2025, values: { henlaeggelser: 210.5 } },
  ]);
  const [meeting] = await db
    .insert(meetings)
    .values({
      kind: 'dialogmoede',
      municipalityCode: '0219',
      organisationId: org.id,
      title: 'Styringsdialogmøde 2025',
      startsAt: new Date('2025-10-14T08:00:00Z'),
    })
    .returning();
  const [item] = await db
    .insert(agendaItems)
    .values({ meetingId: meeting.id, position: 1, title: 'Vedligeholdelse', theme: 'vedligeholdelse' })
    .returning();
  const [decision] = await db
    .insert(decisions)
    .values({ itemId: item.id, text: 'Det blev aftalt, at Solbakken får en helhedsplan.' })
    .returning();
  Object.assign(ids, { org: org.id, estate: estate.id, otherOrg: other.id, meeting: meeting.id, item: item.id, decision: decision.id });
  const users = {
    supervisor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    muniReader: await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }),
    orgEditor: await makeUser(db, { role: 'organisation_editor', organisationId: org.id }),
    orgReader: await makeUser(db, { role: 'organisation_reader', organisationId: org.id }),
    otherOrg: await makeUser(db, { role: 'organisation_editor', organisationId: other.id }),
  };
  for (const [k, u] of Object.entries(users)) {
    c[k as keyof typeof c] = t.client();
    await c[k as keyof typeof c].login(u.email, u.password);
  }
});
afterAll(() => t.close());

const valid = () => ({
  text: 'Henlæggelserne i Solbakken hæves til mindst 200 kr./m²/år.',
  theme: 'oekonomi',
  responsibleSide: 'boligorganisation',
  responsiblePerson: 'Hanne Hansen',
  deadline: `${Y}-12-31`,
  [`estate_${ids.estate}`]: 'on',
  targetIndicator: 'henlaeggelser',
  targetEstateId: String(ids.estate),
  targetComparator: 'gte',
  targetValue: '200',
  targetYear: String(Y),
});

describe('agreements', () => {
  let id: number;

  it('the supervisor writes an agreement; its target is judged by the imported figures, with them as evidence', async () => {
    const res = await c.supervisor.post(listPath(), valid());
    expect(res.status).toBe(303);
    id = idFrom(res);
    const html = await text(await c.orgReader.get(`/aftaler/${id}`));
    expect(html).toContain('Henlæggelserne i Solbakken hæves');
    expect(html).toContain('7 Solbakken');
    expect(html).toContain('Opfyldt');
    expect(html).toMatch(/<td>2024<\/td><td class="text-align-right">150 kr/);
    expect(html).toMatch(/<td>2025<\/td><td class="text-align-right">211 kr/);
    const list = await text(await c.orgReader.get(listPath()));
    expect(list).toContain(`/aftaler/${id}`);
    expect(await text(await c.orgReader.get(`/boligorganisationer/${ids.org}/styringsdialog/${Y}`))).toContain(`href="${listPath()}"`);
  });

  it('refuses bad input at its field and keeps what was typed', async () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ deadline: `${Y - 1}-12-31` }, 'deadline', /Fristen kan ikke ligge før styringsdialogens år \(2025\)/],
      [{ targetIndicator: 'dispositionsfond_bolig' }, 'targetIndicator', /Nøgletallet findes ikke for afdelinger/],
      [{ targetEstateId: '' }, 'targetIndicator', /Nøgletallet findes ikke for hele boligorganisationen/],
      [{ targetIndicator: 'findes_ikke' }, 'targetIndicator', /Nøgletallet findes ikke for afdelinger/],
      [{ targetValue: 'mange' }, 'targetValue', /Målet skal være et tal/],
      [{ text: '' }, 'text', /Udfyld aftalen/],
      [{ theme: 'ukendt' }, 'theme', /Vælg et tema/],
    ];
    for (const [change, field, message] of cases) {
      const res = await c.supervisor.post(listPath(), { ...valid(), ...change, responsiblePerson: 'Skrevet af mig' });
      expect(res.status, field).toBe(400);
      const html = await text(res);
      expect(html, field).toMatch(message);
      expect(html, field).toContain(`id="agreement-${field}-error"`);
      expect(html, field).toContain('value="Skrevet af mig"');
    }
    expect((await t.deps.db.select().from(agreements)).length).toBe(1);
  });

  it('keeps each status change with who, when, from, to and the note, and the history', async () => {
    const res = await c.supervisor.post(`/aftaler/${id}/status`, { version: '1', status: 'i_gang', note: 'Budgettet er vedtaget.' });
    expect(res.status).toBe(303);
    const events = await t.deps.db.select().from(agreementStatusEvents).where(eq(agreementStatusEvents.agreementId, id));
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.note])).toEqual([
      [null, 'ikke_startet', null],
      ['ikke_startet', 'i_gang', 'Budgettet er vedtaget.'],
    ]);
    const html = await text(await c.orgReader.get(`/aftaler/${id}`));
    expect(html).toContain('<td>Ikke startet</td><td>I gang</td>');
    expect(html).toContain('Budgettet er vedtaget.');
    expect(html).toMatch(/Historik for aftalen/);
    // The organisation follows up, but the status is the municipality's judgement.
    expect((await c.orgEditor.post(`/aftaler/${id}/status`, { version: '2', status: 'opfyldt' })).status).toBe(403);
    expect((await c.muniReader.post(`/aftaler/${id}/status`, { version: '2', status: 'opfyldt' })).status).toBe(403);
  });

  it('takes one follow-up note per later year, from the organisation too', async () => {
    const same = await c.orgEditor.post(`/aftaler/${id}/opfoelgning`, { year: String(Y), note: 'For tidligt' });
    expect(same.status).toBe(400);
    expect(await text(same)).toContain('Opfølgningen skal gælde et år efter aftalens år (2025).');
    expect((await c.orgEditor.post(`/aftaler/${id}/opfoelgning`, { year: String(Y + 1), note: 'Halvvejs.' })).status).toBe(303);
    expect((await c.orgEditor.post(`/aftaler/${id}/opfoelgning`, { year: String(Y + 1), note: 'Næsten i mål.' })).status).toBe(303);
    const html = await text(await c.supervisor.get(`/aftaler/${id}`));
    expect(html).toContain('<dt>2026</dt><dd>Næsten i mål.');
    expect(html).not.toContain('<dd>Halvvejs.');
    expect((await c.orgReader.post(`/aftaler/${id}/opfoelgning`, { year: String(Y + 1), note: 'x' })).status).toBe(403);
  });

  it('gives the second of two editors the conflict message with their text kept', async () => {
    const form = await text(await c.supervisor.get(`/aftaler/${id}/rediger`));
    const version = /name="version" value="(\d+)"/.exec(form)?.[1] ?? '';
    const first = await c.supervisor.post(`/aftaler/${id}`, { ...valid(), version, text: 'Første rettelse af aftalen.' });
    expect(first.status).toBe(303);
    const second = await c.supervisor.post(`/aftaler/${id}`, { ...valid(), version, text: 'Anden rettelse, skrevet samtidig.' });
    expect(second.status).toBe(409);
    const html = await text(second);
    expect(html).toContain('Aftalen er blevet ændret af en anden');
    expect(html).toContain('Anden rettelse, skrevet samtidig.');
    const [row] = await t.deps.db.select().from(agreements).where(eq(agreements.id, id));
    expect(row.text).toBe('Første rettelse af aftalen.');
  });

  it('never shows one organisation another organisation’s agreements, and lets readers only read', async () => {
    expect((await c.otherOrg.get(`/aftaler/${id}`)).status).toBe(404);
    expect((await c.otherOrg.get(listPath())).status).toBe(404);
    expect((await c.otherOrg.get(`/boligorganisationer/${ids.otherOrg}/styringsdialog/${Y}/aftaler`)).status).toBe(200);
    expect(await text(await c.otherOrg.get(`/boligorganisationer/${ids.otherOrg}/styringsdialog/${Y}/aftaler`))).not.toContain(
      `/aftaler/${id}"`,
    );
    expect((await c.muniReader.post(listPath(), valid())).status).toBe(403);
    expect((await c.orgEditor.post(listPath(), valid())).status).toBe(403);
    expect((await c.orgEditor.get(`/aftaler/${id}/rediger`)).status).toBe(403);
  });

  it('makes a meeting decision an agreement with one click, linked both ways', async () => {
    const itemPath = `/moeder/${ids.meeting}/punkter/${ids.item}`;
    expect(await text(await c.supervisor.get(itemPath))).toContain(`action="/beslutninger/${ids.decision}/aftale"`);
    expect(await text(await c.orgEditor.get(itemPath))).not.toContain('Gør til aftale');
    expect((await c.orgEditor.post(`/beslutninger/${ids.decision}/aftale`)).status).toBe(403);
    const res = await c.supervisor.post(`/beslutninger/${ids.decision}/aftale`);
    expect(res.status).toBe(303);
    const made = idFrom(res);
    const [row] = await t.deps.db.select().from(agreements).where(eq(agreements.id, made));
    expect(row).toMatchObject({
      text: 'Det blev aftalt, at Solbakken får en helhedsplan.',
      theme: 'vedligeholdelse',
      governanceYear: Y,
      organisationId: ids.org,
      decisionId: ids.decision,
    });
    expect(await text(await c.orgReader.get(`/aftaler/${made}`))).toContain(`href="${itemPath}"`);
    expect(await text(await c.orgEditor.get(itemPath))).toContain(`href="/aftaler/${made}"`);
    // A second click leads to the same agreement.
    expect(idFrom(await c.supervisor.post(`/beslutninger/${ids.decision}/aftale`))).toBe(made);
  });

  it('proposes the open agreements for the next meeting and counts them on /tilsyn', async () => {
    const html = await text(await c.supervisor.get(`/moeder/${ids.meeting}`));
    expect(html).toContain('Opfølgning på aftaler');
    expect((await c.supervisor.post(`/moeder/${ids.meeting}/forslag`, { sources: 'aftaler' })).status).toBe(303);
    const [added] = await t.deps.db.select().from(agendaItems).where(eq(agendaItems.source, 'aftaler'));
    expect(added.text).toContain('Første rettelse af aftalen. (2025; i gang');
    expect(added.text).toContain('helhedsplan');
    const overview = await text(await c.supervisor.get(`/tilsyn?aar=${Y}`));
    expect(overview).toContain('Åbne aftaler');
    expect(overview).toContain(`<a href="/boligorganisationer/${ids.org}/styringsdialog/${Y}/aftaler">2</a>`);
  });
});
