import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { actorFor } from '../../auth/scope.ts';
import { makeEstate, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { auditEvents } from '../audit/tables.ts';
import { mainHomeKind, setEstateSize } from './estate-size.ts';
import { estates } from './tables.ts';

let t: TestContext;
let editor: ReturnType<typeof actorFor>;
let reader: ReturnType<typeof actorFor>;
let stranger: ReturnType<typeof actorFor>;
let organisationId: number;

beforeAll(async () => {
  t = await createTestContext();
  organisationId = (await makeOrganisation(t.deps.db)).id;
  const other = await makeOrganisation(t.deps.db);
  editor = actorFor(await makeUser(t.deps.db, { role: 'organisation_editor', organisationId }));
  reader = actorFor(await makeUser(t.deps.db, { role: 'organisation_reader', organisationId }));
  stranger = actorFor(await makeUser(t.deps.db, { role: 'organisation_editor', organisationId: other.id }));
});
afterAll(async () => {
  await t.close();
});

const row = async (id: number) => (await t.deps.db.select().from(estates).where(eq(estates.id, id)))[0];

describe('the main kind of homes', () => {
  it('is the kind with most homes, ties going to family, elderly, youth, care in that order', () => {
    const homes = (homesFamily: number, homesElderly: number, homesYouth: number, homesCare: number) => ({
      homesFamily,
      homesElderly,
      homesYouth,
      homesCare,
    });
    expect(mainHomeKind(homes(10, 30, 0, 0))).toBe('homesElderly');
    expect(mainHomeKind(homes(30, 30, 0, 0))).toBe('homesFamily');
    expect(mainHomeKind(homes(0, 0, 5, 5))).toBe('homesYouth');
    expect(mainHomeKind(homes(0, 0, 4, 5))).toBe('homesCare');
    expect(mainHomeKind(homes(0, 0, 0, 0))).toBe('homesFamily');
  });
});

describe('setEstateSize', () => {
  it('puts a difference in homes on the main kind, sets m², bumps the version and writes the history', async () => {
    const e = await makeEstate(t.deps.db, { organisationId, homesFamily: 10, homesElderly: 30, areaM2: 2500 });
    const result = await setEstateSize(t.deps.db, { estateId: e.id, homes: 45, areaM2: 2600, version: e.version, actor: editor });
    expect(result).toEqual({ version: e.version + 1, homes: 45, areaM2: 2600, changedKind: 'homesElderly' });
    expect(await row(e.id)).toMatchObject({ homesFamily: 10, homesElderly: 35, areaM2: 2600 });
    const [entry] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'estate'), eq(auditEvents.entityId, String(e.id))));
    expect(entry).toMatchObject({ action: 'update', actorLabel: editor.label });
    expect(entry.changes).toMatchObject({ homesElderly: { old: 30, new: 35 }, areaM2: { old: 2500, new: 2600 } });
  });

  it('refuses a number of homes the main kind cannot absorb, and a stale version', async () => {
    const e = await makeEstate(t.deps.db, { organisationId, homesFamily: 10, homesElderly: 30 });
    await expect(setEstateSize(t.deps.db, { estateId: e.id, homes: 5, actor: editor })).rejects.toMatchObject({
      code: 'bad_request',
      field: 'homes',
    });
    await expect(setEstateSize(t.deps.db, { estateId: e.id, homes: -1, actor: editor })).rejects.toMatchObject({ field: 'homes' });
    await expect(setEstateSize(t.deps.db, { estateId: e.id, areaM2: 100, version: e.version + 5, actor: editor })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await row(e.id)).version).toBe(e.version);
  });

  it('is for those who may edit the estate’s organisation', async () => {
    const e = await makeEstate(t.deps.db, { organisationId });
    await expect(setEstateSize(t.deps.db, { estateId: e.id, areaM2: 1, actor: reader })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setEstateSize(t.deps.db, { estateId: e.id, areaM2: 1, actor: stranger })).rejects.toMatchObject({ code: 'not_found' });
    expect((await row(e.id)).areaM2).toBe(e.areaM2);
  });
});
