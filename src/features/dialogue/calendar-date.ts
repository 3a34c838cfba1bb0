import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Today's date in Denmark as YYYY-MM-DD: a deadline is overdue from the Danish midnight, not UTC's. */
export function danishToday(now: Date = new Date()): string {
  return format(new TZDate(now, 'Europe/Copenhagen'), 'yyyy-MM-dd');
}

/** The governance year a date falls in: dialogues are planned per calendar year. */
export const governanceYearOf = (today: string) => Number(today.slice(0, 4));

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
