import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { actorFor } from '../../auth/scope.ts';
import { auditEvents } from '../audit/tables.ts';

let t: TestContext;
let admin: TestClient;
let supervisor: TestClient;
let orgId: number;
let otherOrgId: number;

/** The rows of the history table as text, tags stripped. */
const rowsOf = (html: string) =>
  [...(html.split('<tbody>')[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

async function loggedIn(user: { email: string; password: string }) {
  const c = t.client();
  await c.login(user.email, user.password);
  return c;
}

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Boligselskabet Ålholm', municipalityCode: '0219' });
  const other = await makeOrganisation(db, { name: 'Bolig Næstved', municipalityCode: '0370' });
  orgId = org.id;
  otherOrgId = other.id;
  admin = await loggedIn(await makeUser(db, { role: 'admin', name: 'Alma Admin', email: 'alma@example.dk' }));
  supervisor = await loggedIn(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219', name: 'Tove Tilsyn' }));
  // Real changes through the app: a stage change and a meeting date on the dialogue.
  const url = `/boligorganisationer/${orgId}/styringsdialog/2026`;
  expect((await supervisor.post(`${url}/fase`, { version: '0', stage: 'indkaldt' })).status).toBe(303);
});
afterAll(async () => {
  await t.close();
});

describe("the admin's history", () => {
  it('speaks Danish: kinds, fields and values by name, the thing named and linked, times in Danish time', async () => {
    const html = await (await admin.get('/admin/historik')).text();
    const stage = rowsOf(html).find((r) => r.includes('Tove Tilsyn') && r.includes('Fase'));
    expect(stage).toBeDefined();
    expect(stage).toContain('Styringsdialog Boligselskabet Ålholm 2026');
    expect(stage).toContain('Fase: Planlagt → Indkaldt');
    expect(html).toContain(`<a href="/boligorganisationer/${orgId}/styringsdialog/2026">Boligselskabet Ålholm 2026</a>`);
    // No code words: no entity type with an id, no field or enum value from the code, no UTC instant.
    expect(html).not.toMatch(/dialogue \d+|user \d+/);
    expect(html).not.toContain('stageChangedAt');
    expect(html).not.toContain('stage:');
    expect(html).not.toMatch(/\bplanlagt\b|\bindkaldt\b/);
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('shows an instant recorded in a change in Danish local time, and a login once', async () => {
    await t.deps.db.insert(auditEvents).values({
      at: new Date('2026-12-03T19:52:54.353Z'),
      actorUserId: null,
      actorLabel: 'System',
      entityType: 'documentation_package',
      entityId: '999999',
      action: 'update',
      changes: { status: { old: 'aaben', new: 'indsendt' }, submittedAt: { old: null, new: '2026-12-03T19:52:54.353Z' } },
    });
    const html = await (await admin.get('/admin/historik?hvad=documentation_package')).text();
    const [row] = rowsOf(html);
    expect(row).toContain('3. dec. 2026, 20.52'); // 19:52 UTC is 20:52 in Copenhagen in winter
    expect(row).toContain('Status: Åben → Indsendt til kommunen');
    expect(row).toContain('Indsendt: – → 3. dec. 2026, 20.52');
    const logins = rowsOf(await (await admin.get('/admin/historik?handling=login&hvem=alma')).text());
    expect(logins).toHaveLength(1);
    expect(logins[0]).toMatch(/Logget ind –$/);
    expect(logins[0]).not.toContain('Logget ind Logget ind');
  });

  it('pages the log, with the filter kept from page to page', async () => {
    await t.deps.db.insert(auditEvents).values(
      Array.from({ length: 60 }, (_, i) => ({
        at: new Date(Date.UTC(2025, 0, 1 + i, 12)),
        actorLabel: 'Import (import@example.dk)',
        entityType: 'organisation',
        entityId: String(orgId),
        action: 'update' as const,
        summary: `Ændring nr. ${i + 1}`,
      })),
    );
    const first = await (await admin.get('/admin/historik?hvem=import%40example.dk')).text();
    expect(rowsOf(first)).toHaveLength(50);
    expect(first).toContain('Viser 1–50 af 60');
    expect(first).toContain('href="?page=2&amp;dir=desc&amp;hvem=import%40example.dk">Næste side');
    const second = await (await admin.get('/admin/historik?page=2&hvem=import%40example.dk')).text();
    expect(rowsOf(second)).toHaveLength(10);
    expect(second).toContain('Viser 51–60 af 60');
    expect(second).toContain('Ændring nr. 1<');
  });

  it('filters by who, by what and by when, as a GET form', async () => {
    const html = await (await admin.get('/admin/historik')).text();
    expect(html).toMatch(/<form method="get" action="\/admin\/historik"/);
    expect(html).toContain('<option value="dialogue">Styringsdialog</option>');
    const who = rowsOf(await (await admin.get('/admin/historik?hvem=tove')).text());
    expect(who.length).toBeGreaterThan(0);
    expect(who.every((r) => r.includes('Tove Tilsyn'))).toBe(true);
    const whatPage = await (await admin.get(`/admin/historik?hvad=organisation&hvem=import`)).text();
    expect(whatPage).toContain('Viser 1–50 af 60');
    expect(rowsOf(whatPage).every((r) => r.includes('Boligorganisation Boligselskabet Ålholm'))).toBe(true);
    expect(rowsOf(await (await admin.get(`/admin/historik?hvad=dialogue&hvem=import`)).text())).toHaveLength(0);
    // 10–12 January 2025, whole Danish days: three of the import's changes.
    const when = rowsOf(await (await admin.get('/admin/historik?hvem=import&fra=2025-01-10&til=12.01.2025')).text());
    expect(when.map((r) => /Ændring nr\. (\d+)/.exec(r)?.[1])).toEqual(['12', '11', '10']);
  });

  it('says what is wrong with a date by its field and keeps what was typed', async () => {
    const res = await admin.get('/admin/historik?fra=31.02.2025&til=2024-01-01');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Skriv datoen som dd.mm.åååå, fx 31.12.2026.');
    expect(html).toContain('value="31.02.2025"');
    const reversed = await (await admin.get('/admin/historik?fra=2025-02-01&til=2025-01-01')).text();
    expect(reversed).toContain('Til-datoen ligger før fra-datoen.');
  });

  it('names the things a field points at', async () => {
    await t.deps.db.insert(auditEvents).values({
      actorLabel: 'Registrator (reg@example.dk)',
      entityType: 'estate',
      entityId: '999999',
      action: 'create',
      changes: {
        organisationId: { old: null, new: orgId },
        municipalityCode: { old: null, new: '0219' },
        homesFamily: { old: null, new: 120 },
      },
    });
    const [row] = rowsOf(await (await admin.get('/admin/historik?hvem=reg%40example.dk')).text());
    expect(row).toContain('Boligorganisation: Boligselskabet Ålholm');
    expect(row).toContain('Kommune: Hillerød Kommune');
    expect(row).toContain('Familieboliger: 120');
  });

  it('links a thing only for a viewer who may open it', async () => {
    const events = await t.deps.db
      .insert(auditEvents)
      .values([
        { actorLabel: 'System', entityType: 'organisation', entityId: String(orgId), action: 'update' as const },
        { actorLabel: 'System', entityType: 'organisation', entityId: String(otherOrgId), action: 'update' as const },
      ])
      .returning();
    const actor = actorFor({
      id: 1,
      name: 'Tove Tilsyn',
      email: 'tove@example.dk',
      role: 'municipality_editor',
      municipalityCode: '0219',
      organisationId: null,
      administratorId: null,
    });
    const [own, other] = await t.deps.wiring.history.present({ db: t.deps.db, actor, events, withEntity: true });
    expect(own.entity).toEqual({ name: 'Boligselskabet Ålholm', href: `/boligorganisationer/${orgId}` });
    expect(other.entity).toEqual({ name: 'Bolig Næstved', href: null });
  });

  it('is for admins only', async () => {
    expect((await supervisor.get('/admin/historik')).status).toBe(403);
  });
});
