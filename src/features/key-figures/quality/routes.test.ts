import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../../auth/scope.ts';
import { makeAdministrator, makeEstate, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { auditEvents } from '../../audit/tables.ts';
import { estates } from '../../registry/tables.ts';
import { dataQualityResolutions, estateSourceFacts } from '../tables.ts';
import { mismatchCounts } from './service.ts';

let t: TestContext;
const as = {} as Record<'orgEditor' | 'orgReader' | 'otherOrg' | 'muniEditor' | 'staff' | 'anon', TestClient>;
const org = {} as Record<'x' | 'y', number>;
const estate = {} as Record<'equal' | 'registryOnly' | 'sourceOnly' | 'twoSources' | 'stale' | 'elderly' | 'other', number>;

async function facts(estateId: number, source: string, year: number, homes: number | null, areaM2: number | null) {
  await t.deps.db
    .insert(estateSourceFacts)
    .values({ estateId, source, year, homes, areaM2 })
    .onConflictDoUpdate({ target: [estateSourceFacts.estateId, estateSourceFacts.source], set: { year, homes, areaM2 } });
}

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const adminA = await makeAdministrator(db);
  org.x = (await makeOrganisation(db, { name: 'Boligselskabet X', municipalityCode: '0219', administratorId: adminA.id })).id;
  org.y = (await makeOrganisation(db, { name: 'Boligselskabet Y', municipalityCode: '0370' })).id;
  const make = async (number: number, name: string, homes: Partial<typeof estates.$inferInsert>, organisationId = org.x) =>
    (await makeEstate(db, { organisationId, number, name, homesFamily: 0, ...homes })).id;
  estate.equal = await make(1, 'Ens', { homesFamily: 120, areaM2: 8400 });
  estate.registryOnly = await make(2, 'Kun registret', { homesFamily: 60, areaM2: 4000 });
  estate.sourceOnly = await make(3, 'Kun kilden', { homesFamily: 30, areaM2: 0 });
  estate.twoSources = await make(4, 'To kilder', { homesFamily: 40, homesElderly: 10, areaM2: 3200 });
  estate.stale = await make(5, 'Forældet', { homesFamily: 70, areaM2: 5000 });
  estate.elderly = await make(6, 'Ældreboliger', { homesFamily: 10, homesElderly: 30, areaM2: 2500 });
  estate.other = await make(1, 'Anden organisation', { homesFamily: 10, areaM2: 900 }, org.y);
  await facts(estate.equal, 'BBR', 2025, 120, 8400);
  await facts(estate.equal, 'Danmarks Statistik', 2024, 120, null);
  await facts(estate.sourceOnly, 'BBR', 2025, 30, 2950);
  await facts(estate.twoSources, 'BBR', 2025, 52, 3200);
  await facts(estate.twoSources, 'Landsbyggefonden', 2024, 48, 3200);
  await facts(estate.stale, 'BBR', 2025, 70, 5100);
  await facts(estate.elderly, 'Landsbyggefonden', 2025, 5, 2500);
  await facts(estate.other, 'BBR', 2025, 11, 900);
  const users = {
    orgEditor: await makeUser(db, { role: 'organisation_editor', organisationId: org.x }),
    orgReader: await makeUser(db, { role: 'organisation_reader', organisationId: org.x }),
    otherOrg: await makeUser(db, { role: 'organisation_editor', organisationId: org.y }),
    muniEditor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    staff: await makeUser(db, { role: 'administrator_staff', administratorId: adminA.id }),
  };
  as.anon = t.client();
  for (const [who, user] of Object.entries(users)) {
    as[who as keyof typeof users] = t.client();
    await as[who as keyof typeof users].login(user.email, user.password);
  }
});
afterAll(async () => {
  await t.close();
});

const pageOf = (client: TestClient, organisationId = org.x) => client.get(`/boligorganisationer/${organisationId}/datakvalitet`);
const counts = () => mismatchCounts({ db: t.deps.db, actor: SYSTEM_ACTOR, organisationIds: [org.x, org.y] });
const versionOf = async (id: number) => (await t.deps.db.select().from(estates).where(eq(estates.id, id)))[0];

/** The form fields the page gives a mismatch, with the choice made. */
function resolution(
  estateId: number,
  m: { source: string; field: 'homes' | 'area_m2'; registryValue: number; sourceValue: number; version: number },
  choice: Record<string, string>,
) {
  return {
    estateId: String(estateId),
    source: m.source,
    field: m.field,
    registryValue: String(m.registryValue),
    sourceValue: String(m.sourceValue),
    version: String(m.version),
    ...choice,
  };
}

/** The section of the page about one estate, up to the next estate or the resolved list. */
async function sectionOf(client: TestClient, estateId: number): Promise<string | null> {
  const html = await (await pageOf(client)).text();
  const open = html.split('<h2 id="afklarede">')[0];
  const start = open.indexOf(`id="afdeling-${estateId}"`);
  if (start < 0) return null;
  const end = open.indexOf('<section', start);
  return open.slice(start, end < 0 ? undefined : end);
}

