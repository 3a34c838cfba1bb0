import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parseDanishNumber } from './cells.ts';
import { parseTableFile, type TableFileOptions } from './parse.ts';

/* The shared reader's own rules: the caller's row limit and words, the column limit, progress. (The estate import's tests cover the formats.) */

const options: TableFileOptions = { maxRows: 3, notATable: 'Ikke en tabel.', tooManyRows: 'For mange linjer.' };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseTableFile', () => {
  it('takes the row limit and the messages from the caller', async () => {
    expect(await parseTableFile(utf8('a;b\n1;2\n3;4\n5;6\n'), options)).toMatchObject({ ok: true });
    expect(await parseTableFile(utf8('a;b\n1;2\n3;4\n5;6\n7;8\n'), options)).toEqual({ ok: false, message: 'For mange linjer.' });
    expect(await parseTableFile(new Uint8Array(), options)).toEqual({ ok: false, message: 'Filen er tom. Ikke en tabel.' });
  });

  it('stops at the row limit in an XLSX too', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark');
    for (let i = 0; i < 6; i++) ws.addRow([i, 'x']);
    const r = await parseTableFile(new Uint8Array(await wb.xlsx.writeBuffer()), options);
    expect(r).toEqual({ ok: false, message: 'For mange linjer.' });
  });

  it('refuses a line with more columns than allowed, not counting empty cells at its end', async () => {
    const wide = Array.from({ length: 1000 }, (_, i) => `k${i}`).join(';');
    expect(await parseTableFile(utf8(`${wide}\n1;2\n`), options)).toEqual({
      ok: false,
      message: 'Linje 1 har 1.000 kolonner; en fil må højst have 200. Slet de kolonner, der ikke hører til, og prøv igen.',
    });
    expect(await parseTableFile(utf8(`a;b\n1;2;3\n`), { ...options, maxColumns: 2 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Linje 2 har 3 kolonner; en fil må højst have 2\./),
    });
    expect(await parseTableFile(utf8(`a;b${';'.repeat(500)}\n1;2\n`), options)).toMatchObject({ ok: true, header: expect.any(Array) });
  });

  it('tells a progress bar how far it has read', async () => {
    const shares: number[] = [];
    const lines = ['a;b', ...Array.from({ length: 12_000 }, (_, i) => `${i};x`)].join('\n');
    await parseTableFile(utf8(lines), { ...options, maxRows: 20_000, onProgress: (s) => shares.push(s) });
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.at(-1)).toBe(1);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });
});

describe('parseDanishNumber', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['-1.234', -1234],
    ['−12', -12],
    ['1234.5', 1234.5],
    ['1 234', 1234],
    ['12,5', 12.5],
    ['1.500', 1500],
    ['12.5', 12.5],
    ['', null],
    ['1,234.5', 'invalid'],
    ['12 kr.', 'invalid'],
  ])('%s → %s', (input, expected) => expect(parseDanishNumber(input)).toBe(expected));
});
