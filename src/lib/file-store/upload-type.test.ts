/** What the file store accepts: the type from the content, and a PDF, DOCX or XLSX only when it opens and stays small unpacked. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { docxWith, pdfWith, zipBomb } from '../../../test/documents.ts';
import { sniffType } from './index.ts';

const MAX_MB = 50;

async function xlsxWith(text: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ark1').addRow([text]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await sniffType(bytes, name, MAX_MB);
  } catch (error) {
    return (error as { userMessage: string }).userMessage;
  }
  throw new Error(`${name} was accepted`);
}

describe('sniffType', () => {
  it('accepts a whole PDF, DOCX and XLSX', async () => {
    expect(await sniffType(await pdfWith('Styringsrapport'), 'rapport.pdf', MAX_MB)).toBe('application/pdf');
    expect(await sniffType(await docxWith('Regnskab'), 'regnskab.docx', MAX_MB)).toMatch(/wordprocessingml/);
    expect(await sniffType(await xlsxWith('Budget'), 'budget.xlsx', MAX_MB)).toMatch(/spreadsheetml/);
  });

  it('refuses a DOCX that unpacks to more than 200 MB, saying the limit, before unpacking it', async () => {
    const bomb = await zipBomb(await docxWith('Årsberetning'), 210);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const started = Date.now();
    expect(await refusal(bomb, 'beretning.docx')).toBe(
      'Filen „beretning.docx“ pakker ud til mere end 200 MB (210 MB). Den største tilladte udpakkede størrelse er 200 MB; gem dokumentet igen uden store indlejrede filer.',
    );
    expect(Date.now() - started).toBeLessThan(2000);
  }, 30_000);

  it('refuses a truncated PDF, half a PDF, and half an XLSX as damaged', async () => {
    const pdf = await pdfWith('Styringsrapport');
    const xlsx = await xlsxWith('Budget');
    expect(await refusal(new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Ca'), 'kort.pdf')).toBe(
      'Filen „kort.pdf“ er beskadiget eller ufuldstændig og kan ikke åbnes som PDF. Gem den igen fra det program, den er lavet i, og prøv igen.',
    );
    expect(await refusal(pdf.subarray(0, pdf.byteLength / 2), 'halv.pdf')).toMatch(/^Filen „halv.pdf“ er beskadiget .* som PDF\./);
    expect(await refusal(xlsx.subarray(0, xlsx.byteLength / 2), 'halv.xlsx')).toMatch(
      /^Filen „halv.xlsx“ er beskadiget .* som Excel \(XLSX\)\./,
    );
  });

  it('accepts a UTF-16 CSV (Excel\'s "Unicode-tekst") as a CSV, not as audio', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('Afdeling;Navn\r\n1;Kærbo\r\n', 'utf16le')]);
    expect(await sniffType(bytes, 'afdelinger.csv', MAX_MB)).toBe('text/csv');
  });
});
