import { UTCDate } from '@date-fns/utc';
// Per-function imports: the package root pulls in all of date-fns, which costs seconds at start.
import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import { isExists } from 'date-fns/isExists';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { setDate } from 'date-fns/setDate';

/*
 * The årshjul of the KL/BL guide turned into rules. A dialogue of governance year G reviews
 * the fiscal year that ended in calendar year G − 1 (31 December G − 1 for a calendar fiscal
 * year, 31 May G − 1, 30 September G − 1 …); each deadline is an offset from that end,
 * which the municipality may change, or a common date the municipality sets for everyone.
 */

export const DEADLINE_KINDS = [
  'faellesmoede',
  'regnskab',
  'indkaldelse',
  'dokumentationspakke',
  'dialogmoede',
  'aftaledokument',
  'redegoerelse',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  faellesmoede: 'Fællesmøde med alle boligorganisationer',
  regnskab: 'Regnskab indsendt',
  indkaldelse: 'Indkaldelse til styringsdialogmøde',
  dokumentationspakke: 'Dokumentationspakke indsendt',
  dialogmoede: 'Styringsdialogmøde afholdt',
  aftaledokument: 'Aftaledokument offentliggjort',
  redegoerelse: 'Redegørelse til kommunalbestyrelsen',
};

/** Months after the fiscal year's end, and the day of that month ('last' = its last day). */
export interface Offset {
  months: number;
  day: number | 'last';
}

/** The guide's calendar for a fiscal year ending 31 December: May, September, October, November, December. */
export const DEFAULT_OFFSETS: Record<Exclude<DeadlineKind, 'faellesmoede'>, Offset> = {
  regnskab: { months: 5, day: 'last' }, // accounts 5 months after the year's end (31 May)
  indkaldelse: { months: 9, day: 'last' }, // convened in September
  dokumentationspakke: { months: 10, day: 15 }, // package early October
  dialogmoede: { months: 10, day: 'last' }, // meeting in October
  aftaledokument: { months: 11, day: 'last' }, // published in November
  redegoerelse: { months: 12, day: 'last' }, // the council hears of the year's dialogues
};

/**
 * The fællesmøde gathers all organisations of a municipality, whatever their fiscal year, so it
 * is always a common date: by default 31 May of the governance year (the guide: held in May).
 */
export const DEFAULT_JOINT_MEETING = '05-31';
export const OFFSET_KINDS = DEADLINE_KINDS.filter((k): k is Exclude<DeadlineKind, 'faellesmoede'> => k !== 'faellesmoede');

export interface Deadline {
  kind: DeadlineKind;
  date: string;
  source: 'offset' | 'common';
}

const isoDate = (d: Date) => formatISO(d, { representation: 'date' });

/** The last day of the fiscal year reviewed in governance year G. */
export function fiscalYearEnd(fiscalYearEndMonth: number, governanceYear: number): string {
  return isoDate(lastDayOfMonth(new UTCDate(governanceYear - 1, fiscalYearEndMonth - 1, 1)));
}

export function applyOffset(fye: string, offset: Offset): string {
  const month = addMonths(new UTCDate(`${fye}T00:00:00Z`), offset.months);
  const last = lastDayOfMonth(month);
  // A day past the month's end (30 in February) falls on its last day rather than spilling over.
  const date = offset.day === 'last' ? last : setDate(month, Math.min(offset.day, last.getUTCDate()));
  return isoDate(date);
}

/** "MM-DD" of a common date → that date in the governance year, or null if it does not exist (29 February in 2027). */
export function commonDate(monthDay: string, governanceYear: number): string | null {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  return m && isExists(governanceYear, Number(m[1]) - 1, Number(m[2])) ? `${governanceYear}-${monthDay}` : null;
}

const danishShort = (iso: string) => `${Number(iso.slice(8))}/${Number(iso.slice(5, 7))} ${iso.slice(0, 4)}`;

export interface DeadlineRules {
  offsets?: Partial<Record<Exclude<DeadlineKind, 'faellesmoede'>, Offset>>;
  /** A date ("MM-DD" in the governance year) that overrides the offset for every organisation. */
  commonDates?: Partial<Record<DeadlineKind, string>>;
}

