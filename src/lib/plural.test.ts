import { describe, expect, it } from 'vitest';
import { countNoun, pluralNoun } from './plural.ts';

describe('countNoun', () => {
  it('uses the singular for one and the plural for every other count', () => {
    expect(countNoun(1, 'afdeling', 'afdelinger')).toBe('1 afdeling');
    expect(countNoun(0, 'afdeling', 'afdelinger')).toBe('0 afdelinger');
    expect(countNoun(2, 'møde', 'møder')).toBe('2 møder');
    expect(countNoun(21, 'styringsdialog', 'styringsdialoger')).toBe('21 styringsdialoger');
  });

  it('writes the count in Danish number format', () => {
    expect(countNoun(1234, 'bolig', 'boliger')).toBe('1.234 boliger');
  });

  it('gives the noun alone for a count shown apart from it', () => {
    expect(pluralNoun(1, 'møde afholdt', 'møder afholdt')).toBe('møde afholdt');
    expect(pluralNoun(3, 'møde afholdt', 'møder afholdt')).toBe('møder afholdt');
  });
});
