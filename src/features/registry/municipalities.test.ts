import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_ACTOR } from '../../auth/scope.ts';
import { makeEstate, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { publicOrganisationsOf } from './municipalities.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});

describe('municipality pages', () => {
  it("count each organisation's own estates and homes (correlated subqueries name the outer table)", async () => {
    const a = await makeOrganisation(t.deps.db, { name: 'Alfa Bolig', municipalityCode: '0147' });
    const b = await makeOrganisation(t.deps.db, { name: 'Beta Bolig', municipalityCode: '0147' });
    await makeEstate(t.deps.db, {
      organisationId: a.id,
      municipalityCode: '0147',
      homesFamily: 10,
      homesElderly: 0,
      homesYouth: 0,
      homesCare: 0,
    });
    await makeEstate(t.deps.db, {
      organisationId: a.id,
      municipalityCode: '0147',
      homesFamily: 5,
      homesElderly: 2,
      homesYouth: 0,
      homesCare: 0,
    });
    await makeEstate(t.deps.db, {
      organisationId: b.id,
      municipalityCode: '0147',
      homesFamily: 40,
      homesElderly: 0,
      homesYouth: 0,
      homesCare: 0,
    });
    const rows = await publicOrganisationsOf(t.deps.db, PUBLIC_ACTOR, '0147');
    expect(rows.map((r) => [r.name, r.estates, r.homes])).toEqual([
      ['Alfa Bolig', 2, 17],
      ['Beta Bolig', 1, 40],
    ]);
    const html = await (await t.client().get('/kommuner/0147')).text();
    expect(html).toContain('Alfa Bolig');
  });

  it('links an organisation only for a caller who may open its page; the public sees names', async () => {
    const own = await makeOrganisation(t.deps.db, { name: 'Egen Bolig', municipalityCode: '0153' });
    const other = await makeOrganisation(t.deps.db, { name: 'Anden Bolig', municipalityCode: '0153' });
    const links = async (client: ReturnType<TestContext['client']>) => {
      const html = await (await client.get('/kommuner/0153')).text();
      expect(html).toContain('Anden Bolig');
      return [own, other].filter((o) => html.includes(`href="/boligorganisationer/${o.id}"`)).map((o) => o.name);
    };
    const orgUser = await makeUser(t.deps.db, { role: 'organisation_reader', organisationId: own.id });
    const asOrg = t.client();
    await asOrg.login(orgUser.email, orgUser.password);
    expect(await links(asOrg)).toEqual(['Egen Bolig']);
    // What it does not link, it cannot open: the page says the organisation may exist.
    const refused = await asOrg.get(`/boligorganisationer/${other.id}`);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toContain('Boligorganisationen findes ikke, eller du har ikke adgang.');
    const supervisor = await makeUser(t.deps.db, { role: 'municipality_reader', municipalityCode: '0153' });
    const asSupervisor = t.client();
    await asSupervisor.login(supervisor.email, supervisor.password);
    expect(await links(asSupervisor)).toEqual(['Egen Bolig', 'Anden Bolig']);
    const elsewhere = await makeUser(t.deps.db, { role: 'municipality_editor', municipalityCode: '0147' });
    const asElsewhere = t.client();
    await asElsewhere.login(elsewhere.email, elsewhere.password);
    expect(await links(asElsewhere)).toEqual([]);
    expect(await links(t.client())).toEqual([]);
  });
});
