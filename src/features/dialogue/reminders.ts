import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { SYSTEM_ACTOR } from '../../auth/scope.ts';
import { partyEditors } from '../../auth/party-editors.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { settings } from '../../db/settings-table.ts';
import { formatDate } from '../../ui/format.ts';
import { enqueueMail, type Mail } from '../outbox/index.ts';
import { danishToday, daysBetween } from '../../lib/copenhagen-time.ts';
import { governanceYearOf } from './governance-year.ts';
import type { DialogueFactsSql } from './facts.ts';
import { dialogueOverview, type OverviewRow } from './overview.ts';
import type { DeadlineStatus } from './deadline-status.ts';
import { dialogueSettings } from './tables.ts';
import { countNoun } from '../../lib/plural.ts';

/** A deadline overdue for longer than this gets no reminder: the first start of a new installation would otherwise send a flood. */
export const OVERDUE_WINDOW_DAYS = 14;

/**
 * Queues the reminders that are due today: `reminderDaysBefore` days before each unmet deadline
 * of this year's dialogues, and once when it is overdue — to the municipality's supervisors and to
 * the organisation's editors and its administrator's staff. The report to the council
 * (redegørelse) is the municipality's alone and one for all its dialogues: its reminder goes to the
 * municipality's editors, once per municipality (the first of its organisations' dates that is due). Each message has a key the outbox
 * refuses twice, so repeated and concurrent scans (several app processes) queue it once.
 */
export async function queueReminders({
  db,
  today = danishToday(),
  config,
  facts,
}: {
  db: Db;
  today?: string;
  config: Pick<Config, 'PUBLIC_URL'>;
  /** What has happened in each dialogue (src/wiring.ts): a deadline met by it gets no reminder. */
  facts: DialogueFactsSql;
}): Promise<number> {
  const year = governanceYearOf(today);
  const base = config.PUBLIC_URL.replace(/\/+$/, '');
  const rows = (await dialogueOverview({ db, actor: SYSTEM_ACTOR, year, today, facts })).filter((r) => r.dueThisYear);
  if (rows.length === 0) return 0;
  const codes = [...new Set(rows.map((r) => r.municipalityCode))];
  const [settings, recipientsOf] = await Promise.all([
    db
      .select({ code: dialogueSettings.municipalityCode, days: dialogueSettings.reminderDaysBefore })
      .from(dialogueSettings)
      .where(inArray(dialogueSettings.municipalityCode, codes)),
    partyEditors(db),
  ]);
  const daysBefore = new Map(settings.map((s) => [s.code, s.days]));
  const mails: (Mail & { dedupeKey: string })[] = [];
  for (const r of rows) {
    const recipients = recipientsOf(r);
    const before = daysBefore.get(r.municipalityCode) ?? 14;
    for (const d of r.deadlines) {
      if (d.met !== false) continue;
      const left = daysBetween(today, d.date);
      // 0 days before means: only when overdue.
      const when = left < 0 && -left <= OVERDUE_WINDOW_DAYS ? 'overdue' : before > 0 && left >= 0 && left <= before ? 'before' : null;
      if (!when) continue;
      if (d.kind === 'redegoerelse') {
        mails.push(...councilReportReminders({ r, d, when, left, year, base, to: recipientsOf({ municipalityCode: r.municipalityCode }) }));
        continue;
      }
      const link = `${base}/boligorganisationer/${r.organisationId}/styringsdialog/${year}`;
      const subject =
        when === 'overdue'
          ? `Overskredet frist: ${d.label} – ${r.name}`
          : `Påmindelse: ${d.label} – ${r.name} senest ${formatDate(d.date)}`;
      const text = [
        when === 'overdue'
          ? `Fristen „${d.label}“ for styringsdialogen ${year} med ${r.name} var ${formatDate(d.date)} og er overskredet.`
          : `Fristen „${d.label}“ for styringsdialogen ${year} med ${r.name} er ${formatDate(d.date)} (om ${countNoun(left, 'dag', 'dage')}).`,
        `Tilsynskommune: ${r.municipalityName}.`,
        '',
        `Se dialogen: ${link}`,
        '',
        'Du får denne e-mail, fordi du er redaktør for kommunen, boligorganisationen eller dens administrationsorganisation i Styringsdialog.',
      ].join('\n');
      for (const email of recipients) {
        mails.push({
          to: email,
          subject,
          text,
          dedupeKey: `reminder:${r.organisationId}:${year}:${d.kind}:${when}:${email.toLowerCase()}`,
        });
      }
    }
  }
  // In key order: two scans inserting the same keys in one order wait for each other instead of deadlocking.
  mails.sort((a, b) => (a.dedupeKey < b.dedupeKey ? -1 : a.dedupeKey > b.dedupeKey ? 1 : 0));
  await db.transaction(async (tx) => {
    for (const mail of mails) await enqueueMail(tx, mail);
  });
  return mails.length;
}