describe('comparing the registry with the sources', () => {
  it('lists the estates whose sources disagree, with the values, years and differences; a reader sees them and cannot resolve', async () => {
    const res = await pageOf(as.orgReader);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Antal boliger og areal for afdelingerne i registret sammenholdt med de importerede kilder');
    expect(html).toContain('(BBR, Danmarks Statistik, Landsbyggefonden)');
    expect(html).toContain('5 af 6 aktive afdelinger har tal fra mindst én kilde.');
    expect(html).toContain('5 forskelle i 4 afdelinger.');
    // Equal figures, and an estate with no source, are not listed; another organisation's estate is not either.
    expect(html).not.toContain(`id="afdeling-${estate.equal}"`);
    expect(html).not.toContain(`id="afdeling-${estate.registryOnly}"`);
    expect(html).not.toContain('Anden organisation');
    expect(html).not.toContain('Gem afklaring');
    expect(html).toContain('Boligorganisationen, dens administrationsorganisation og tilsynskommunen afklarer forskellene.');

    const two = (await sectionOf(as.orgReader, estate.twoSources))!;
    expect(two).toContain('Afdeling 4 To kilder');
    expect(two).toMatch(
      /<th scope="row">BBR<\/th><td>2025<\/td><td class="sd-number"><strong>52<\/strong><span class="d-block">Afviger: \+2/,
    );
    expect(two).toMatch(
      /<th scope="row">Landsbyggefonden<\/th><td>2024<\/td><td class="sd-number"><strong>48<\/strong><span class="d-block">Afviger: -2/,
    );
    const sourceOnly = (await sectionOf(as.orgReader, estate.sourceOnly))!;
    expect(sourceOnly).toContain('<strong>2.950</strong><span class="d-block">Afviger: +2.950');

    expect(await counts()).toEqual(
      new Map([
        [org.x, 5],
        [org.y, 1],
      ]),
    );
  });

  it('answers the count for many organisations in one query, only within the caller’s scope', async () => {
    const editorOfY = {
      userId: -1,
      label: 'Y',
      role: 'organisation_editor' as const,
      scope: { kind: 'organisation' as const, organisationId: org.y },
      canEdit: true,
    };
    expect(await mismatchCounts({ db: t.deps.db, actor: editorOfY, organisationIds: [org.x, org.y] })).toEqual(new Map([[org.y, 1]]));
    expect(await mismatchCounts({ db: t.deps.db, actor: SYSTEM_ACTOR, organisationIds: [] })).toEqual(new Map());
  });
});

