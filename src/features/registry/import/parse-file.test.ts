import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { MAX_ROWS } from './columns.ts';
import { cellValue, detectDelimiter, NOT_A_TABLE, parseFile } from './parse-file.ts';
import { decodeText } from '../../../lib/text-decoding.ts';
import { docxWith, zipBomb } from '../../../../test/documents.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function xlsx(rows: unknown[][], sheetName = 'Afdelinger'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('parseFile: CSV', () => {
  it('reads semicolon CSV in Windows-1252 with æøå', async () => {
    const bytes = iconv.encode('Afdelingsnummer;Navn;By;Ældreboliger\r\n1;Kærsangervej;Hillerød;12\r\n2;Åbakken;Næstved;0\r\n', 'win1252');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = await parseFile(bytes);
    expect(r).toEqual({
      ok: true,
      format: 'CSV, Windows-1252, semikolon',
      header: ['Afdelingsnummer', 'Navn', 'By', 'Ældreboliger'],
      rows: [
        { line: 2, cells: ['1', 'Kærsangervej', 'Hillerød', '12'] },
        { line: 3, cells: ['2', 'Åbakken', 'Næstved', '0'] },
      ],
    });
  });

  it('reads comma CSV with a UTF-8 BOM and quoted fields, skipping empty lines', async () => {
    const r = await parseFile(utf8('\uFEFFNr.,Navn,Areal (m²)\n\n7,"Agerhønevej, Hillerød","1.234,5"\n,,\n8,Søvej,900\n'));
    expect(r.ok && r.format).toBe('CSV, UTF-8, komma');
    expect(r.ok && r.header).toEqual(['Nr.', 'Navn', 'Areal (m²)']);
    expect(r.ok && r.rows).toEqual([
      { line: 3, cells: ['7', 'Agerhønevej, Hillerød', '1.234,5'] },
      { line: 5, cells: ['8', 'Søvej', '900'] },
    ]);
  });

  it('reads tab-separated UTF-16 (Excel "Unicode-tekst")', async () => {
    const text = 'Nummer\tNavn\r\n3\tØstervang\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const r = await parseFile(bytes);
    expect(r.ok && r.format).toBe('CSV, UTF-16, tabulator');
    expect(r.ok && r.rows[0].cells).toEqual(['3', 'Østervang']);
  });

  it('explains an unclosed quote with its line', async () => {
    const r = await parseFile(utf8('Nr;Navn\n1;"Åben\n'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^CSV-filen kunne ikke læses/);
  });

  it('refuses more than the maximum number of lines', async () => {
    const lines = ['Nr;Navn', ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `${i + 1};A${i}`)];
    const r = await parseFile(utf8(lines.join('\n')));
    expect(!r.ok && r.message).toBe('Filen har mere end 5.000 linjer med afdelinger. Del den op i flere filer.');
    const ok = await parseFile(utf8(lines.slice(0, -1).join('\n')));
    expect(ok.ok && ok.rows.length).toBe(MAX_ROWS);
  });
});

describe('parseFile: XLSX', () => {
  it('reads the first worksheet, keeping numbers as numbers and reducing formulas and rich text', async () => {
    const bytes = await xlsx([
      ['Afdelingsnummer', 'Navn', 'Kommunekode', 'Areal (m²)'],
      [],
      [12, { richText: [{ text: 'Kær' }, { text: 'bo' }] }, 219, { formula: '1000*2', result: 2000 }],
    ]);
    const r = await parseFile(bytes);
    expect(r).toEqual({
      ok: true,
      format: 'XLSX, arket „Afdelinger“',
      header: ['Afdelingsnummer', 'Navn', 'Kommunekode', 'Areal (m²)'],
      rows: [{ line: 3, cells: [12, 'Kærbo', 219, 2000] }],
    });
  });

  it('refuses a ZIP file that is not a workbook', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('not really a zip file at all')]);
    const r = await parseFile(bytes);
    expect(!r.ok && r.message).toMatch(new RegExp(`^${NOT_A_TABLE.replace(/[()]/g, '\\$&')} Den valgte fil er en ZIP-fil`));
  });
});

describe('parseFile: ZIP files that are not a workbook to read', () => {
  it('refuses an XLSX that unpacks to more than 200 MB, saying the limit, before exceljs reads it', async () => {
    const bomb = await zipBomb(await xlsx([['Afdelingsnummer', 'Navn']]), 210);
    const r = await parseFile(bomb);
    expect(!r.ok && r.message).toBe(
      'Filen pakker ud til mere end 200 MB (210 MB). Den største tilladte udpakkede størrelse er 200 MB; gem dokumentet igen uden store indlejrede filer.',
    );
  }, 30_000);

  it('calls a Word document a Word document, not a workbook without sheets', async () => {
    const r = await parseFile(new Uint8Array(await docxWith('Afdelingsnummer;Navn')));
    expect(!r.ok && r.message).toBe(`${NOT_A_TABLE} Den valgte fil er et Word-dokument (DOCX), ikke et Excel-regneark.`);
  });
});

describe('parseFile: not a table', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'Filen er tom.'],
    ['a PDF', utf8('%PDF-1.7\n1 0 obj\n'), 'Den valgte fil er en PDF-fil.'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'Den valgte fil er et billede.'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'gamle Excel'],
    ['binary with NUL bytes', new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8]), NOT_A_TABLE],
    ['binary without NUL bytes', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 7) % 32 || 1)), NOT_A_TABLE],
    ['only blank lines', utf8('\n\n  \n'), NOT_A_TABLE],
  ])('refuses %s', async (_name, bytes, expected) => {
    const r = await parseFile(bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(expected);
    expect(!r.ok && r.message).toContain('CSV- eller XLSX-fil');
  });
});

describe('helpers', () => {
  it('decodes valid UTF-8 as UTF-8 and anything else as Windows-1252', () => {
    expect(decodeText(utf8('Ærø;Å'))).toEqual({ text: 'Ærø;Å', encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0xc6, 0x72, 0xf8, 0x3b, 0x80]))).toEqual({ text: 'Ærø;€', encoding: 'Windows-1252' });
  });

  it('detects the delimiter from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')[0]).toBe(';');
    expect(detectDelimiter('"a;x",b,c\n')[0]).toBe(',');
    expect(detectDelimiter('a\tb\n')[0]).toBe('\t');
    expect(detectDelimiter('navn\n')[0]).toBe(';');
  });

  it('reduces exceljs cell values to what the cell shows', () => {
    expect(cellValue({ formula: 'A1', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellValue({ text: 'Link', hyperlink: 'http://x' })).toBe('Link');
    expect(cellValue(new Date(Date.UTC(1972, 0, 1)))).toBe('1972-01-01');
    expect(cellValue(undefined)).toBeNull();
  });
});