export function computeDeadlines(input: { fiscalYearEndMonth: number; governanceYear: number; rules?: DeadlineRules }): Deadline[] {
  const fye = fiscalYearEnd(input.fiscalYearEndMonth, input.governanceYear);
  return DEADLINE_KINDS.map((kind) => {
    if (kind === 'faellesmoede') {
      const date =
        commonDate(input.rules?.commonDates?.faellesmoede ?? DEFAULT_JOINT_MEETING, input.governanceYear) ??
        commonDate(DEFAULT_JOINT_MEETING, input.governanceYear)!;
      return { kind, date, source: 'common' as const };
    }
    const common = input.rules?.commonDates?.[kind];
    const date = common ? commonDate(common, input.governanceYear) : null;
    if (date) return { kind, date, source: 'common' as const };
    return { kind, date: applyOffset(fye, input.rules?.offsets?.[kind] ?? DEFAULT_OFFSETS[kind]), source: 'offset' as const };
  });
}

/**
 * Danish messages for rules that cannot work: a deadline on or before the end of the fiscal
 * year it is about (for any of the municipality's organisations), or a date that does not exist.
 */
export function checkRules(
  rules: DeadlineRules,
  fiscalYearEndMonths: number[],
  governanceYear: number,
): Partial<Record<DeadlineKind, string>> {
  const errors: Partial<Record<DeadlineKind, string>> = {};
  for (const kind of DEADLINE_KINDS) {
    const offset = kind === 'faellesmoede' ? undefined : rules.offsets?.[kind];
    if (offset && (offset.months < 0 || (offset.months === 0 && offset.day !== 'last'))) {
      errors[kind] = `${DEADLINE_LABELS[kind]}: fristen skal ligge efter regnskabsårets afslutning.`;
    }
    const common = rules.commonDates?.[kind];
    if (common) {
      const date = commonDate(common, governanceYear);
      if (!date) {
        errors[kind] = `${DEADLINE_LABELS[kind]}: datoen ${common.split('-').reverse().join('/')} findes ikke i ${governanceYear}.`;
        continue;
      }
      // The joint meeting is about policy, not one year's accounts: any real date will do.
      if (kind === 'faellesmoede') continue;
      // Nothing can be due before the accounts it builds on: the floor is the accounts deadline
      // (for the accounts themselves, the fiscal year's end) of every organisation.
      const floors = fiscalYearEndMonths
        .map((m) => {
          const fye = fiscalYearEnd(m, governanceYear);
          return kind === 'regnskab' ? fye : applyOffset(fye, rules.offsets?.regnskab ?? DEFAULT_OFFSETS.regnskab);
        })
        .filter((floor) => date <= floor)
        .sort();
      if (floors.length > 0) {
        const [y, m, d] = floors[floors.length - 1].split('-');
        errors[kind] =
          kind === 'regnskab'
            ? `${DEADLINE_LABELS[kind]}: den fælles dato skal ligge efter regnskabsårets afslutning (${Number(d)}/${Number(m)} ${y}) for alle boligorganisationer.`
            : `${DEADLINE_LABELS[kind]}: den fælles dato ligger før regnskabsfristen ${Number(d)}/${Number(m)} ${y} for nogle boligorganisationer.`;
      }
    }
  }
  // The dialogue happens in order: convened before the meeting, the meeting before the agreement is published.
  for (const [before, after] of [
    ['indkaldelse', 'dialogmoede'],
    ['dialogmoede', 'aftaledokument'],
  ] as const) {
    if (errors[after] || errors[before]) continue;
    for (const month of fiscalYearEndMonths) {
      const d = computeDeadlines({ fiscalYearEndMonth: month, governanceYear, rules });
      const [a, b] = [d.find((x) => x.kind === before)!.date, d.find((x) => x.kind === after)!.date];
      if (b < a) {
        errors[after] =
          `${DEADLINE_LABELS[after]}: fristen (${danishShort(b)}) ligger før fristen for ${DEADLINE_LABELS[before].toLowerCase()} (${danishShort(a)}).`;
        break;
      }
    }
  }
  return errors;
}
