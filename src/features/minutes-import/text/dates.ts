/*
 * Danish dates in free text: "Onsdag den 3. november 2021", "d. 07. april 2021", "3 okt. 2022",
 * "07-04-2021", "d. 3/3-2022", "3/3 2022", "3.3.2022", "3.3.22", "2022-03-03", "03-maj-2001" and the
 * English "April 3, 2019" of some web pages. Dates without a year
 * ("1. marts", "15/4") are found only when asked for, and get their year from a reference date.
 */

export type FoundDate = {
  /** YYYY-MM-DD; for a date without a year, the year of the reference (or 2000 without one). */
  iso: string;
  index: number;
  length: number;
  hasYear: boolean;
  day: number;
  month: number;
};

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "3. november 2021", "07. april 2021", "3 okt. 2022", "1. marts" (year optional). */
const TEXTUAL = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\.?\\s*|-)(${MONTH_NAMES})(?!\\p{L})\\.?(?:(?:,?\\s+|-)(\\d{4})(?!\\d))?`, 'giu');
/** "April 3, 2019", "3 April 2019": the English dates of web pages made by an English-speaking publishing system. */
const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const ENGLISH = new RegExp(`(?<![\\p{L}])(${ENGLISH_MONTHS.join('|')})\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'giu');
/** "07-04-2021", "3/3-2022", "3/3 2022", "3.3.2022", "3.3.22". */
const NUMERIC = /(?<![\d./-])(\d{1,2})[./-](\d{1,2})(?:[./-]|\.? (?=\d{4}))(\d{4}|\d{2})(?![\d]|[./-]\d)/g;
/** "2022-03-03". */
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
/** "15/4", "15.4." without a year (only when asked for). */
const PARTIAL = /(?<![\d./-])(\d{1,2})\/(\d{1,2})(?![\d/-])/g;

export const WEEKDAYS = /\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b/i;

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2199) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

type Options = {
  /** Also find dates without a year. */
  partial?: boolean;
  /** Year for dates without one: the reference's year, or the next when the date would fall before the reference. */
  reference?: string | null;
};

function withReferenceYear(day: number, month: number, reference: string | null | undefined): string | null {
  if (!reference) return isoDate(2000, month, day);
  const year = Number(reference.slice(0, 4));
  const iso = isoDate(year, month, day);
  if (iso && iso < reference) return isoDate(year + 1, month, day);
  return iso;
}

/** All dates in `text`, in order, none overlapping. */
export function findDates(text: string, options: Options = {}): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (index: number, length: number, iso: string | null, hasYear: boolean, day: number, month: number) => {
    if (!iso) return;
    if (found.some((f) => index < f.index + f.length && f.index < index + length)) return;
    found.push({ iso, index, length, hasYear, day, month });
  };
  for (const m of text.matchAll(ISO)) add(m.index, m[0].length, isoDate(+m[1], +m[2], +m[3]), true, +m[3], +m[2]);
  for (const m of text.matchAll(NUMERIC)) add(m.index, m[0].length, isoDate(fullYear(m[3]), +m[2], +m[1]), true, +m[1], +m[2]);
  for (const m of text.matchAll(ENGLISH)) {
    const month = ENGLISH_MONTHS.indexOf(m[1].toLowerCase()) + 1;
    add(m.index, m[0].length, isoDate(+m[3], month, +m[2]), true, +m[2], month);
  }
  for (const m of text.matchAll(TEXTUAL)) {
    const day = +m[1];
    const month = MONTHS[m[2].toLowerCase()];
    if (m[3]) add(m.index, m[0].length, isoDate(+m[3], month, day), true, day, month);
    else if (options.partial) add(m.index, m[0].length, withReferenceYear(day, month, options.reference), false, day, month);
  }
  if (options.partial) {
    for (const m of text.matchAll(PARTIAL))
      add(m.index, m[0].length, withReferenceYear(+m[1], +m[2], options.reference), false, +m[1], +m[2]);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first full date (with a year) in `text`, as YYYY-MM-DD. */
export function firstDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** Last day of a month ("inden udgangen af marts 2023") or of a year ("udgangen af 2023"). */
export function endOf(monthName: string | null, year: number): string | null {
  if (!monthName) return isoDate(year, 12, 31);
  const month = MONTHS[monthName.toLowerCase().replace(/\.$/, '')];
  if (!month) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, last);
}

export const MONTH_PATTERN = MONTH_NAMES;
