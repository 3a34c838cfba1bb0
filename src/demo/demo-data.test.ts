import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/app.ts';
import { STAGES, type Stage } from '../features/dialogue/index.ts';
import { dialogues } from '../features/dialogue/tables.ts';
import { documentationPackages } from '../features/documentation/tables.ts';
import { meetings } from '../features/meetings/tables.ts';
import { organisations } from '../features/registry/tables.ts';
import { DEMO_PASSWORD, loadDemoData } from './demo-data.ts';
import { SYSTEM_ACTOR } from '../auth/scope.ts';
import { getAgreement } from '../features/agreements/service.ts';
import { agreements } from '../features/agreements/tables.ts';
import { agreementDocuments } from '../features/agreement-documents/tables.ts';
import { councilReports, councilReportSections } from '../features/council-reports/tables.ts';

/*
 * The demo is what a new user judges the app by: its dialogues must not claim what did not happen.
 * Checked against the rows themselves, not through the app's own rule: a stage from "Dokumentationspakke
 * modtaget" on has a package sent, from "Møde afholdt" on a dialogue meeting held that year, and an
 * agreed meeting date in the past is a meeting held on that day.
 */

/** The demo's dialogues stand as a supervisor would find them in late November 2026. */
const DEMO_TODAY = '2026-11-30';
const reached = (stage: Stage, step: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(step);

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ DATA_DIR: await mkdtemp(join(tmpdir(), 'sd-demo-')) });
  await loadDemoData(t.deps.db, t.deps.wiring, t.deps.config);
});
afterAll(async () => {
  await t.close();
});

describe('the demo data', () => {
  it("has Næstved's report to the council on 2025 in draft, generated from the demo's dialogues and agreements", async () => {
    const [report] = await t.deps.db.select().from(councilReports);
    expect(report).toMatchObject({ municipalityCode: '0370', governanceYear: 2025, status: 'udkast' });
    const sections = await t.deps.db.select().from(councilReportSections).where(eq(councilReportSections.reportId, report.id));
    expect(sections.find((s) => s.key === 'dialoger')?.table?.map((r) => r.organisation)).toContain('Lejerbo Næstved');
    expect(sections.find((s) => s.key === 'aftaler')?.text).toContain('Opfyldt');
  });

  it('has agreements in several states, one target met by the demo figures and one missed', async () => {
    const rows = await t.deps.db.select({ id: agreements.id, status: agreements.status }).from(agreements);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
    const verdicts = [];
    for (const r of rows) verdicts.push((await getAgreement(t.deps.db, SYSTEM_ACTOR, r.id)).target?.verdict.state);
    expect(verdicts).toContain('opfyldt');
    expect(verdicts).toContain('ikke_opfyldt');
  });

  it('has a published aftaledokument in two versions, the second a correction with its differences', async () => {
    const docs = await t.deps.db.select().from(agreementDocuments).orderBy(agreementDocuments.number);
    expect(docs.map((d) => [d.number, d.status])).toEqual([
      [1, 'offentliggjort'],
      [2, 'offentliggjort'],
    ]);
    const c = t.client();
    await c.login('lejerbo.naestved@demo.dk', DEMO_PASSWORD);
    const diff = await (await c.get(`/aftaledokumenter/${docs[1].id}/forskelle`)).text();
    expect(diff).toContain('Beboerdemokratiet');
    // Generated from the demo's own data: an estate with nothing to follow, and the red one with its figures.
    const page = (await (await c.get(`/aftaledokumenter/${docs[0].id}`)).text()).replace(/\s+/g, ' ');
    expect(page).toContain('101 Agerhønevej: Ingen særlig fokus');
    expect(page).toMatch(/102 Manøvej \(2025\): Henlæggelser pr\. m² 85 kr/);
  });

  it('has every stage backed by what happened: packages sent, meetings held, past meeting dates real meetings', async () => {
    const db = t.deps.db;
    const rows = await db
      .select({ dialogue: dialogues, name: organisations.name, packageStatus: documentationPackages.status })
      .from(dialogues)
      .innerJoin(organisations, eq(organisations.id, dialogues.organisationId))
      .leftJoin(documentationPackages, eq(documentationPackages.dialogueId, dialogues.id));
    expect(rows.length).toBeGreaterThan(5);
    const held = await db
      .select({
        organisationId: meetings.organisationId,
        day: sql<string>`to_char(${meetings.startsAt} at time zone 'Europe/Copenhagen', 'YYYY-MM-DD')`,
      })
      .from(meetings)
      .where(
        and(
          eq(meetings.kind, 'dialogmoede'),
          isNotNull(meetings.heldAt),
          inArray(
            meetings.organisationId,
            rows.map((r) => r.dialogue.organisationId),
          ),
        ),
      );
    const heldOn = (organisationId: number, prefix: string) =>
      held.some((m) => m.organisationId === organisationId && m.day.startsWith(prefix));
    const claims: string[] = [];
    for (const { dialogue: d, name, packageStatus } of rows) {
      const which = `${name} ${d.governanceYear} (${d.stage})`;
      if (reached(d.stage, 'pakke_modtaget') && packageStatus !== 'indsendt' && packageStatus !== 'accepteret')
        claims.push(`${which}: pakken er ikke sendt (${packageStatus ?? 'ingen pakke'})`);
      if (reached(d.stage, 'moede_afholdt') && !heldOn(d.organisationId, String(d.governanceYear)))
        claims.push(`${which}: intet møde holdt i ${d.governanceYear}`);
      if (d.meetingDate && d.meetingDate <= DEMO_TODAY && !heldOn(d.organisationId, d.meetingDate))
        claims.push(`${which}: mødedatoen ${d.meetingDate} er passeret, men intet møde er holdt den dag`);
    }
    expect(claims).toEqual([]);
  });

  it('shows as "Seneste møde" the last meeting held, with its package counted', async () => {
    const c = t.client();
    await c.login('tilsyn.naestved@demo.dk', DEMO_PASSWORD);
    const page = await (await c.get('/tilsyn?aar=2026')).text();
    const row = (name: string) => new RegExp(`${name}</a></td>(.*?)</tr>`).exec(page)![1];
    expect(row('Lejerbo Næstved')).toContain('4 af 4');
    expect(row('Lejerbo Næstved')).toContain('<td>14. oktober 2026</td>');
    // Bolig Næstved has not been convened this year: its last meeting is last year's.
    expect(row('Bolig Næstved')).toContain('<td>5. november 2025</td>');
  });
});
