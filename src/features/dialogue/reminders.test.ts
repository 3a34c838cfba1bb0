import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { SYSTEM_ACTOR } from '../../auth/scope.ts';
import { openDatabase } from '../../db/client.ts';
import { makeAdministrator, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { deliverDue } from '../outbox/service.ts';
import { outbox } from '../outbox/tables.ts';
import { smtpSender } from '../outbox/worker.ts';
import { setFrequency } from './frequency.ts';
import { queueReminders, startReminderScheduler } from './reminders.ts';
import { dialogueSettings } from './tables.ts';
import { councilReports } from '../council-reports/tables.ts';
import { changeStage } from './service.ts';
import { createWiring } from '../../wiring.ts';
import { holdDialogueMeeting, sendPackageWithFiles } from '../../demo/dialogue-facts.ts';

let t: TestContext;
let lateId: number;
let sentId: number;
const CONFIG = { PUBLIC_URL: 'https://sd.test' };
const wiring = createWiring();
const facts = wiring.dialogueFacts;
const reminders = () => t.deps.db.select().from(outbox).where(like(outbox.dedupeKey, 'reminder:%'));

beforeAll(async () => {
  t = await createTestContext({ DATA_DIR: await mkdtemp(join(tmpdir(), 'sd-reminders-')) });
  const db = t.deps.db;
  const adm = await makeAdministrator(db);
  const late = await makeOrganisation(db, {
    name: 'Boligselskabet Sent',
    municipalityCode: '0219',
    fiscalYearEndMonth: 12,
    administratorId: adm.id,
  });
  lateId = late.id;
  const done = await makeOrganisation(db, { name: 'Boligselskabet Færdig', municipalityCode: '0219', fiscalYearEndMonth: 12 });
  const skipped = await makeOrganisation(db, { name: 'Boligselskabet Hvert Andet År', municipalityCode: '0219', fiscalYearEndMonth: 12 });
  // Package sent: the accounts and package deadlines are met, the meeting's is not.
  const sent = await makeOrganisation(db, { name: 'Boligselskabet Indsendt', municipalityCode: '0219', fiscalYearEndMonth: 12 });
  sentId = sent.id;
  await changeStage({
    hooks: wiring.hooks,
    db,
    actor: SYSTEM_ACTOR,
    organisationId: sent.id,
    year: 2027,
    version: 0,
    to: 'indkaldt',
    reason: null,
  });
  await sendPackageWithFiles({ db, wiring, config: t.deps.config, organisationId: sent.id, year: 2027 });
  // Done: the package sent, the meeting held and the agreement published.
  await changeStage({
    hooks: wiring.hooks,
    db,
    actor: SYSTEM_ACTOR,
    organisationId: done.id,
    year: 2027,
    version: 0,
    to: 'indkaldt',
    reason: null,
  });
  await sendPackageWithFiles({ db, wiring, config: t.deps.config, organisationId: done.id, year: 2027 });
  await holdDialogueMeeting({ db, organisationId: done.id, municipalityCode: '0219', date: '2027-04-20' });
  await changeStage({
    hooks: wiring.hooks,
    db,
    actor: SYSTEM_ACTOR,
    organisationId: done.id,
    year: 2027,
    version: 3,
    to: 'offentliggjort',
    reason: 'Aftaledokumentet blev offentliggjort på kommunens hjemmeside.',
    facts,
  });
  await setFrequency({
    db,
    actor: SYSTEM_ACTOR,
    organisation: skipped,
    version: 0,
    input: { frequency: 'hvert_andet_aar', fromYear: 2026, reason: 'Ingen problemer.' },
  });
  await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219', email: 'tilsyn@hillerod.dk' });
  await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219', email: 'laeser@hillerod.dk' });
  await makeUser(db, { role: 'organisation_editor', organisationId: late.id, email: 'bestyrelse@sent.dk' });
  await makeUser(db, { role: 'administrator_staff', administratorId: adm.id, email: 'adm@sent.dk' });
  await makeUser(db, { role: 'organisation_editor', organisationId: done.id, email: 'bestyrelse@faerdig.dk' });
  await makeUser(db, { role: 'organisation_editor', organisationId: sent.id, email: 'bestyrelse@indsendt.dk' });
  await makeUser(db, { role: 'organisation_editor', organisationId: late.id, email: 'gammel@sent.dk', disabledAt: new Date() });
});
afterAll(async () => {
  await t.close();
});

describe('deadline reminders', () => {
  it('go to both parties the configured days before, once, however often and however concurrently the scan runs', async () => {
    // 2027: the accounts deadline is 31 May; 14 days before is 17 May.
    await queueReminders({ db: t.deps.db, today: '2027-05-16', config: CONFIG, facts });
    expect(await reminders()).toHaveLength(0);
    // Two app processes: on PostgreSQL a second connection pool; PGlite has one connection, so there the scans interleave.
    const url = (t.deps.db as unknown as { $client: { options?: { connectionString?: string } } }).$client.options?.connectionString;
    if (t.database.kind === 'postgres') expect(url).toMatch(/^postgres/);
    const second = t.database.kind === 'postgres' ? await openDatabase({ url }) : null;
    try {
      await Promise.all(
        [t.deps.db, second?.db ?? t.deps.db, t.deps.db].map((db) => queueReminders({ db, today: '2027-05-17', config: CONFIG, facts })),
      );
    } finally {
      await second?.close();
    }
    await queueReminders({ db: t.deps.db, today: '2027-05-20', config: CONFIG, facts });
    const rows = await reminders();
    expect(rows.map((r) => r.toAddress).sort()).toEqual(['adm@sent.dk', 'bestyrelse@sent.dk', 'tilsyn@hillerod.dk']);
    expect(rows[0].subject).toBe('Påmindelse: Regnskab indsendt – Boligselskabet Sent senest 31. maj 2027');
    expect(rows[0].textBody).toContain(`https://sd.test/boligorganisationer/${lateId}/styringsdialog/2027`);
    expect(rows.every((r) => r.dedupeKey!.includes(':regnskab:before:'))).toBe(true);
    expect(rows.some((r) => r.dedupeKey!.startsWith(`reminder:${sentId}:`))).toBe(false);
  });

  it('go again once when the deadline is overdue, and not for organisations done or not due this year', async () => {
    await queueReminders({ db: t.deps.db, today: '2027-06-01', config: CONFIG, facts });
    await queueReminders({ db: t.deps.db, today: '2027-06-02', config: CONFIG, facts });
    const overdue = (await reminders()).filter((r) => r.dedupeKey!.includes(':overdue:'));
    expect(overdue).toHaveLength(3);
    expect(overdue[0].subject).toBe('Overskredet frist: Regnskab indsendt – Boligselskabet Sent');
    expect((await reminders()).some((r) => /Færdig|Hvert Andet/.test(r.subject))).toBe(false);
  });

  it('are delivered over SMTP, retried after a refusal, and sent exactly once', async () => {
    const received: string[] = [];
    let refuseNext = true;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        // The message itself is not checked here; the stream is drained so 'end' fires.
        stream.resume();
        stream.on('end', () => {
          if (refuseNext) {
            refuseNext = false;
            return callback(Object.assign(new Error('Mailbox busy'), { responseCode: 451 }));
          }
          received.push(session.envelope.rcptTo.map((r) => r.address).join(','));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const send = smtpSender(`smtp://127.0.0.1:${port}`, 'Styringsdialog <noreply@sd.test>')!;
      await t.deps.db.update(outbox).set({ status: 'sent' }).where(like(outbox.dedupeKey, '%:before:%'));
      const first = await deliverDue(t.deps.db, send);
      expect(first).toBe(2);
      const [failed] = await t.deps.db.select().from(outbox).where(eq(outbox.status, 'pending'));
      expect(failed.lastError).toContain('Mailbox busy');
      expect(await deliverDue(t.deps.db, send)).toBe(0);
      await t.deps.db
        .update(outbox)
        .set({ nextAttemptAt: new Date(0) })
        .where(eq(outbox.id, failed.id));
      expect(await deliverDue(t.deps.db, send)).toBe(1);
      expect(await deliverDue(t.deps.db, send)).toBe(0);
      expect(received.sort()).toEqual(['adm@sent.dk', 'bestyrelse@sent.dk', 'tilsyn@hillerod.dk']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('with 0 days before go only when overdue; the scheduler scans at start and stop() waits for it', async () => {
    const db = t.deps.db;
    const org = await makeOrganisation(db, { name: 'Boligselskabet Nul', municipalityCode: '0370', fiscalYearEndMonth: 12 });
    await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370', email: 'tilsyn@naestved.dk' });
    await db.insert(dialogueSettings).values({ municipalityCode: '0370', rules: {}, reminderDaysBefore: 0, version: 1 });
    const mine = async () => (await reminders()).filter((r) => r.dedupeKey!.startsWith(`reminder:${org.id}:`));
    await queueReminders({ db, today: '2027-05-31', config: { PUBLIC_URL: 'https://sd.test/' }, facts });
    expect(await mine()).toHaveLength(0);
    const errors: unknown[] = [];
    const scheduler = startReminderScheduler(
      db,
      { PUBLIC_URL: 'https://sd.test/' },
      facts,
      { debug: () => {}, error: (e: unknown) => errors.push(e) } as never,
      { today: () => '2027-06-01' },
    );
    await scheduler.stop();
    expect(errors).toEqual([]);
    const rows = await mine();
    expect(rows.map((r) => r.toAddress)).toEqual(['tilsyn@naestved.dk']);
    expect(rows[0].dedupeKey).toBe(`reminder:${org.id}:2027:regnskab:overdue:tilsyn@naestved.dk`);
    expect(rows[0].textBody).toContain(`https://sd.test/boligorganisationer/${org.id}/styringsdialog/2027\n`);
  });

  it('remind the municipality alone of its report to the council, once for all its dialogues, until the report is approved', async () => {
    const db = t.deps.db;
    const ofReport = async () => (await reminders()).filter((r) => r.dedupeKey!.startsWith('reminder:kommune:0219:'));
    // Approved: the deadline is met, nothing is due.
    const [report] = await db
      .insert(councilReports)
      .values({ municipalityCode: '0219', governanceYear: 2027, status: 'godkendt', approvedOn: '2027-12-01' })
      .returning();
    await queueReminders({ db, today: '2027-12-20', config: CONFIG, facts });
    expect(await ofReport()).toHaveLength(0);
    // Reopened: 14 days before 31 December, to the municipality's editors, once (not per organisation, not to the organisations).
    await db.update(councilReports).set({ status: 'udkast', approvedOn: null }).where(eq(councilReports.id, report.id));
    await queueReminders({ db, today: '2027-12-20', config: CONFIG, facts });
    await queueReminders({ db, today: '2027-12-21', config: CONFIG, facts });
    const rows = await ofReport();
    expect(rows.map((r) => r.toAddress)).toEqual(['tilsyn@hillerod.dk']);
    expect(rows[0].subject).toBe('Påmindelse: Redegørelse til kommunalbestyrelsen 2027 – Hillerød Kommune senest 31. december 2027');
    expect(rows[0].textBody).toContain('https://sd.test/kommuner/0219/redegoerelser/2027');
    expect((await reminders()).some((r) => r.dedupeKey!.includes(':redegoerelse:') && !r.dedupeKey!.startsWith('reminder:kommune:'))).toBe(
      false,
    );
  });

  it('run once an hour across app processes: a second process scanning in the same hour leaves it, the next hour scans again', async () => {
    const db = t.deps.db;
    const org = await makeOrganisation(db, { name: 'Boligselskabet Timen', municipalityCode: '0101', fiscalYearEndMonth: 12 });
    await makeUser(db, { role: 'municipality_editor', municipalityCode: '0101', email: 'tilsyn@kbh.dk' });
    const mine = async () => (await reminders()).filter((r) => r.dedupeKey!.startsWith(`reminder:${org.id}:`));
    // Two app processes: on PostgreSQL a second connection pool; PGlite has one connection, so there both use it.
    const url = (t.deps.db as unknown as { $client: { options?: { connectionString?: string } } }).$client.options?.connectionString;
    const second = t.database.kind === 'postgres' ? await openDatabase({ url }) : null;
    const scans: unknown[] = [];
    const errors: unknown[] = [];
    const logger = {
      debug: (fields: { considered?: number }) => {
        if (fields.considered !== undefined) scans.push(fields);
      },
      error: (e: unknown) => errors.push(e),
    } as never;
    const start = (database: typeof db, now: string, today: string) =>
      startReminderScheduler(database, CONFIG, facts, logger, { now: () => new Date(now), today: () => today });
    try {
      // Both start in the same hour, at once and later in it: one scan in all.
      await Promise.all(
        [start(db, '2027-05-17T08:05:00Z', '2027-05-17'), start(second?.db ?? db, '2027-05-17T08:05:00Z', '2027-05-17')].map((s) =>
          s.stop(),
        ),
      );
      await start(second?.db ?? db, '2027-05-17T08:59:00Z', '2027-05-17').stop();
      expect(errors).toEqual([]);
      expect(scans).toHaveLength(1);
      expect((await mine()).map((r) => r.toAddress)).toEqual(['tilsyn@kbh.dk']);
      // The next hour is a new scan, whichever process takes it.
      await start(second?.db ?? db, '2027-05-17T09:05:00Z', '2027-05-18').stop();
      await start(db, '2027-05-17T09:10:00Z', '2027-05-18').stop();
      expect(errors).toEqual([]);
      expect(scans).toHaveLength(2);
      expect(await mine()).toHaveLength(1);
      // A scan that fails gives its hour back: the next tick in that hour, in any process, scans.
      await startReminderScheduler(db, { PUBLIC_URL: undefined } as never, facts, logger, {
        now: () => new Date('2027-05-17T10:05:00Z'),
        today: () => '2027-05-18',
      }).stop();
      expect(errors).toHaveLength(1);
      await start(second?.db ?? db, '2027-05-17T10:20:00Z', '2027-05-18').stop();
      expect(scans).toHaveLength(3);
    } finally {
      await second?.close();
    }
  });

  it('follow what was delivered, not the stage: a dialogue moved past an unsent package is still reminded of it', async () => {
    const db = t.deps.db;
    const org = await makeOrganisation(db, { name: 'Boligselskabet Foran', municipalityCode: '0250', fiscalYearEndMonth: 12 });
    await makeUser(db, { role: 'municipality_editor', municipalityCode: '0250', email: 'tilsyn@frederikssund.dk' });
    await changeStage({
      hooks: wiring.hooks,
      db,
      actor: SYSTEM_ACTOR,
      organisationId: org.id,
      year: 2027,
      version: 0,
      to: 'moede_afholdt',
      reason: 'Sat frem uden for systemet.',
    });
    // 1 October: 14 days before the package deadline; the accounts are long overdue, the meeting a month away.
    await queueReminders({ db, today: '2027-10-01', config: CONFIG, facts });
    const mine = (await reminders()).filter((r) => r.dedupeKey!.startsWith(`reminder:${org.id}:`));
    expect(mine.map((r) => r.dedupeKey)).toEqual([`reminder:${org.id}:2027:dokumentationspakke:before:tilsyn@frederikssund.dk`]);
  });
});
