import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEstate, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import { agendaItems, meetings } from '../../meetings/tables.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { estateFigures } from '../tables.ts';
import { ensureActionPlans } from './action-plans.ts';

/*
 * The key figures' proposed items on a dialogue meeting's agenda: "Afdelinger med røde tal"
 * (the red estates of the latest year, the red figures named) and "Handlingsplaner for
 * afdelinger med røde tal tre år i træk" (the open plans). Adding one makes an ordinary item.
 */

let t: TestContext;
let supervisor: TestClient;
let organisation: TestClient;
const ids = {} as Record<'meeting' | 'quiet' | 'forum', number>;

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Boligselskabet Rødt', municipalityCode: '0219' });
  const quietOrg = await makeOrganisation(db, { name: 'Boligselskabet Grønt', municipalityCode: '0219' });
  const solgaarden = await makeEstate(db, { organisationId: org.id, number: 12, name: 'Solgården' });
  const engen = await makeEstate(db, { organisationId: org.id, number: 16, name: 'Engen' });
  const green = await makeEstate(db, { organisationId: quietOrg.id, number: 1, name: 'Bakken' });
  await db.insert(estateFigures).values([
    ...[2022, 2023, 2024].map((year) => ({ estateId: solgaarden.id, year, values: { aarets_resultat: -50_000, henlaeggelser: 80.4 } })),
    { estateId: engen.id, year: 2024, values: { aarets_resultat: 10_000, fraflytning: 26.25 } },
    // Figures of a year after the meeting's are not the meeting's.
    { estateId: engen.id, year: 2026, values: { aarets_resultat: -1 } },
    { estateId: green.id, year: 2024, values: { aarets_resultat: 10 } },
  ]);
  await ensureActionPlans(db, { years: [2024] });
  const startsAt = new Date('2025-10-14T08:00:00Z');
  const [meeting, quiet, forum] = await db
    .insert(meetings)
    .values([
      { kind: 'dialogmoede', municipalityCode: '0219', organisationId: org.id, title: 'Styringsdialogmøde 2025', startsAt },
      { kind: 'dialogmoede', municipalityCode: '0219', organisationId: quietOrg.id, title: 'Styringsdialogmøde Grønt', startsAt },
      { kind: 'faellesmoede', municipalityCode: '0219', title: 'Fællesmøde', startsAt },
    ])
    .returning();
  Object.assign(ids, { meeting: meeting.id, quiet: quiet.id, forum: forum.id });
  const s = await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' });
  supervisor = t.client();
  await supervisor.login(s.email, s.password);
  const o = await makeUser(db, { role: 'organisation_editor', organisationId: org.id });
  organisation = t.client();
  await organisation.login(o.email, o.password);
});
afterAll(() => t.close());

const page = async (c: TestClient, id: number) => (await (await c.get(`/moeder/${id}`)).text()).replace(/\s+/g, ' ');
const proposals = (html: string) => /<fieldset><legend class="h4">Foreslåede punkter<\/legend>.*?<\/fieldset>/.exec(html)?.[0] ?? '';
/** The proposals as read: the list items' text, one per line. */
const readable = (html: string) =>
  proposals(html)
    .replace(/<\/li>/g, '\n')
    .replace(/<[^>]+>/g, '');

describe('proposed agenda items from the key figures', () => {
  it('proposes the red estates with their red figures, and the open action plans', async () => {
    const html = await page(supervisor, ids.meeting);
    expect(proposals(html)).toContain('value="roede_afdelinger"');
    expect(proposals(html)).toContain('<strong>Afdelinger med røde tal</strong>');
    const offered = readable(html);
    expect(offered).toContain('Røde nøgletal i 2024 efter kommunens regler for trafiklys:');
    expect(offered).toContain('12 Solgården: Henlæggelser pr. m² (80 kr./m²/år), Årets resultat (-50.000 kr.)\n');
    expect(offered).toContain('16 Engen: Fraflytningsprocent (26,3 %)\n');
    expect(offered).toContain('Handlingsplaner for afdelinger med røde tal tre år i træk');
    expect(offered).toContain('12 Solgården: rød 2022–2024; handlingsplanen er ikke skrevet endnu\n');
  });

  it('proposes nothing of the kind for an organisation without red figures, nor for a joint meeting', async () => {
    expect(await page(supervisor, ids.quiet)).not.toContain('Afdelinger med røde tal');
    expect(await page(supervisor, ids.forum)).not.toContain('Afdelinger med røde tal');
    // The organisation's side does not manage the agenda, so it is offered nothing.
    expect(proposals(await page(organisation, ids.meeting))).toBe('');
  });

  it('adds a chosen proposal as an ordinary agenda item with its text, and offers it no more', async () => {
    const res = await supervisor.post(`/moeder/${ids.meeting}/forslag`, { sources: 'roede_afdelinger' });
    expect(res.status).toBe(303);
    const items = await t.deps.db.select().from(agendaItems).where(eq(agendaItems.meetingId, ids.meeting));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: 'Afdelinger med røde tal', source: 'roede_afdelinger', position: 1 });
    expect(items[0].text).toContain('- 12 Solgården: Henlæggelser pr. m² (80 kr./m²/år), Årets resultat (-50.000 kr.)');
    const offered = proposals(await page(supervisor, ids.meeting));
    expect(offered).not.toContain('value="roede_afdelinger"');
    expect(offered).toContain('value="handlingsplaner"');
  });
});
