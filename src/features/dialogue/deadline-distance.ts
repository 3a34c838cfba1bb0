import { daysBetween } from '../../lib/copenhagen-time.ts';
import { countNoun } from '../../lib/plural.ts';

/**
 * How far a deadline not yet met lies from today, in words, for the line beside its date:
 * "om 3 dage", "i dag", "overskredet med 1 dag". Both dates are Danish calendar days (YYYY-MM-DD),
 * so a deadline is overdue from the Danish midnight after it, as the årshjul's statuses count it.
 */
export function deadlineDistance(date: string, today: string): { text: string; overdue: boolean } {
  const days = daysBetween(today, date);
  if (days === 0) return { text: 'fristen er i dag', overdue: false };
  if (days > 0) return { text: `om ${countNoun(days, 'dag', 'dage')}`, overdue: false };
  return { text: `overskredet med ${countNoun(-days, 'dag', 'dage')}`, overdue: true };
}
