import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/app.ts';
import { auditEvents } from '../../audit/tables.ts';
import { fieldName } from './schemas.ts';
import { areaForm, createdId, monitoringWorld, postBody } from './test-setup.ts';
import { THRESHOLD_KEYS } from './thresholds.ts';
import { DEFAULT_THRESHOLDS } from '../catalogue/defaults.ts';

/* The thresholds page: admins see the sets by year and add one when the law changes; a set that contradicts itself is refused at the field. */

let t: TestContext;
let w: Awaited<ReturnType<typeof monitoringWorld>>;
const THIS_YEAR = new Date().getFullYear();

/** The default set as the form sends it, with changes. */
function setForm(validFrom: number, changes: Record<string, string> = {}) {
  const form: Record<string, string> = { validFrom: String(validFrom) };
  for (const d of DEFAULT_THRESHOLDS) form[fieldName(d.key as (typeof THRESHOLD_KEYS)[number])] = String(d.value).replace('.', ',');
  return { ...form, ...changes };
}

beforeAll(async () => {
  t = await createTestContext();
  w = await monitoringWorld(t);
});
afterAll(async () => {
  await t.close();
});

describe('thresholds', () => {
  it('are shown to admins only', async () => {
    const res = await w.as.admin.get('/boligomraader/graensevaerdier');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Fra listen 1. december 2021');
    expect(html).toContain('40 %');
    for (const who of ['editor', 'reader', 'orgX'] as const) {
      expect((await w.as[who].get('/boligomraader/graensevaerdier')).status, who).toBe(403);
      expect((await w.as[who].post('/boligomraader/graensevaerdier', setForm(2030))).status, who).toBe(403);
    }
    expect((await w.as.anon.get('/boligomraader/graensevaerdier')).status).toBe(303);
  });

  it('the form starts from the newest set and a year after it', async () => {
    const html = await (await w.as.admin.get('/boligomraader/graensevaerdier/ny')).text();
    expect(html).toContain(`name="validFrom" type="text" value="${Math.max(THIS_YEAR + 1, 2022)}"`);
    expect(html).toContain('name="udsat_outside_work" type="text" value="40"');
  });

  it('refuses contradictions, a year that has a set and values out of range, at the field with the input kept', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [
        { forebyggelse_outside_work: '45' },
        'Grænsen for forebyggelsesområder må ikke ligge over grænsen for udsatte boligområder (40).',
        'value="45"',
      ],
      [
        { forebyggelse_income: '50' },
        'Indkomstgrænsen for forebyggelsesområder må ikke ligge under grænsen for udsatte boligområder (55)',
        'value="50"',
      ],
      [{ forebyggelse_non_western: '55' }, 'må ikke ligge over grænsen for parallelsamfund (50).', 'value="55"'],
      [{ validFrom: '2021' }, 'Der findes allerede grænseværdier fra 2021.', 'value="2021"'],
      [{ udsat_criteria: '5' }, 'må højst være 4.', 'value="5"'],
      [{ udsat_outside_work: '140' }, 'må højst være 100.', 'value="140"'],
      [{ min_residents: '-1' }, 'kan ikke være negativt.', 'value="-1"'],
    ];
    for (const [change, message, kept] of cases) {
      const res = await w.as.admin.post('/boligomraader/graensevaerdier', setForm(2027, change));
      expect(res.status, message).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain(kept);
    }
  });

  it('a new set judges the figures of the lists from its year on, and is in the history', async () => {
    // Outside work at 38 % and only primary school at 70 %: one criterion under the law of 2021, two if the line moves to 35 %.
    const area = createdId(
      await postBody(t, w.as.editor, '/kommuner/0219/boligomraader', areaForm(w.as.editor.csrf, 'Sydbyen', [w.estates.x1.id])),
    );
    const figures = { residents: '1500', outsideWorkPct: '38', primarySchoolOnlyPct: '70', nonWesternPct: '10' };
    for (const year of [2024, 2025, 2026]) {
      expect((await w.as.editor.post(`/boligomraader/${area}/tal`, { ...figures, year: String(year) })).status).toBe(303);
    }
    const before = await (await w.as.editor.get(`/boligomraader/${area}?aar=2026`)).text();
    expect(before).not.toContain('Udsat boligområde</span>');
    expect((await w.as.admin.post('/boligomraader/graensevaerdier', setForm(2027, { udsat_outside_work: '35' }))).status).toBe(303);
    expect(await (await w.as.admin.get('/boligomraader/graensevaerdier')).text()).toContain('Fra listen 1. december 2027');
    const after = await (await w.as.editor.get(`/boligomraader/${area}?aar=2026`)).text();
    expect(after).toMatch(/Efter tallene for 2026 (kommer|ville) området (på|være på) listen over udsatte boligområder/);
    expect(after).toContain('over 35 %');
    // The 2025 figures count for the list of 2026, still judged by the law of 2021.
    expect(await (await w.as.editor.get(`/boligomraader/${area}?aar=2025`)).text()).toMatch(
      /Efter tallene for 2025 (kommer|ville) området ikke/,
    );
    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'monitoring_thresholds'), eq(auditEvents.entityId, '2027')));
    expect(event).toMatchObject({ action: 'create', changes: { 'udsat.outside_work': { new: 35 }, validFrom: { new: 2027 } } });
  });
});
