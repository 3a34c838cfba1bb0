import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEstate, makeOrganisation } from '../../demo/factories.ts';
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
    const rows = await publicOrganisationsOf(t.deps.db, '0147');
    expect(rows.map((r) => [r.name, r.estates, r.homes])).toEqual([
      ['Alfa Bolig', 2, 17],
      ['Beta Bolig', 1, 40],
    ]);
    const html = await (await t.client().get('/kommuner/0147')).text();
    expect(html).toContain('Alfa Bolig');
  });
});
