import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAdministrator, makeEstate, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';

let t: TestContext;
let ids: { adm: number; hil: number; nae: number };
beforeAll(async () => {
  t = await createTestContext();
  const adm = await makeAdministrator(t.deps.db, { name: 'Fælles Administration' });
  const hil = await makeOrganisation(t.deps.db, { name: 'Hillerød Bolig', municipalityCode: '0219', administratorId: adm.id });
  const nae = await makeOrganisation(t.deps.db, { name: 'Næstved Bolig', municipalityCode: '0370', administratorId: adm.id });
  await makeEstate(t.deps.db, { organisationId: hil.id, name: 'Solbakken', municipalityCode: '0219' });
  await makeEstate(t.deps.db, { organisationId: hil.id, name: 'Grænsevej', municipalityCode: '0210' });
  await makeEstate(t.deps.db, { organisationId: nae.id, name: 'Agerhønevej', municipalityCode: '0370' });
  ids = { adm: adm.id, hil: hil.id, nae: nae.id };
});
afterAll(async () => {
  await t.close();
});

async function homeOf(user: Parameters<typeof makeUser>[1]) {
  const u = await makeUser(t.deps.db, user);
  const c = t.client();
  await c.login(u.email, u.password);
  return (await c.get('/')).text();
}

describe('front page', () => {
  it('a supervisor sees the organisations under supervision, not others', async () => {
    const html = await homeOf({ role: 'municipality_editor', municipalityCode: '0370' });
    expect(html).toContain('Boligorganisationer under tilsyn');
    expect(html).toContain('Næstved Bolig');
    expect(html).not.toContain('Hillerød Bolig');
  });

  it('an organisation sees its estates and the municipalities they lie in', async () => {
    const html = await homeOf({ role: 'organisation_reader', organisationId: ids.hil });
    expect(html).toContain('Solbakken');
    expect(html).toContain('Grænsevej');
    expect(html).toContain('Fredensborg Kommune');
    expect(html).not.toContain('Agerhønevej');
  });

  it('administrator staff see every organisation they administer, across municipalities', async () => {
    const html = await homeOf({ role: 'administrator_staff', administratorId: ids.adm });
    expect(html).toContain('Hillerød Bolig');
    expect(html).toContain('Næstved Bolig');
    expect(html).toContain('Næstved Kommune');
  });

  it('the public sees the public search and "Find din afdeling" first, then a way to log in', async () => {
    await makeUser(t.deps.db, { role: 'admin' });
    const html = await (await t.client().get('/')).text();
    expect(html).toContain('Log ind');
    expect(html).not.toContain('Hillerød Bolig');
    const search = html.indexOf('action="/offentlig/soeg"');
    expect(search).toBeGreaterThan(-1);
    expect(search).toBeLessThan(html.indexOf('class="button button-primary" href="/login"'));
    expect(html).toMatch(/<input type="hidden" name="type" value="afdeling"\s*\/?>/);
    expect(html).toContain('Find din afdeling');
  });
});
