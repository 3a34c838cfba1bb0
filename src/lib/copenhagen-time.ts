import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns/formatISO';

/*
 * Danish wall-clock time. Everything shown and every deadline is in Europe/Copenhagen, whatever
 * the server's own time zone: a deadline is overdue from the Danish midnight, not UTC's.
 */

export const TIME_ZONE = 'Europe/Copenhagen';

/** Today's date in Denmark as YYYY-MM-DD. */
export function danishToday(now: Date = new Date()): string {
  return formatISO(new TZDate(now, TIME_ZONE), { representation: 'date' });
}

/** Whole calendar days from one YYYY-MM-DD to another; a change to summer time does not shorten a day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A Danish wall-clock date and time ("2026-12-03", "10:00") as an instant. */
export function danishInstant(date: string | null, time: string | null): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = (time ?? '00:00').split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, TIME_ZONE).getTime());
}

/** The date and time parts of an instant in Danish time, for filling a form again. */
export function danishParts(at: Date | null): { date: string; time: string } {
  if (!at) return { date: '', time: '' };
  const z = new TZDate(at.getTime(), TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`, time: `${pad(z.getHours())}:${pad(z.getMinutes())}` };
}
