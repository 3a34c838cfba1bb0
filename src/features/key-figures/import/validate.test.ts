import { describe, expect, it } from 'vitest';
import type { SheetRow } from '../../../lib/table-file/index.ts';
import { DEFAULT_INDICATORS } from '../catalogue/defaults.ts';
import { type CatalogueIndicator, matchHeader } from './layout.ts';
import { checkValue, targetsOf, validateRows } from './validate.ts';

const catalogue: CatalogueIndicator[] = DEFAULT_INDICATORS.map((i) => ({ ...i, active: true }));
const byCode = (code: string) => catalogue.find((i) => i.code === code)!;
const value = (code: string, cell: string | number) => checkValue(byCode(code), cell);

describe('checkValue', () => {
  it('reads Danish and plain numbers and XLSX number cells', () => {
    expect(value('aarets_resultat', '1.234,5')).toBe(1234.5);
    expect(value('aarets_resultat', '-1.234')).toBe(-1234);
    expect(value('aarets_resultat', '−12')).toBe(-12);
    expect(value('aarets_resultat', '1234.5')).toBe(1234.5);
    expect(value('aarets_resultat', 98.25)).toBe(98.25);
  });

  it('keeps shares between 0 and 100 %, both included', () => {
    expect(value('fraflytning', '0')).toBe(0);
    expect(value('fraflytning', '100')).toBe(100);
    expect(value('fraflytning', '100,1')).toEqual({
      error: 'Fraflytningsprocent er en andel i procent og skal være mellem 0 og 100 (100,1).',
    });
    expect(value('fraflytning', '-0,1')).toEqual({
      error: 'Fraflytningsprocent er en andel i procent og skal være mellem 0 og 100 (-0,1).',
    });
  });

  it('refuses negative homes, m², rent and savings per m², but not a deficit', () => {
    expect(value('boliger', '0')).toBe(0);
    expect(value('boliger', '-1')).toEqual({ error: 'Antal boliger kan ikke være negativ (-1).' });
    expect(value('areal', '-1')).toEqual({ error: 'Areal kan ikke være negativ (-1).' });
    expect(value('henlaeggelser', '-5')).toEqual({ error: 'Henlæggelser pr. m² kan ikke være negativ (-5).' });
    expect(value('opsamlet_resultat', '-2.000.000')).toBe(-2_000_000);
    expect(value('dispositionsfond_bolig', '-300')).toBe(-300);
  });

  it('wants whole homes, people and days', () => {
    expect(value('boliger', '12,5')).toEqual({ error: 'Antal boliger skal være et helt tal (12,5).' });
    expect(value('venteliste', '3.5')).toEqual({ error: 'Personer på ventelisten skal være et helt tal (3.5).' });
    expect(value('husleje', '1.050,5')).toBe(1050.5);
  });

  it('refuses text and absurd sizes', () => {
    expect(value('husleje', 'ca. 900')).toEqual({ error: 'Husleje pr. m² skal være et tal, ikke „ca. 900“.' });
    expect(value('husleje', '#DIV/0!')).toEqual({ error: 'Husleje pr. m² skal være et tal, ikke „#DIV/0!“.' });
    expect(value('aarets_resultat', '1e13')).toEqual({ error: 'Årets resultat skal være et tal, ikke „1e13“.' });
    expect(value('aarets_resultat', 1e13)).toEqual({ error: 'Årets resultat er urimeligt stort (10000000000000).' });
  });
});

