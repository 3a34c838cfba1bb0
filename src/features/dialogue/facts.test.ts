import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDialogueMeeting, sendPackageWithFiles } from '../../demo/dialogue-facts.ts';
import { makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { auditEvents } from '../audit/tables.ts';
import { deadlineStatuses } from './deadline-status.ts';
import { NO_FACTS, stepsNotTaken } from './facts.ts';
import { dialogues } from './tables.ts';

const statusOf = (stage: Parameters<typeof stepsNotTaken>[0], facts = NO_FACTS, today = '2026-12-01') =>
  Object.fromEntries(
    deadlineStatuses({ fiscalYearEndMonth: 12, governanceYear: 2026, progress: { stage, facts }, today }).map((d) => [
      d.kind,
      { met: d.met, metOn: d.metOn, late: d.late, overdue: d.overdue },
    ]),
  );

describe('a deadline is met by what was delivered, not by the stage', () => {
  it('leaves the package and the meeting unmet when only the stage says they happened', () => {
    const s = statusOf('moede_afholdt');
    expect(s.dokumentationspakke).toEqual({ met: false, metOn: null, late: false, overdue: true });
    expect(s.regnskab.met).toBe(false);
    expect(s.dialogmoede).toEqual({ met: false, metOn: null, late: false, overdue: true });
    // The convening is the stage change itself: it opens the package to the organisation.
    expect(s.indkaldelse.met).toBe(true);
    // No feature publishes the agreement yet: its deadline still follows the stage.
    expect(s.aftaledokument.met).toBe(false);
    expect(statusOf('offentliggjort').aftaledokument.met).toBe(true);
    expect(s.faellesmoede.met).toBeNull();
    // The council report is the municipality's: unmet until it is approved.
    expect(s.redegoerelse.met).toBe(false);
  });

  it('meets them by the day the package was sent and the meeting held, whatever the stage, and says when that was late', () => {
    const s = statusOf('planlagt', { packageSent: '2026-10-01', meetingHeld: '2026-11-03', reportApproved: null });
    expect(s.dokumentationspakke).toEqual({ met: true, metOn: '2026-10-01', late: false, overdue: false });
    expect(s.regnskab).toEqual({ met: true, metOn: '2026-10-01', late: true, overdue: false });
    expect(s.dialogmoede).toEqual({ met: true, metOn: '2026-11-03', late: true, overdue: false });
    expect(s.indkaldelse.overdue).toBe(true);
    expect(statusOf('planlagt', { ...NO_FACTS, reportApproved: '2026-12-10' }).redegoerelse).toEqual({
      met: true,
      metOn: '2026-12-10',
      late: false,
      overdue: false,
    });
  });

  it('names the steps a stage claims that have not happened', () => {
    expect(stepsNotTaken('indkaldt', NO_FACTS, 2026)).toEqual([]);
    expect(stepsNotTaken('gennemgaaet', NO_FACTS, 2026)).toEqual(['Boligorganisationen har ikke sendt dokumentationspakken.']);
    expect(stepsNotTaken('udkast', { packageSent: '2026-10-01', meetingHeld: null, reportApproved: null }, 2026)).toEqual([
      'Der er ikke holdt et styringsdialogmøde i 2026 (et møde er holdt, når referatet er sendt til kommentering eller godkendt).',
    ]);
    expect(stepsNotTaken('offentliggjort', { packageSent: '2026-10-01', meetingHeld: '2026-10-20', reportApproved: null }, 2026)).toEqual(
      [],
    );
  });
});

/*
 * Governance year 2024 lies in the past: every deadline not met is overdue, whatever day the tests run.
 */
const Y = 2024;
let t: TestContext;
let supervisor: TestClient;
let orgId: number;
const url = () => `/boligorganisationer/${orgId}/styringsdialog/${Y}`;
const version = async () =>
  (
    await t.deps.db
      .select()
      .from(dialogues)
      .where(and(eq(dialogues.organisationId, orgId), eq(dialogues.governanceYear, Y)))
  )[0]?.version ?? 0;
/** The status cell of one deadline on the dialogue page. */
const deadlineRow = (html: string, label: string) =>
  new RegExp(`<td>${label}(?:<span[^>]*>[^<]*</span>)?</td><td>[^<]*</td><td>(.*?)</td>`).exec(html)?.[1];

beforeAll(async () => {
  t = await createTestContext({ DATA_DIR: await mkdtemp(join(tmpdir(), 'sd-facts-')) });
  const org = await makeOrganisation(t.deps.db, { name: 'Boligselskabet Fremad', municipalityCode: '0219', fiscalYearEndMonth: 12 });
  orgId = org.id;
  const user = await makeUser(t.deps.db, { role: 'municipality_editor', municipalityCode: '0219', name: 'Tove Tilsyn' });
  supervisor = t.client();
  await supervisor.login(user.email, user.password);
});
afterAll(async () => {
  await t.close();
});

describe('moving the stage past what has happened', () => {
  it('warns in Danish and offers to go on anyway, changing nothing until the supervisor ticks it', async () => {
    const res = await supervisor.post(`${url()}/fase`, { version: '0', stage: 'moede_afholdt', reason: 'Mødet blev holdt på papir.' });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Fasen &quot;Møde afholdt&quot; passer ikke med det, der er sket:');
    expect(html).toContain('Boligorganisationen har ikke sendt dokumentationspakken.');
    expect(html).toContain(`Der er ikke holdt et styringsdialogmøde i ${Y}`);
    expect(html).toContain('<a class="function-link" href="#stage-proceed">');
    expect(html).toMatch(/<input class="form-checkbox" type="checkbox" id="stage-proceed" name="proceed" value="on"/);
    // What the supervisor chose and wrote comes back.
    expect(html).toMatch(/<option value="moede_afholdt" selected/);
    expect(html).toContain('Mødet blev holdt på papir.</textarea>');
    expect(await version()).toBe(0);
  });

  it('goes on when told to, records the warning in the history, and the deadlines still show what happened', async () => {
    const res = await supervisor.post(`${url()}/fase`, {
      version: '0',
      stage: 'moede_afholdt',
      reason: 'Mødet blev holdt på papir.',
      proceed: 'on',
    });
    expect(res.status).toBe(303);
    const [d] = await t.deps.db
      .select()
      .from(dialogues)
      .where(and(eq(dialogues.organisationId, orgId), eq(dialogues.governanceYear, Y)));
    expect(d.stage).toBe('moede_afholdt');
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'dialogue'), eq(auditEvents.entityId, String(d.id))));
    expect(audit.summary).toBe(
      `Planlagt → Møde afholdt: Mødet blev holdt på papir. (skiftet trods advarsel: Boligorganisationen har ikke sendt dokumentationspakken. Der er ikke holdt et styringsdialogmøde i ${Y} (et møde er holdt, når referatet er sendt til kommentering eller godkendt).)`,
    );
    const html = await (await supervisor.get(url())).text();
    expect(html).toContain('<strong>Møde afholdt</strong>');
    expect(deadlineRow(html, 'Dokumentationspakke indsendt')).toBe('<span class="sd-badge sd-badge-red">Overskredet</span>');
    expect(deadlineRow(html, 'Styringsdialogmøde afholdt')).toBe('<span class="sd-badge sd-badge-red">Overskredet</span>');
    expect(deadlineRow(html, 'Indkaldelse til styringsdialogmøde')).toBe('<span class="sd-badge sd-badge-green">Overholdt</span>');
    expect(html).toContain('Fasen &quot;Møde afholdt&quot; er længere end det, der er sket');
  });

  it('meets the deadlines by the package sent and the meeting held, and then moves on without a warning', async () => {
    const wiring = t.deps.wiring;
    await sendPackageWithFiles({ db: t.deps.db, wiring, config: t.deps.config, organisationId: orgId, year: Y, sentOn: `${Y}-10-10` });
    await holdDialogueMeeting({ db: t.deps.db, organisationId: orgId, municipalityCode: '0219', date: `${Y}-10-24` });
    const html = await (await supervisor.get(url())).text();
    expect(deadlineRow(html, 'Dokumentationspakke indsendt')).toBe(
      `<span class="sd-badge sd-badge-green">Overholdt</span><span class="sd-muted"> 10. oktober ${Y}</span>`,
    );
    expect(deadlineRow(html, 'Styringsdialogmøde afholdt')).toBe(
      `<span class="sd-badge sd-badge-green">Overholdt</span><span class="sd-muted"> 24. oktober ${Y}</span>`,
    );
    expect(html).not.toContain('er længere end det, der er sket');
    const res = await supervisor.post(`${url()}/fase`, { version: String(await version()), stage: 'udkast' });
    expect(res.status).toBe(303);
  });
});
