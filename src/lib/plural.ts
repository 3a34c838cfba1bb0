/*
 * A count and its noun in Danish: "1 afdeling", "2 afdelinger", "1.234 afdelinger". The plural
 * category comes from Intl.PluralRules (CLDR's Danish rules) rather than from `n === 1` written
 * out in every view, which is how "1 afdelinger" got onto the pages.
 */

const rules = new Intl.PluralRules('da-DK');
const numbers = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** The noun alone, in the form that goes with `n`: for a count shown apart from its noun (a big number above its label). */
export function pluralNoun(n: number, one: string, other: string): string {
  return rules.select(n) === 'one' ? one : other;
}

/** The count in Danish number format and the noun that goes with it: `countNoun(1, 'afdeling', 'afdelinger')` → "1 afdeling". */
export function countNoun(n: number, one: string, other: string): string {
  return `${numbers.format(n)} ${pluralNoun(n, one, other)}`;
}
