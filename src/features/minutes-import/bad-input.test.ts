/*
 * Bad input from issue 15: a 2,000-page PDF, 5,000 numbered lines, a DOCX with 300 tables and
 * minutes in English — each read within the worker's time limit or stopped with a Danish
 * message, while the main thread (the web server's) keeps running.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { pdfOf } from '../../../test/documents.ts';
import { importMinutesInWorker } from './import-in-worker.ts';
import type { ImportResult } from './types.ts';

const LIMITS = { maxBytes: 25 * 1024 * 1024 };

/** The import in its worker, and how often a timer on this thread ran meanwhile. */
async function withTicks(run: () => Promise<ImportResult>): Promise<{ result: ImportResult; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  try {
    const result = await run();
    return { result, ticks };
  } finally {
    clearInterval(timer);
  }
}

const danish = /[æøå]|Filen|Referatet|PDF-filen/;

describe('bad input', () => {
  it('stops a 2,000-page PDF with a Danish message, the main thread running meanwhile', async () => {
    const bytes = new Uint8Array(
      await pdfOf({ size: 'A4', margin: 40, autoFirstPage: false }, (doc) => {
        for (let p = 1; p <= 2000; p++) doc.addPage().fontSize(10).text(`${p}. Sag om budget og drift`, 60, 70);
      }),
    );
    const { result, ticks } = await withTicks(() => importMinutesInWorker(bytes, 'byraad-2024.pdf', LIMITS));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('2.000 sider') });
    expect(ticks).toBeGreaterThan(0);
  }, 120_000);

  it('reads a file of 5,000 numbered lines, or stops it with a Danish message', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `${i + 1}. Punkt ${i + 1} om vedligehold af afdeling ${i % 40}`);
    const text = `Referat\nDato: 3. marts 2022\n\n${lines.join('\n')}\n`;
    const { result, ticks } = await withTicks(() => importMinutesInWorker(new TextEncoder().encode(text), 'lang.txt', LIMITS));
    if (result.ok) {
      expect(result.minutes.date).toBe('2022-03-03');
      expect(result.minutes.coverage.placed).toBe(result.minutes.coverage.read);
    } else expect(result.message).toMatch(danish);
    expect(ticks).toBeGreaterThan(0);
  }, 120_000);

  it('reads a DOCX with 300 tables, or stops it with a Danish message', async () => {
    const cell = (text: string) => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [new Paragraph(text)] });
    const children: (Paragraph | Table)[] = [new Paragraph('Referat af bestyrelsesmøde'), new Paragraph('Dato: 14. marts 2023')];
    for (let t = 1; t <= 300; t++) {
      children.push(new Paragraph({ text: `${t}. Afdeling ${t}`, alignment: AlignmentType.LEFT }));
      children.push(
        new Table({
          rows: [
            new TableRow({ children: [cell('Hvad'), cell('Hvem'), cell('Hvornår')] }),
            new TableRow({ children: [cell(`Tjek af tag i afdeling ${t}`), cell('Administrationen'), cell('1. maj 2023')] }),
          ],
        }),
      );
    }
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const { result, ticks } = await withTicks(() => importMinutesInWorker(bytes, 'tabeller.docx', LIMITS));
    if (result.ok) {
      expect(result.minutes.date).toBe('2023-03-14');
      expect(result.minutes.items.length).toBeGreaterThan(1);
    } else expect(result.message).toMatch(danish);
    expect(ticks).toBeGreaterThan(0);
  }, 120_000);

  it('reads minutes in English as far as it can, keeping all of the text', async () => {
    const text = [
      'Minutes of the board meeting',
      'Date: 12 March 2023',
      'Present: John Smith (chair), Mary Jones, Peter Brown',
      '',
      '1. Approval of the agenda',
      'The agenda was approved.',
      '',
      '2. Budget 2024',
      'The board discussed the budget. The administration will send a revised budget by 1 April.',
      '',
      '3. Any other business',
      'None.',
    ].join('\n');
    const result = await importMinutesInWorker(new TextEncoder().encode(text), 'minutes.txt', LIMITS);
    // Not refused: it has numbered items. Whatever the reader understands, nothing is dropped.
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.minutes.items.map((i) => i.title)).toEqual(['Approval of the agenda', 'Budget 2024', 'Any other business']);
    expect(result.minutes.coverage.placed).toBe(result.minutes.coverage.read);
  });
});