describe('resolving a mismatch', () => {
  it('keeps the registry’s value, with the two values in the resolution and the history', async () => {
    const v = (await versionOf(estate.stale)).version;
    const res = await as.orgEditor.post(
      `/boligorganisationer/${org.x}/datakvalitet`,
      resolution(
        estate.stale,
        { source: 'BBR', field: 'area_m2', registryValue: 5000, sourceValue: 5100, version: v },
        { resolution: 'registry' },
      ),
    );
    expect(res.status).toBe(303);
    expect(await sectionOf(as.orgEditor, estate.stale)).toBeNull();
    const html = await (await pageOf(as.orgEditor)).text();
    expect(html.split('<h2 id="afklarede">')[1]).toContain('Registrets værdi er rigtig');
    const [saved] = await t.deps.db.select().from(dataQualityResolutions).where(eq(dataQualityResolutions.estateId, estate.stale));
    expect(saved).toMatchObject({ source: 'BBR', field: 'area_m2', registryValue: 5000, sourceValue: 5100, resolution: 'registry' });
    const [entry] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'data_quality_resolution'), eq(auditEvents.entityId, String(saved.id))));
    expect(entry.action).toBe('create');
    expect(entry.changes).toMatchObject({ registryValue: { new: 5000 }, sourceValue: { new: 5100 }, resolution: { new: 'registry' } });
    expect((await counts()).get(org.x)).toBe(4);
  });

  it('shows a resolved mismatch again when a later import brings another value', async () => {
    await facts(estate.stale, 'BBR', 2026, 70, 5150);
    const again = (await sectionOf(as.orgEditor, estate.stale))!;
    expect(again).toContain('<td>2026</td>');
    expect(again).toContain('Afviger: +150');
    expect((await counts()).get(org.x)).toBe(5);
  });

  it('takes over the source’s number of homes, putting the difference on the main kind of homes, and says so', async () => {
    const section = (await sectionOf(as.muniEditor, estate.twoSources))!;
    expect(section).toContain('Forskellen på +2 lægges på afdelingens familieboliger (den største boligtype)');
    const before = await versionOf(estate.twoSources);
    const res = await as.muniEditor.post(
      `/boligorganisationer/${org.x}/datakvalitet`,
      resolution(
        estate.twoSources,
        { source: 'BBR', field: 'homes', registryValue: 50, sourceValue: 52, version: before.version },
        { resolution: 'source' },
      ),
    );
    expect(res.status).toBe(303);
    const after = await versionOf(estate.twoSources);
    expect([after.homesFamily, after.homesElderly, after.version]).toEqual([42, 10, before.version + 1]);
    const [estateEntry] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'estate'), eq(auditEvents.entityId, String(estate.twoSources))));
    expect(estateEntry.changes).toMatchObject({ homesFamily: { old: 40, new: 42 } });
    // BBR now agrees; Landsbyggefonden's 48 is now 4 below the registry's 52.
    const now = (await sectionOf(as.muniEditor, estate.twoSources))!;
    expect(now).not.toContain('Afviger: +2');
    expect(now).toContain('Afviger: -4');
  });

  it('refuses to take over homes the main kind cannot absorb, at the choice', async () => {
    const v = (await versionOf(estate.elderly)).version;
    const res = await as.staff.post(
      `/boligorganisationer/${org.x}/datakvalitet`,
      resolution(
        estate.elderly,
        { source: 'Landsbyggefonden', field: 'homes', registryValue: 40, sourceValue: 5, version: v },
        { resolution: 'source', form: `afklar-${estate.elderly}-boliger-0` },
      ),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Afdelingen har 40 boliger, heraf 30 ældreboliger. 5 boliger kan ikke nås ved kun at ændre ældreboliger');
    expect(html).toContain(`href="#afklar-${estate.elderly}-boliger-0-resolution"`);
    expect(html).toContain(`id="afklar-${estate.elderly}-boliger-0-resolution"`);
    expect((await versionOf(estate.elderly)).version).toBe(v);
  });

  it('asks for a note to explain a difference, keeping the choice made', async () => {
    const m = {
      source: 'BBR',
      field: 'area_m2' as const,
      registryValue: 0,
      sourceValue: 2950,
      version: (await versionOf(estate.sourceOnly)).version,
    };
    const form = `afklar-${estate.sourceOnly}-areal-0`;
    const missing = await as.orgEditor.post(
      `/boligorganisationer/${org.x}/datakvalitet`,
      resolution(estate.sourceOnly, m, { resolution: 'explained', note: ' ', form }),
    );
    expect(missing.status).toBe(400);
    const html = await missing.text();
    expect(html).toContain('Skriv, hvorfor tallene er forskellige.');
    expect(html).toMatch(new RegExp(`id="${form}-resolution-explained" checked`));
    expect(html).toContain('<details class="details" open');
    const ok = await as.orgEditor.post(
      `/boligorganisationer/${org.x}/datakvalitet`,
      resolution(estate.sourceOnly, m, { resolution: 'explained', note: 'Arealet er ikke registreret endnu.' }),
    );
    expect(ok.status).toBe(303);
    expect((await (await pageOf(as.orgReader)).text()).split('<h2 id="afklarede">')[1]).toContain('Arealet er ikke registreret endnu.');
  });

  it('refuses a resolution made on values that have changed since the page was opened', async () => {
    const v = (await versionOf(estate.stale)).version;
    const res = await as.orgEditor.post(
      `/boligorganisationer/${org.x}/datakvalitet`,
      resolution(
        estate.stale,
        { source: 'BBR', field: 'area_m2', registryValue: 5000, sourceValue: 5100, version: v },
        { resolution: 'registry' },
      ),
    );
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Tallene er ændret, siden du åbnede siden');
    const rows = await t.deps.db
      .select()
      .from(dataQualityResolutions)
      .where(eq(dataQualityResolutions.estateId, estate.stale))
      .orderBy(asc(dataQualityResolutions.id));
    expect(rows).toHaveLength(1);
  });
});

describe('who sees and resolves', () => {
  it('hides another organisation’s data quality, refuses readers’ resolutions and sends anonymous visitors to log in', async () => {
    expect((await pageOf(as.otherOrg)).status).toBe(404);
    const body = {
      estateId: String(estate.stale),
      source: 'BBR',
      field: 'area_m2',
      registryValue: '5000',
      sourceValue: '5150',
      version: '1',
      resolution: 'registry',
    };
    expect((await as.otherOrg.post(`/boligorganisationer/${org.x}/datakvalitet`, body)).status).toBe(404);
    expect((await as.orgReader.post(`/boligorganisationer/${org.x}/datakvalitet`, body)).status).toBe(403);
    const anon = await pageOf(as.anon);
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toMatch(/^\/login\?next=/);
    expect((await as.anon.post(`/boligorganisationer/${org.x}/datakvalitet`, body)).status).toBe(303);
    expect((await counts()).get(org.x)).toBe(3);
  });

  it('is linked from the organisation’s page', async () => {
    const html = await (await as.orgReader.get(`/boligorganisationer/${org.x}`)).text();
    expect(html).toContain(
      `<a href="/boligorganisationer/${org.x}/datakvalitet">Antal boliger og areal sammenholdt med de importerede kilder</a>`,
    );
  });
});
