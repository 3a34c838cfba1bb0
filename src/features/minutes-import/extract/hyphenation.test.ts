import { describe, expect, it } from 'vitest';
import { joinHyphenated, Vocabulary } from './hyphenation.ts';

describe('end-of-line hyphenation', () => {
  it.each([
    ['i bolig-', 'afdelingen er', 'i boligafdelingen er'],
    ['planlagt vedlige-', 'holdelse', 'planlagt vedligeholdelse'],
    ['Vedlige-', 'holdelsesplanen', 'Vedligeholdelsesplanen'],
    ['nyt IT-', 'system', 'nyt IT-system'],
    ['flere P-', 'pladser', 'flere P-pladser'],
    ['ladestandere til el-', 'biler', 'ladestandere til el-biler'],
    ['i perioden 2021-', '2024', 'i perioden 2021-2024'],
    ['Tina Lyhne, Borger-', 'og Socialchef', 'Tina Lyhne, Borger- og Socialchef'],
    ['ind-', 'og udflytning', 'ind- og udflytning'],
    ['anvisnings-', 'eller udlejningsaftaler', 'anvisnings- eller udlejningsaftaler'],
    ['Lejerbo-', 'Afdelingen', 'Lejerbo-Afdelingen'],
    ['de ikke-', 'almene boliger', 'de ikke-almene boliger'],
    ['CO2-', 'udledning', 'CO2-udledning'],
    ['soft\u00AD', 'hyphen', 'softhyphen'],
    ['BL-', 'aftalen', 'BL-aftalen'],
  ])('%s + %s', (left, right, expected) => {
    expect(joinHyphenated(left, right)).toBe(expected);
  });

  it('keeps a hyphen when the document writes the word with one elsewhere', () => {
    const vocabulary = new Vocabulary('der skal tages afdelings-hensyn her\nog andet');
    expect(joinHyphenated('tages afdelings-', 'hensyn', vocabulary)).toBe('tages afdelings-hensyn');
  });

  it('keeps a hyphen after a name the document uses on its own', () => {
    const vocabulary = new Vocabulary('Møde med Lejerbo i dag. Også Lejerbo deltog.');
    expect(joinHyphenated('hele Lejerbo-', 'afdelingen', vocabulary)).toBe('hele Lejerbo-afdelingen');
    expect(joinHyphenated('hele Bolig-', 'afdelingen', vocabulary)).toBe('hele Boligafdelingen');
  });

  it('joins a heading in capitals hyphenated by the word processor when the document writes the word elsewhere', () => {
    const vocabulary = new Vocabulary('STYRINGSDIALOG-\nMØDE 2022\nNæste styringsdialogmøde holdes i 2023.');
    expect(joinHyphenated('STYRINGSDIALOG-', 'MØDE 2022', vocabulary)).toBe('STYRINGSDIALOGMØDE 2022');
    expect(joinHyphenated('NYT IT-', 'SYSTEM', vocabulary)).toBe('NYT IT-SYSTEM');
  });

  it('joins a two-letter syllable hyphenated by the word processor, keeps a prefix such as "el-"', () => {
    const vocabulary = new Vocabulary('som i enkelte af-\ndelinger er lave, kommunen an-\nviser, og el-\nbiler');
    expect(joinHyphenated('i enkelte af-', 'delinger er lave', vocabulary)).toBe('i enkelte afdelinger er lave');
    expect(joinHyphenated('kommunen an-', 'viser', vocabulary)).toBe('kommunen anviser');
    expect(joinHyphenated('og el-', 'biler', vocabulary)).toBe('og el-biler');
    expect(joinHyphenated('en ny tv-', 'avis')).toBe('en ny tv-avis');
  });
});
