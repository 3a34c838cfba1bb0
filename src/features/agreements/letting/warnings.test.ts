import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../auth/scope.ts';
import { createTestContext, type TestContext } from '../../../../test/app.ts';
import { outbox } from '../../outbox/tables.ts';
import { lettingProposals } from './proposals.ts';
import { createLetting, listLettings, moveLetting } from './service.ts';
import { lettingWorld } from './test-setup.ts';
import { startReminderScheduler } from '../../dialogue/index.ts';
import { createWiring } from '../../../wiring.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { queueLettingWarnings } from './warnings.ts';

/*
 * The warning six months before an approved agreement expires: to both parties, exactly once
 * however often and however concurrently the scan runs; none for a draft or one further off.
 * And the agenda item the organisation's next dialogue meeting is offered.
 */

let t: TestContext;
let w: Awaited<ReturnType<typeof lettingWorld>>;
const CONFIG = { PUBLIC_URL: 'https://sd.test/' };
const TODAY = '2026-03-01';
const warnings = () => t.deps.db.select().from(outbox).where(like(outbox.dedupeKey, 'letting-expiry:%'));

async function make(validTo: string, steps: ('indsend' | 'godkend')[]) {
  let row = await createLetting({
    db: t.deps.db,
    actor: SYSTEM_ACTOR,
    organisation: w.orgX,
    input: {
      kind: 'kommunal_anvisning',
      sharePercent: 25,
      homesCount: null,
      homesText: null,
      priorityGroups: [],
      estateIds: [w.estates.x1.id],
      validFrom: '2023-01-01',
      validTo,
      evaluationDate: null,
      note: null,
    },
  });
  for (const step of steps) row = await moveLetting({ db: t.deps.db, actor: SYSTEM_ACTOR, id: row.id, version: row.version, step });
  return row;
}

let expiring: number;

beforeAll(async () => {
  t = await createTestContext();
  w = await lettingWorld(t);
  expiring = (await make('2026-08-31', ['indsend', 'godkend'])).id;
  await make('2026-12-31', ['indsend', 'godkend']); // more than six months off
  await make('2026-05-31', ['indsend']); // not approved: never in force
  await make('2026-02-27', ['indsend', 'godkend']); // expired already
});
afterAll(async () => {
  await t.close();
});

describe('expiry warnings', () => {
  it('are queued to both parties for the agreement expiring within six months, and only it', async () => {
    const n = await queueLettingWarnings({ db: t.deps.db, today: TODAY, config: CONFIG });
    const mails = await warnings();
    expect(n).toBe(mails.length);
    // The organisation's two editors, its administrator's staff, the municipality's editor; not Næstved's, not readers.
    expect(mails.map((m) => m.toAddress)).toHaveLength(4);
    expect(mails.map((m) => m.toAddress)).toEqual(expect.arrayContaining(['redaktor@x.test', 'staff@a.test', 'tilsyn@hillerod.test']));
    expect(mails.map((m) => m.toAddress)).not.toContain('tilsyn@naestved.test');
    expect(new Set(mails.map((m) => m.dedupeKey!.split(':')[1]))).toEqual(new Set([String(expiring)]));
    expect(mails[0].subject).toBe('Udlejningsaftale udløber 31. august 2026 – Boligselskabet X');
    expect(mails[0].textBody).toContain(`https://sd.test/udlejningsaftaler/${expiring}`);
  });

  it('are sent exactly once: later, repeated and concurrent scans queue nothing more', async () => {
    const before = (await warnings()).length;
    await Promise.all([
      queueLettingWarnings({ db: t.deps.db, today: TODAY, config: CONFIG }),
      queueLettingWarnings({ db: t.deps.db, today: TODAY, config: CONFIG }),
    ]);
    expect(await queueLettingWarnings({ db: t.deps.db, today: '2026-06-01', config: CONFIG })).toBe(0);
    expect((await warnings()).length).toBe(before);
  });

  it('warn the next agreement when its turn comes, once', async () => {
    await queueLettingWarnings({ db: t.deps.db, today: '2026-07-01', config: CONFIG });
    await queueLettingWarnings({ db: t.deps.db, today: '2026-07-02', config: CONFIG });
    expect((await warnings()).length).toBe(8);
  });
});

describe('udløbet', () => {
  it('is read from the end date of an approved agreement; a submitted one past its date keeps its step', async () => {
    const list = (status: 'godkendt' | 'udloebet' | 'indsendt', today: string) =>
      listLettings({ db: t.deps.db, actor: SYSTEM_ACTOR, organisationId: w.orgX.id, status, today }).then((rows) =>
        rows.map((r) => r.validTo),
      );
    expect(await list('udloebet', TODAY)).toEqual(['2026-02-27']);
    expect(await list('godkendt', TODAY)).toEqual(['2026-08-31', '2026-12-31']);
    expect(await list('udloebet', '2026-09-01')).toEqual(['2026-02-27', '2026-08-31']);
    expect(await list('indsendt', '2026-09-01')).toEqual(['2026-05-31']);
  });
});

describe('the agenda proposal', () => {
  it("offers 'Udlejningsaftaler der udløber' for the organisation's agreements expiring within six months", async () => {
    const [p] = await lettingProposals({ db: t.deps.db, actor: SYSTEM_ACTOR, organisationId: w.orgX.id, year: 2026, today: TODAY });
    expect(p).toMatchObject({ source: 'udlejningsaftaler', theme: 'udlejning', title: 'Udlejningsaftaler der udløber' });
    expect(p.text).toBe('- Kommunal anvisning: udløber 31. august 2026');
    expect(await lettingProposals({ db: t.deps.db, actor: SYSTEM_ACTOR, organisationId: w.orgY.id, year: 2026, today: TODAY })).toEqual([]);
  });
});

describe('through the wiring', () => {
  const wiring = createWiring();
  it("the reminder scheduler runs the letting warnings beside the deadlines' reminders", async () => {
    const other = await make('2026-09-30', ['indsend', 'godkend']);
    const quiet = { debug: () => undefined, error: (e: unknown) => console.error(e) };
    const scheduler = startReminderScheduler(t.deps.db, CONFIG, wiring.dialogueFacts, quiet, {
      today: () => '2026-04-01',
      now: () => new Date('2031-01-01T10:00:00Z'),
      more: wiring.reminderScans,
    });
    await scheduler.stop();
    expect((await warnings()).filter((m) => m.dedupeKey!.startsWith(`letting-expiry:${other.id}:`))).toHaveLength(4);
  });

  it("the dialogue meeting's proposals hold the key figures' and the letting agreements'", async () => {
    const soon = new Date(Date.parse(danishToday()) + 60 * 86_400_000).toISOString().slice(0, 10);
    await make(soon, ['indsend', 'godkend']);
    const query = { db: t.deps.db, actor: SYSTEM_ACTOR, organisationId: w.orgX.id, year: 2026 };
    const proposals = (await Promise.all(wiring.agendaProposals.map((source) => source(query)))).flat();
    expect(proposals.map((p) => p.source)).toContain('udlejningsaftaler');
  });
});
