import { describe, expect, it } from 'vitest';
import { isName, parseEntries, parseHeading, type Heading } from './participants.ts';

const none: Heading = { side: null, absent: false, role: null, rest: '' };

describe('participant headings', () => {
  it.each([
    ['Repræsentanter fra boligselskabet:', 'organisation', false],
    ['Repræsentanter for kommunen:', 'municipality', false],
    ['Deltagere fra kommunen', 'municipality', false],
    ['Fra boligorganisationen:', 'organisation', false],
    ['Kommunen:', 'municipality', false],
    ['Boligselskabet:', 'organisation', false],
    ['Fra Lejerbo:', 'organisation', false],
    ['Næstved Kommune:', 'municipality', false],
    ['Til stede:', null, false],
    ['Deltagere', null, false],
    ['Afbud:', null, true],
    ['Fraværende:', null, true],
  ])('%s', (text, side, absent) => {
    expect(parseHeading(text)).toMatchObject({ side, absent });
  });

  it('reads entries on the heading line', () => {
    expect(parseHeading('Mødedeltagere Palle Wørmann, Kristina Kongsted')).toMatchObject({
      side: null,
      rest: 'Palle Wørmann, Kristina Kongsted',
    });
    expect(parseHeading('Afbud: Jens Hansen')).toMatchObject({ absent: true, rest: 'Jens Hansen' });
  });

  it.each([
    'Sagen afgøres i:',
    'Fra 2022: Partnerskabet vil omfatte den Boligsociale Bestyrelse.',
    'Agerhønevej: Tilsynet bemærker et overskud',
    'Udbygning af samarbejdet om ældreboliger',
    'Eventuelt',
  ])('%s is no heading', (text) => {
    expect(parseHeading(text)).toBeNull();
  });
});

describe('participant entries', () => {
  it('reads "Name, title[, employer]"', () => {
    expect(parseEntries('Lena Andersen, formand', { ...none, side: 'organisation' })).toEqual([
      { name: 'Lena Andersen', title: 'formand', side: 'organisation', absent: false, employers: [] },
    ]);
    expect(parseEntries('Christian Fries, forretningsfører, Boligkontoret Danmark', none)).toMatchObject([
      { name: 'Christian Fries', title: 'forretningsfører', side: 'organisation', employers: ['Boligkontoret Danmark'] },
    ]);
    expect(parseEntries('Tina Lyhne, Borger- og Socialchef', none)).toMatchObject([{ name: 'Tina Lyhne', title: 'Borger- og Socialchef' }]);
    expect(parseEntries('Monica Nordahl, chefkonsulent, Byrådssekretariatet, jura', none)).toMatchObject([
      { name: 'Monica Nordahl', title: 'chefkonsulent, Byrådssekretariatet, jura' },
    ]);
    expect(parseEntries('Jens Hansen, Næstved Kommune', none)).toMatchObject([{ name: 'Jens Hansen', title: null, side: 'municipality' }]);
  });

  it('reads parentheses, dashes and titles first', () => {
    expect(parseEntries('Jens Hansen (direktør, KAB)', none)).toMatchObject([
      { name: 'Jens Hansen', title: 'direktør', side: 'organisation' },
    ]);
    expect(parseEntries('Mette Olsen – centerchef', none)).toMatchObject([{ name: 'Mette Olsen', title: 'centerchef' }]);
    expect(parseEntries('Borgmester Benedikte Kiær', none)).toMatchObject([{ name: 'Benedikte Kiær', title: 'borgmester' }]);
    expect(parseEntries('Ole Sørensen (afbud)', none)).toMatchObject([{ name: 'Ole Sørensen', absent: true }]);
  });

  it('reads lists of names', () => {
    const entries = parseEntries('Palle Wørmann, Kristina Kongsted, Lisbeth Læssøe (Fravær), Mette Lene Jensen og Anje Holmstad', none)!;
    expect(entries.map((e) => [e.name, e.absent])).toEqual([
      ['Palle Wørmann', false],
      ['Kristina Kongsted', false],
      ['Lisbeth Læssøe', true],
      ['Mette Lene Jensen', false],
      ['Anje Holmstad', false],
    ]);
    expect(parseEntries('Jens Hansen, direktør; Mette Olsen, formand', none)!.map((e) => e.title)).toEqual(['direktør', 'formand']);
  });

  it('refuses sentences and headings', () => {
    for (const text of [
      'Kommunen orienterede om, at man i et samarbejde har undersøgt',
      'Tina Lyhne orienterede om de nye muligheder',
      'Udbygning af samarbejdet om ældreboliger',
      'Eventuelt',
      'Hillerød Kommune',
    ]) {
      expect(parseEntries(text, none), text).toBeNull();
    }
  });

  it('knows names', () => {
    expect(isName('Stine Bøgebjerg Hansen')).toBe(true);
    expect(isName('Per Korup-Lauridsen')).toBe(true);
    expect(isName('Jette')).toBe(false);
    expect(isName('Jette', true)).toBe(true);
    expect(isName('Næstformand Økonomiudvalget')).toBe(false);
    expect(isName('Boligkontoret Danmark')).toBe(false);
    expect(isName('Lejerbo Køge')).toBe(false);
  });

  it('reads titles after dashes in a comma list, the organisation with a place as the employer', () => {
    expect(parseEntries('Jytte Mortensen – formand, Lejerbo Køge', none)?.map((e) => [e.name, e.title, e.side])).toEqual([
      ['Jytte Mortensen', 'formand', 'organisation'],
    ]);
    expect(parseEntries('Helle Nørgaard – chefkonsulent, Peter Lund – teamleder', none)?.map((e) => [e.name, e.title])).toEqual([
      ['Helle Nørgaard', 'chefkonsulent'],
      ['Peter Lund', 'teamleder'],
    ]);
  });

  it('keeps an abbreviation in parentheses as the employer, not the title', () => {
    expect(parseEntries('Lise Kold (SAB)', none)?.map((e) => [e.name, e.title, e.employers])).toEqual([['Lise Kold', null, ['SAB']]]);
  });
});
