import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns/formatISO';

/** Today's date in Denmark as YYYY-MM-DD: a deadline is overdue from the Danish midnight, not UTC's. */
export function danishToday(now: Date = new Date()): string {
  return formatISO(new TZDate(now, 'Europe/Copenhagen'), { representation: 'date' });
}

/** The governance year a date falls in: dialogues are planned per calendar year. */
export const governanceYearOf = (today: string) => Number(today.slice(0, 4));

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