describe('validateRows', () => {
  const header = ['aar', 'lbf_nr', 'afdeling_nr', 'henlaeggelser', 'dispositionsfond_bolig'];
  const match = matchHeader(header, catalogue);
  if (!match.ok) throw new Error(match.message);
  const targets = targetsOf(
    {
      organisations: [{ id: 1, lbfNumber: 123, name: 'Boligselskabet Vest' }],
      estates: [
        { id: 11, organisationId: 1, number: 1, name: 'Agerhønevej' },
        { id: 12, organisationId: 1, number: 2, name: 'Manøvej' },
      ],
    },
    false,
  );
  const rows = (...lines: string[][]): SheetRow[] => lines.map((cells, i) => ({ line: i + 2, cells }));
  const run = (lines: string[][], year: number | null = null) =>
    validateRows(rows(...lines), { map: match.map, header, targets, year, currentYear: 2026 });

  it('turns lines into estate and organisation records, an empty cell being no value', () => {
    const r = run([
      ['2025', '123', '1', '150', ''],
      ['2025', '123', '', '', '18.000'],
      ['2024', '123', '2', '', ''],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.years).toEqual([2024, 2025]);
    expect(r.records).toEqual([
      {
        line: 2,
        kind: 'estate',
        targetId: 11,
        year: 2025,
        who: 'Afdeling 1 Agerhønevej, Boligselskabet Vest',
        values: { henlaeggelser: 150 },
      },
      {
        line: 3,
        kind: 'organisation',
        targetId: 1,
        year: 2025,
        who: 'Boligselskabet Vest (LBF-nr. 123)',
        values: { dispositionsfond_bolig: 18000 },
      },
      { line: 4, kind: 'estate', targetId: 12, year: 2024, who: 'Afdeling 2 Manøvej, Boligselskabet Vest', values: {} },
    ]);
  });

  it('takes years from 1990 to this year', () => {
    const r = run([
      ['1989', '123', '1', '1', ''],
      ['1990', '123', '1', '1', ''],
      ['2026', '123', '1', '1', ''],
      ['2027', '123', '1', '1', ''],
      ['tyve', '123', '1', '1', ''],
      ['', '123', '1', '1', ''],
    ]);
    expect(r.records.map((x) => x.year)).toEqual([1990, 2026]);
    expect(r.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'aar', 'Året 1989 er før 1990; nøgletal kan indlæses fra 1990.'],
      [5, 'aar', 'Året 2027 ligger i fremtiden.'],
      [6, 'aar', 'Året skal være et årstal, fx 2025, ikke „tyve“.'],
      [7, 'aar', 'Året mangler.'],
    ]);
  });

  it('skips other years than the one asked for without checking them', () => {
    const r = run(
      [
        ['2024', '999', 'x', 'y', ''],
        ['2025', '123', '1', '150', ''],
      ],
      2025,
    );
    expect(r.errors).toEqual([]);
    expect(r.skipped).toBe(1);
    expect(r.records).toHaveLength(1);
  });

  it('says the same about an organisation outside the scope and one that does not exist', () => {
    const r = run([['2025', '456', '1', '150', '']]);
    expect(r.errors).toEqual([
      { line: 2, column: 'lbf_nr', message: 'Du har ikke adgang til at indlæse tal for boligorganisationen med LBF-nr. 456.' },
    ]);
  });

  it('reports every error of every line, a duplicate with the line it repeats', () => {
    const r = run([
      ['2025', '123', '1', '150', ''],
      ['2025', '123', '1', 'x', '5'],
      ['2025', '123', '7', '1', ''],
      ['2025', 'LBF', '1', '1', ''],
    ]);
    expect(r.records).toHaveLength(1);
    expect(r.errors.map((e) => [e.line, e.column ?? null, e.message])).toEqual([
      [
        3,
        null,
        'Afdeling 1 Agerhønevej, Boligselskabet Vest har også tal for 2025 i linje 2. Hver afdeling og boligorganisation må kun stå én gang pr. år.',
      ],
      [3, 'henlaeggelser', 'Henlæggelser pr. m² skal være et tal, ikke „x“.'],
      [
        3,
        'dispositionsfond_bolig',
        'Dispositionsfond pr. bolig er et tal for hele boligorganisationen og skal stå på boligorganisationens egen linje (med tomt afdelingsnummer).',
      ],
      [4, 'afdeling_nr', 'Boligselskabet Vest (LBF-nr. 123) har ingen afdeling 7.'],
      [5, 'lbf_nr', 'LBF-nummeret skal være et helt tal, ikke „LBF“.'],
    ]);
  });

  it('stops listing after 500 errors and says how many more there are', () => {
    const r = run(Array.from({ length: 700 }, () => ['2025', '123', '9', '1', '']));
    expect(r.errors).toHaveLength(501);
    expect(r.errors.at(-1)).toEqual({ line: null, message: '… og 200 fejl mere.' });
  });
});
