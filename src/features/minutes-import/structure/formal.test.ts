import { describe, expect, it } from 'vitest';
import { seed } from '../fixtures/seeds.ts';
import { parseMinutes } from '../parse.ts';
import { formalPartsOf } from './formal.ts';

describe('formal parts of an imported item', () => {
  it('splits a council case into case number, deciding body, sections, absent members and minutes', () => {
    const text = [
      '21/4954',
      '',
      'Sagen afgøres i:',
      '',
      'Byrådet 2018-2021',
      '',
      'Indledning',
      '',
      'Byrådet godkendte fem indsatser.',
      '',
      'Retsgrundlag',
      '',
      'Lov om almene boliger mv.',
      '',
      'Relation til vision og tværgående politikker',
      '',
      'Vision 2030.',
      '',
      'Sagsfremstilling',
      '',
      '1. Den aktuelle ramme',
      '',
      'Økonomien er uændret.',
      '',
      'Økonomi/Personaleforhold',
      '',
      'Ingen konsekvenser.',
      '',
      'Kommunikation/Høring/Borgerinddragelse',
      '',
      'Ingen høring.',
      '',
      'Indstilling',
      '',
      'Administrationen indstiller, at forslaget godkendes.',
      '',
      'Beslutninger Byrådet den 21-12-2020',
      '',
      'Godkendt.',
      '',
      'Fraværende:',
      '',
      'Lisbeth Læssøe',
      '',
      'Bilag',
      '',
      'Organisering feb 2021',
    ].join('\n');
    expect(formalPartsOf(text)).toEqual({
      caseNumber: '21/4954',
      decidingBody: 'Byrådet 2018-2021',
      sections: {
        indledning: 'Byrådet godkendte fem indsatser.',
        retsgrundlag: 'Lov om almene boliger mv.',
        relation: 'Vision 2030.',
        sagsfremstilling: '1. Den aktuelle ramme\n\nØkonomien er uændret.',
        oekonomi: 'Ingen konsekvenser.',
        kommunikation: 'Ingen høring.',
        indstilling: 'Administrationen indstiller, at forslaget godkendes.',
      },
      absent: ['Lisbeth Læssøe'],
      notes: 'Beslutninger Byrådet den 21-12-2020\n\nGodkendt.\n\nBilag\n\nOrganisering feb 2021',
    });
  });

  it('leaves ordinary minutes alone, even with a line that reads like a heading', () => {
    expect(formalPartsOf('Økonomi\n\nBoligorganisationen har en sund økonomi.\n\nDet blev aftalt at følge op.')).toBeNull();
    expect(formalPartsOf('Afdelingen har mange fraflytninger.')).toBeNull();
  });

  it('reads every item of seed 002 as a formal case', () => {
    const items = parseMinutes(seed('002').text, { fileName: '002.txt' }).items;
    const parts = items.map((i) => formalPartsOf(i.text));
    expect(parts.map((p) => p?.decidingBody)).toEqual([
      'Rådet for Almene Boligforhold',
      'Byrådet 2018-2021',
      'Byrådet 2018-2021',
      'Rådet for Almene Boligforhold',
    ]);
    expect(parts.map((p) => p?.caseNumber)).toEqual([null, '20/25312', '21/4954', null]);
    expect(parts.map((p) => p?.absent)).toEqual([['Lisbeth Læssøe'], ['Lisbeth Læssøe'], ['Lisbeth Læssøe'], ['Lisbeth Læssøe']]);
    expect(Object.keys(parts[2]!.sections)).toEqual([
      'indledning',
      'retsgrundlag',
      'relation',
      'sagsfremstilling',
      'oekonomi',
      'kommunikation',
      'indstilling',
    ]);
    expect(parts[2]!.notes).toMatch(/^Beslutninger Økonomiudvalget 2018-2021 den 15-03-2021/);
  });
});

describe('formal parts the item form could not hold', () => {
  // The limits the meetings import passes (ITEM_LIMITS of the item form).
  const limits = { caseNumber: 50, decidingBody: 200, absent: 1000, section: 20_000 };
  it('leave the text as minutes', () => {
    expect(formalPartsOf(`Sagen afgøres i: ${'Byrådet '.repeat(40)}\n\nIndledning\n\nTekst.`, limits)).toBeNull();
    expect(
      formalPartsOf(`Sagen afgøres i: Byrådet\n\nFraværende: ${Array.from({ length: 200 }, (_, i) => `Navn ${i}`).join(', ')}`, limits),
    ).toBeNull();
    expect(formalPartsOf(`Sagen afgøres i: Byrådet\n\nIndledning\n\n${'Lang tekst. '.repeat(2000)}`, limits)).toBeNull();
    expect(formalPartsOf('Sagen afgøres i: Byrådet\n\nIndledning\n\nKort tekst.', limits)).not.toBeNull();
  });
});
