import { describe, expect, it } from 'vitest';
import { COLUMNS, foldHeader, matchHeader, templateCsv } from './columns.ts';

describe('matchHeader', () => {
  it('recognises headers whatever their case, spacing and way of writing æøå', () => {
    const r = matchHeader([
      'Nr.',
      ' NAVN ',
      'adresse',
      'Post nr.',
      'By',
      'Kommune kode',
      'Antal familieboliger',
      'AELDREBOLIGER',
      'Ungdomsboliger',
      'plejeboliger',
      'm2',
      'Opforelsesar',
      'Bemærkning',
      '',
    ]);
    expect(r).toEqual({
      ok: true,
      map: {
        number: 0,
        name: 1,
        address: 2,
        postalCode: 3,
        city: 4,
        municipalityCode: 5,
        homesFamily: 6,
        homesElderly: 7,
        homesYouth: 8,
        homesCare: 9,
        areaM2: 10,
        yearBuilt: 11,
      },
      ignored: ['Bemærkning'],
    });
  });

  it('accepts the template headers and the common alternatives', () => {
    for (const c of COLUMNS) {
      for (const h of [c.header, ...c.aliases]) {
        const header = c.key === 'number' ? [h, 'Navn'] : c.key === 'name' ? ['Nr', h] : ['Nr', 'Navn', h];
        expect(matchHeader(header), h).toMatchObject({ ok: true, ignored: [] });
      }
    }
    expect(foldHeader('Areal (m²)')).toBe(foldHeader('areal m2'));
    expect(foldHeader('Opførelsesår')).toBe(foldHeader('OPFOERELSESAAR'));
    expect(foldHeader('Ældreboliger')).toBe(foldHeader('Aeldreboliger'));
  });

  it('names the missing required columns and the columns it found', () => {
    expect(matchHeader(['Navn', 'Adresse', 'By'])).toEqual({
      ok: false,
      message:
        'Filen mangler kolonnen Afdelingsnummer. Filens første linje har kolonnerne: Navn, Adresse, By. Første linje skal være kolonneoverskrifter som i skabelonen.',
    });
    const both = matchHeader(['Hillerød', '12']);
    expect(!both.ok && both.message).toMatch(
      /^Filen mangler kolonnerne Afdelingsnummer og Navn\. Filens første linje har kolonnerne: Hillerød, 12\./,
    );
  });

  it('refuses a column given twice', () => {
    const r = matchHeader(['Nr', 'Navn', 'Afdelingsnavn']);
    expect(!r.ok && r.message).toBe('Kolonnen Navn står to gange i filen (kolonne 2 og 3). Slet den ene, og prøv igen.');
  });
});

describe('templateCsv', () => {
  it('has a BOM, semicolons and every Danish header, and its own header matches', () => {
    const csv = templateCsv();
    expect(csv.startsWith('\uFEFFAfdelingsnummer;Navn;Adresse;Postnummer;By;Kommunekode;Familieboliger;Ældreboliger;')).toBe(true);
    expect(matchHeader(csv.slice(1).trim().split(';'))).toMatchObject({ ok: true, ignored: [] });
  });
});
