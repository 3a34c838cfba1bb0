import { pluralNoun } from '../../../lib/plural.ts';
import type { ChangeSummary } from './changes.ts';

/*
 * An import's changes in Danish words, for the history, the result page and the command line:
 * "120 nye og 4 ændrede afdelingsår; 1.440 nye, 12 ændrede og 2 fjernede værdier".
 */

const join = (parts: string[]) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}`);
const count = (n: number, one: string, other: string) => `${n.toLocaleString('da-DK')} ${pluralNoun(n, one, other)}`;

function counted(pairs: [number, string, string][]): string[] {
  return pairs.filter(([n]) => n > 0).map(([n, one, other]) => count(n, one, other));
}

function years(counts: ChangeSummary['estateYears'], noun: string): string | null {
  const parts = counted([
    [counts.new, 'nyt', 'nye'],
    [counts.changed, 'ændret', 'ændrede'],
  ]);
  return parts.length ? `${join(parts)} ${noun}` : null;
}

export function describeChanges(s: ChangeSummary): string {
  const { added, changed, removed } = s.values;
  const total = added + changed + removed;
  if (total === 0) return 'ingen ændringer; alle tal var allerede indlæst';
  const targets = [years(s.estateYears, 'afdelingsår'), years(s.organisationYears, 'boligorganisationsår')].filter(
    (p): p is string => p !== null,
  );
  const values = counted([
    [added, 'ny', 'nye'],
    [changed, 'ændret', 'ændrede'],
    [removed, 'fjernet', 'fjernede'],
  ]);
  return `${join(targets)}; ${join(values)} ${pluralNoun(total, 'værdi', 'værdier')}`;
}
