import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_ACTOR, type Actor } from '../../auth/scope.ts';
import { makeAdministrator, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { pdfWith } from '../../../test/documents.ts';
import { changeStage } from '../dialogue/service.ts';
import { dialogues } from '../dialogue/tables.ts';
import { uploadFiles } from './actions.ts';
import { packageFiles, packageItemEvents, packageItems } from './tables.ts';
import { storedFiles } from '../../lib/file-store/index.ts';
import { createWiring } from '../../wiring.ts';

let t: TestContext;
let dataDir: string;
const year = 2026;
const orgs: Record<'a0219' | 'a0370' | 'b0219', number> = { a0219: 0, a0370: 0, b0219: 0 };
let staffA: TestClient;
let staffB: TestClient;
let editorA: TestClient;

const pkgPath = (orgId: number) => `/boligorganisationer/${orgId}/styringsdialog/${year}/dokumentationspakke`;

async function itemsOf(orgId: number) {
  const [d] = await t.deps.db
    .select()
    .from(dialogues)
    .where(and(eq(dialogues.organisationId, orgId), eq(dialogues.governanceYear, year)));
  return t.deps.db.select().from(packageItems).where(eq(packageItems.dialogueId, d.id)).orderBy(packageItems.position);
}

/** Every file under the store, temporary ones included. */
async function storedOnDisk(): Promise<string[]> {
  const entries = await readdir(join(dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

function upload(client: TestClient, orgId: number, itemId: number, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)]), name);
  return client.postMultipart(`${pkgPath(orgId)}/punkter/${itemId}/filer`, form);
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sd-files-integrity-'));
  t = await createTestContext({ DATA_DIR: dataDir });
  const db = t.deps.db;
  const adminA = await makeAdministrator(db, { name: 'Administration A' });
  const adminB = await makeAdministrator(db, { name: 'Administration B' });
  // Administrator A serves organisations supervised by two municipalities; B one of its own.
  orgs.a0219 = (await makeOrganisation(db, { name: 'Boligselskabet Nord', municipalityCode: '0219', administratorId: adminA.id })).id;
  orgs.a0370 = (await makeOrganisation(db, { name: 'Boligselskabet Syd', municipalityCode: '0370', administratorId: adminA.id })).id;
  orgs.b0219 = (await makeOrganisation(db, { name: 'Boligselskabet Vest', municipalityCode: '0219', administratorId: adminB.id })).id;
  for (const organisationId of Object.values(orgs)) {
    await changeStage({
      hooks: createWiring().hooks,
      db,
      actor: SYSTEM_ACTOR,
      organisationId,
      year,
      version: 0,
      to: 'indkaldt',
      reason: null,
    });
  }
  const login = async (u: { email: string; password: string }) => {
    const c = t.client();
    await c.login(u.email, u.password);
    return c;
  };
  staffA = await login(await makeUser(db, { role: 'administrator_staff', administratorId: adminA.id }));
  staffB = await login(await makeUser(db, { role: 'administrator_staff', administratorId: adminB.id }));
  editorA = await login(await makeUser(db, { role: 'organisation_editor', organisationId: orgs.a0219 }));
});
afterAll(async () => {
  await t.close();
});

describe('uploads that fail half-way', () => {
  it('leave no rows, no history and no bytes when the database refuses the write', async () => {
    const [item] = await itemsOf(orgs.a0219);
    // A real failure, not a mock: an actor whose user row does not exist breaks the uploaded_by foreign key
    // after the bytes are checked, hashed, extracted and stored.
    const ghost: Actor = {
      userId: 999_999,
      label: 'Slettet bruger',
      role: 'organisation_editor',
      scope: { kind: 'organisation', organisationId: orgs.a0219 },
      canEdit: true,
    };
    const file = new File([new Uint8Array(await pdfWith('Regnskab, der aldrig blev gemt'))], 'Regnskab.pdf');
    await expect(
      uploadFiles({ db: t.deps.db, actor: ghost, organisationId: orgs.a0219, year, config: t.deps.config, itemId: item.id, files: [file] }),
    ).rejects.toThrow(/insert into "package_files"/);
    expect(await t.deps.db.select().from(packageFiles)).toHaveLength(0);
    expect(await t.deps.db.select().from(storedFiles)).toHaveLength(0);
    expect(await t.deps.db.select().from(packageItemEvents).where(eq(packageItemEvents.packageItemId, item.id))).toHaveLength(0);
    expect(await storedOnDisk()).toEqual([]);
  });

  it('keep bytes that an earlier upload already stored', async () => {
    const [first, second] = await itemsOf(orgs.a0219);
    const bytes = await pdfWith('Årsberetning, lagt op to gange');
    expect((await upload(editorA, orgs.a0219, first.id, 'Årsberetning.pdf', bytes)).status).toBe(303);
    expect(await storedOnDisk()).toHaveLength(1);
    const ghost: Actor = {
      userId: 999_999,
      label: 'Slettet bruger',
      role: 'organisation_editor',
      scope: { kind: 'organisation', organisationId: orgs.a0219 },
      canEdit: true,
    };
    await expect(
      uploadFiles({
        db: t.deps.db,
        actor: ghost,
        organisationId: orgs.a0219,
        year,
        config: t.deps.config,
        itemId: second.id,
        files: [new File([new Uint8Array(bytes)], 'kopi.pdf')],
      }),
    ).rejects.toThrow(/insert into "package_files"/);
    // The same bytes on another item are a new row but not new bytes: the failed attempt must not remove them.
    expect(await storedOnDisk()).toHaveLength(1);
    const download = await editorA.get(`${pkgPath(orgs.a0219)}/filer/${(await t.deps.db.select().from(packageFiles))[0].id}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe("an administrator's staff", () => {
  it('sees and fills the packages of all its organisations, in every municipality, and no others', async () => {
    for (const orgId of [orgs.a0219, orgs.a0370]) {
      const page = await staffA.get(pkgPath(orgId));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Regnskab');
      const [item] = await itemsOf(orgId);
      expect(
        (await upload(staffA, orgId, item.id, `Styringsrapport ${orgId}.csv`, new TextEncoder().encode(`organisation;${orgId}\n`))).status,
      ).toBe(303);
    }
    expect((await staffA.get(pkgPath(orgs.b0219))).status).toBe(404);
    const [itemB] = await itemsOf(orgs.b0219);
    expect((await upload(staffA, orgs.b0219, itemB.id, 'x.csv', new TextEncoder().encode('a;b\n'))).status).toBe(404);
    // B's staff sees its own and none of A's.
    expect((await staffB.get(pkgPath(orgs.b0219))).status).toBe(200);
    for (const orgId of [orgs.a0219, orgs.a0370]) expect((await staffB.get(pkgPath(orgId))).status).toBe(404);
    // An organisation's own editor sees its package, not its sister organisation's under the same administrator.
    expect((await editorA.get(pkgPath(orgs.a0370))).status).toBe(404);
  });
});
