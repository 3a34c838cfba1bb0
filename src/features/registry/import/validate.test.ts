import { describe, expect, it } from 'vitest';
import { matchHeader } from './columns.ts';
import type { Cell } from './parse-file.ts';
import {
  type ExistingEstate,
  MAX_ERRORS,
  municipalityLookup,
  parseDanishNumber,
  validateRows,
  type ValidationContext,
} from './validate.ts';

const HEADER = ['Afdelingsnummer', 'Navn', 'Kommunekode', 'Familieboliger', 'Areal (m²)', 'Opførelsesår'];

function context(header = HEADER, existing: ExistingEstate[] = []): ValidationContext {
  const m = matchHeader(header);
  if (!m.ok) throw new Error(m.message);
  return {
    map: m.map,
    existing: new Map(existing.map((e) => [e.values.number, e])),
    municipalities: municipalityLookup([
      { code: '0219', name: 'Hillerød Kommune', shortName: 'Hillerød' },
      { code: '0370', name: 'Næstved Kommune', shortName: 'Næstved' },
    ]),
    defaultMunicipality: '0219',
  };
}
const rows = (...lines: Cell[][]) => lines.map((cells, i) => ({ line: i + 2, cells }));

describe('parseDanishNumber', () => {
  it.each([
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['12,5', 12.5],
    ['-3', -3],
    [' 7 800 ', 7800],
    ['3.200 m²', 3200],
    ['12.5', 12.5],
    ['1.234.567', 1234567],
    ['', null],
    ['abc', 'invalid'],
    ['1,2,3', 'invalid'],
  ] as const)('%s → %s', (input, expected) => {
    expect(parseDanishNumber(input)).toBe(expected);
  });

  it('keeps XLSX numbers', () => {
    expect(parseDanishNumber(1234.5)).toBe(1234.5);
    expect(parseDanishNumber(null)).toBeNull();
  });
});

describe('validateRows', () => {
  it('turns good lines into estates, with Danish numbers, zero-less kommunekoder and names', () => {
    const r = validateRows(
      rows(['7', 'Agerhønevej', '219', '1.096', '7.800,4', '1972'], [8, 'Søvej', 'Næstved', null, null, null], ['9', 'Ny', '', '', '', '']),
      context(),
    );
    expect(r.errors).toEqual([]);
    expect(
      r.rows.map((x) => [
        x.line,
        x.action,
        x.values.number,
        x.values.municipalityCode,
        x.values.homesFamily,
        x.values.areaM2,
        x.values.yearBuilt,
      ]),
    ).toEqual([
      [2, 'create', 7, '0219', 1096, 7800, 1972],
      [3, 'create', 8, '0370', 0, 0, null],
      [4, 'create', 9, '0219', 0, 0, null],
    ]);
  });

  it('reports every problem of every line in Danish, with the value from the file', () => {
    const r = validateRows(
      rows(
        ['1', 'A', '0219', '-3', '100', '1972'],
        ['2', '', '9999', '12,5', '-1', '1066'],
        ['abc', 'C', 'Atlantis', '', 'mange', ''],
        ['1', 'D', '', '', '', ''],
      ),
      context(),
    );
    expect(r.rows).toEqual([]);
    expect(r.errors).toEqual([
      { line: 2, message: 'Antal familieboliger kan ikke være negativt (-3).' },
      { line: 3, message: 'Kommunekoden 9999 er ikke en af de 98 kommuner.' },
      { line: 3, message: 'Antal familieboliger skal være et helt tal (12,5).' },
      { line: 3, message: 'Areal i m² kan ikke være negativt (-1).' },
      { line: 3, message: 'Udfyld navn.' },
      { line: 3, message: 'Opførelsesår skal være mindst 1700 (1066).' },
      { line: 4, message: 'Afdelingsnummer skal være et tal (abc).' },
      { line: 4, message: 'Kommunen „Atlantis“ findes ikke. Skriv kommunekoden med fire cifre, fx 0219.' },
      { line: 4, message: 'Areal i m² skal være et tal (mange).' },
      { line: 5, message: 'Afdelingsnummer 1 står også i linje 2.' },
    ]);
  });

  it('updates an estate the organisation has, keeping values the file leaves out or empty', () => {
    const existing: ExistingEstate = {
      id: 42,
      version: 3,
      values: {
        number: 7,
        name: 'Agerhønevej',
        address: 'Agerhønevej 1',
        postalCode: '3400',
        city: 'Hillerød',
        municipalityCode: '0219',
        homesFamily: 96,
        homesElderly: 4,
        homesYouth: 0,
        homesCare: 0,
        areaM2: 3200,
        yearBuilt: 1972,
      },
    };
    const r = validateRows(rows(['7', 'Agerhønevej', '', '100', '', '']), context(HEADER, [existing]));
    expect(r.rows).toEqual([
      { line: 2, action: 'update', estateId: 42, version: 3, changes: ['homesFamily'], values: { ...existing.values, homesFamily: 100 } },
    ]);
    const same = validateRows(rows(['7', 'Agerhønevej']), context(['Nr', 'Navn'], [existing]));
    expect(same.rows[0]).toMatchObject({ action: 'unchanged', changes: [] });
  });

  it('stops listing after the maximum number of errors but counts the rest', () => {
    const many = Array.from({ length: MAX_ROWS_FOR_TEST }, (_, i) => [String(i + 1), '', '', '', '', ''] as Cell[]);
    const r = validateRows(rows(...many), context());
    expect(r.errors.length).toBe(MAX_ERRORS + 1);
    expect(r.errors.at(-1)).toEqual({ line: null, message: `… og ${MAX_ROWS_FOR_TEST - MAX_ERRORS} fejl mere.` });
  });
});

const MAX_ROWS_FOR_TEST = 600;
