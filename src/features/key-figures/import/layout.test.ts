import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATORS } from '../catalogue/defaults.ts';
import { type CatalogueIndicator, matchHeader } from './layout.ts';

const catalogue: CatalogueIndicator[] = DEFAULT_INDICATORS.map((i) => ({ ...i, active: i.code !== 'lejetab' }));
const ok = (header: string[]) => {
  const r = matchHeader(header, catalogue);
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('matchHeader', () => {
  it('knows the codes, the Danish names with and without unit, in any case, spacing and æøå spelling', () => {
    const r = ok([
      'aar',
      'LBF-nr.',
      'Afd.nr.',
      'henlaeggelser',
      'Henlæggelser pr. m² (kr./m²/år)'.replace('Henlæggelser', 'Husleje'),
      'ANTAL BOLIGER',
      'Aarets Resultat',
      'effektivitets tal',
      'Areal (m²)',
      'Fraflytningsprocent (%)',
    ]);
    expect(r.map.year).toBe(0);
    expect(r.map.lbf).toBe(1);
    expect(r.map.estate).toBe(2);
    expect(r.map.indicators.map((c) => c.indicator.code)).toEqual([
      'henlaeggelser',
      'husleje',
      'boliger',
      'aarets_resultat',
      'effektivitetstal',
      'areal',
      'fraflytning',
    ]);
    expect(r.ignored).toEqual([]);
  });

  it.each([
    [['År', 'Boligorganisation', 'Afdelingsnummer']],
    [['Regnskabsår', 'LBF-nummer', 'Afdeling']],
    [['aar', 'lbf_nr', 'afdeling_nr']],
  ])('finds the key columns by their aliases: %j', (keys) => {
    expect(ok([...keys, 'Henlæggelser pr. m²']).map).toMatchObject({ year: 0, lbf: 1, estate: 2 });
  });

  it('ignores and reports unknown columns and indicators taken out of use', () => {
    const r = ok(['aar', 'lbf_nr', 'afdeling_nr', 'henlaeggelser', 'Bemærkning', 'lejetab', '']);
    expect(r.ignored).toEqual(['Bemærkning', 'lejetab (nøgletallet er ikke i brug)']);
  });

  it('needs no estate column for a file of the organisations’ own figures', () => {
    expect(ok(['aar', 'lbf_nr', 'Dispositionsfond pr. bolig']).map.estate).toBeNull();
    const r = matchHeader(['aar', 'lbf_nr', 'henlaeggelser'], catalogue);
    expect(!r.ok && r.message).toMatch(/^Filen mangler kolonnen afdeling_nr \(Afdelingsnummer\)\./);
  });

  it('names every missing key column and what the first line holds', () => {
    const r = matchHeader(['Tidspunkt', 'Org', 'henlaeggelser'], catalogue);
    expect(!r.ok && r.message).toBe(
      'Filen mangler kolonnerne aar (År), lbf_nr (LBF-nr.) og afdeling_nr (Afdelingsnummer). Filens første linje har kolonnerne: Tidspunkt, Org, henlaeggelser. Første linje skal være kolonneoverskrifter som i skabelonen.',
    );
  });

  it('refuses a column twice, naming both places', () => {
    const r = matchHeader(['aar', 'lbf_nr', 'afdeling_nr', 'boliger', 'Antal boliger'], catalogue);
    expect(!r.ok && r.message).toBe('Kolonnen Antal boliger (boliger) står to gange i filen (kolonne 4 og 5). Slet den ene, og prøv igen.');
  });
});
