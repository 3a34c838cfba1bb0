import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../auth/scope.ts';
import { makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { danishToday, daysBetween } from '../../lib/copenhagen-time.ts';
import { changeStage } from '../dialogue/index.ts';

let t: TestContext;
let supervisor: TestClient;
let orgId: number;
const today = danishToday();
const thisYear = Number(today.slice(0, 4));
const pkgPage = (year: number) => `/boligorganisationer/${orgId}/styringsdialog/${year}/dokumentationspakke`;
/** The package page's lead line: status and deadline. */
const lead = (html: string) =>
  (/<p class="font-lead">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Boligselskabet Fristen', municipalityCode: '0219', fiscalYearEndMonth: 12 });
  orgId = org.id;
  // Convened dialogues open their packages: last year's (its deadline, 15 October, has passed) and next year's.
  for (const year of [thisYear - 1, thisYear + 1]) {
    await changeStage({
      hooks: t.deps.wiring.hooks,
      db,
      actor: SYSTEM_ACTOR,
      organisationId: org.id,
      year,
      version: 0,
      to: 'indkaldt',
      reason: null,
    });
  }
  const user = await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' });
  supervisor = t.client();
  await supervisor.login(user.email, user.password);
});
afterAll(async () => {
  await t.close();
});

describe("the package's deadline", () => {
  it('says by how many days an unsent package is overdue', async () => {
    const deadline = `${thisYear - 1}-10-15`;
    const days = daysBetween(deadline, today);
    const text = lead(await (await supervisor.get(pkgPage(thisYear - 1))).text());
    expect(text).toContain(`frist 15. oktober ${thisYear - 1}`);
    expect(text).toContain(`Overskredet med ${days} dage`);
  });

  it('says how many days are left before a deadline to come', async () => {
    const days = daysBetween(today, `${thisYear + 1}-10-15`);
    const text = lead(await (await supervisor.get(pkgPage(thisYear + 1))).text());
    expect(text).toContain(`frist 15. oktober ${thisYear + 1} (om ${days} dage)`);
    expect(text).not.toContain('overskredet');
  });
});