/** The municipality's reminder of its report to the council; its key makes it one per municipality, whichever organisation's row asked. */
function councilReportReminders({
  r,
  d,
  when,
  left,
  year,
  base,
  to,
}: {
  r: OverviewRow;
  d: DeadlineStatus;
  when: 'overdue' | 'before';
  left: number;
  year: number;
  base: string;
  to: string[];
}): (Mail & { dedupeKey: string })[] {
  const link = `${base}/kommuner/${r.municipalityCode}/redegoerelser/${year}`;
  const subject =
    when === 'overdue'
      ? `Overskredet frist: ${d.label} ${year} – ${r.municipalityName}`
      : `Påmindelse: ${d.label} ${year} – ${r.municipalityName} senest ${formatDate(d.date)}`;
  const text = [
    when === 'overdue'
      ? `Fristen „${d.label}“ for styringsdialogerne ${year} var ${formatDate(d.date)} og er overskredet: redegørelsen er ikke godkendt.`
      : `Fristen „${d.label}“ for styringsdialogerne ${year} er ${formatDate(d.date)} (om ${countNoun(left, 'dag', 'dage')}).`,
    '',
    `Se redegørelsen: ${link}`,
    '',
    'Du får denne e-mail, fordi du er redaktør for kommunen i Styringsdialog.',
  ].join('\n');
  return to.map((email) => ({
    to: email,
    subject,
    text,
    dedupeKey: `reminder:kommune:${r.municipalityCode}:${year}:${d.kind}:${when}:${email.toLowerCase()}`,
  }));
}

/**
 * Another feature's scan run with the deadline reminders, once an hour in all (the letting
 * agreements' expiry warnings, through src/wiring.ts): it queues its own mails, each once.
 */
export type ReminderScan = (input: { db: Db; today: string; config: Pick<Config, 'PUBLIC_URL'> }) => Promise<number>;

/** The settings row holding the hour (UTC, `YYYY-MM-DDTHH`) whose reminder scan a process has claimed. */
const SCAN_CLAIM_KEY = 'reminder_scan_hour';

/**
 * Claims the reminder scan of `hour` for the calling process: true for the first claim of that hour
 * across every process on the database, false for any later one. One statement, so two processes
 * claiming at once are ordered by the row lock and only one wins. A different hour (also an earlier
 * one, after a clock was put back) is a new claim, so a wrong clock cannot stop the scans.
 */
async function claimReminderScan(db: Db, hour: string): Promise<boolean> {
  const won = await db
    .insert(settings)
    .values({ key: SCAN_CLAIM_KEY, value: hour })
    .onConflictDoUpdate({ target: settings.key, set: { value: hour }, setWhere: sql`${settings.value} <> ${hour}` })
    .returning({ value: settings.value });
  return won.length > 0;
}

/** Gives the hour back after a failed scan, so the next tick of any process tries again. */
async function releaseReminderScan(db: Db, hour: string): Promise<void> {
  await db
    .update(settings)
    .set({ value: '' })
    .where(and(eq(settings.key, SCAN_CLAIM_KEY), eq(settings.value, hour)));
}

/** The UTC hour of `date` as `YYYY-MM-DDTHH`, the unit the reminder scan runs once in. */
const hourOf = (date: Date) => date.toISOString().slice(0, 13);

/**
 * Scans at start and then every hour (the timer does not keep the process alive); a scan still
 * running when the next is due is not doubled. With several app processes on one database each
 * tick first claims the hour (claimReminderScan), so the scan runs once an hour in all, not once
 * per process; a failed scan gives its hour back. stop() waits for a running scan.
 */
export function startReminderScheduler(
  db: Db,
  config: Pick<Config, 'PUBLIC_URL'>,
  facts: DialogueFactsSql,
  logger: Pick<Logger, 'debug' | 'error'>,
  {
    intervalMs = 60 * 60_000,
    today = danishToday,
    now = () => new Date(),
    more = [],
  }: { intervalMs?: number; today?: () => string; now?: () => Date; more?: ReminderScan[] } = {},
) {
  let running: Promise<unknown> | null = null;
  const scan = () => {
    if (running) return;
    const hour = hourOf(now());
    running = claimReminderScan(db, hour)
      .then(async (claimed) => {
        if (!claimed) {
          logger.debug({ hour }, 'reminder scan: this hour has been scanned already (by this or another process)');
          return;
        }
        try {
          const day = today();
          let n = await queueReminders({ db, today: day, config, facts });
          for (const extra of more) n += await extra({ db, today: day, config });
          if (n > 0) logger.debug({ considered: n }, 'reminder scan: due reminders offered to the outbox');
        } catch (error) {
          await releaseReminderScan(db, hour).catch(() => undefined);
          throw error;
        }
      })
      .catch((error) => logger.error({ err: error }, 'reminder scan failed'))
      .finally(() => {
        running = null;
      });
  };
  scan();
  const timer = setInterval(scan, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
