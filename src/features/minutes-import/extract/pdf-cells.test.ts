/**
 * PDF tables whose cells wrap (Word/LibreOffice header tables and action tables, the participant
 * columns of our own export): drawn cell by cell, read cell by cell.
 */
import { describe, expect, it } from 'vitest';
import { pdfOf } from '../../../../test/documents.ts';
import { extractMinutesText } from './extract.ts';
import { parseMinutes } from '../parse.ts';

type Cell = { x: number; lines: string[] };

/** Rows of cells, each cell's lines drawn before the next cell, as word processors do. */
function tablePdf(before: string[], rows: Cell[][], after: string[]): Promise<Buffer> {
  return pdfOf({ size: 'A4', margin: 40 }, (doc) => {
    doc.font('Helvetica').fontSize(11);
    let y = 70;
    for (const line of before) {
      doc.text(line, 60, y, { lineBreak: false });
      y += 14;
    }
    for (const row of rows) {
      for (const cell of row) cell.lines.forEach((line, i) => doc.text(line, cell.x, y + i * 14, { lineBreak: false }));
      y += 14 * Math.max(...row.map((c) => c.lines.length)) + 4;
    }
    for (const line of after) {
      doc.text(line, 60, y, { lineBreak: false });
      y += 14;
    }
  });
}

async function textOf(pdf: Buffer): Promise<string> {
  const extracted = await extractMinutesText(new Uint8Array(pdf), 'referat.pdf');
  if (!extracted.ok) throw new Error(extracted.message);
  return extracted.text;
}

describe('PDF tables with wrapped cells', () => {
  it('reads a header table whose label and value both wrap', async () => {
    const pdf = await tablePdf(
      ['Referat af styringsdialogmøde med KAB', 'Dato: 13. oktober 2022'],
      [
        [
          { x: 60, lines: ['Deltagere fra Aarhus Kom-', 'mune:'] },
          { x: 260, lines: ['Helle Brandt (boligkonsu-', 'lent), Jonas Krog (teamleder)'] },
        ],
      ],
      ['', '1. Velkomst', 'Jonas Krog bød velkommen til mødet.', '2. Eventuelt', 'Intet.'],
    );
    const m = parseMinutes(await textOf(pdf));
    expect(m.participants).toEqual([
      { name: 'Helle Brandt', title: 'boligkonsulent', side: 'municipality' },
      { name: 'Jonas Krog', title: 'teamleder', side: 'municipality' },
    ]);
  });

  it('reads a header table whose value wraps beside a label of one line', async () => {
    const pdf = await tablePdf(
      ['Referat fra styringsdialogmøde med AAB Horsens'],
      [
        [
          { x: 60, lines: ['Mødedato:'] },
          { x: 200, lines: ['Onsdag den 3. november', '2021'] },
        ],
        [
          { x: 60, lines: ['Sted:'] },
          { x: 200, lines: ['Rådhustorvet 4, mødelokale 1'] },
        ],
      ],
      ['', '1. Velkomst', 'Karsten Dahl bød velkommen.', '2. Eventuelt', 'Intet.'],
    );
    const m = parseMinutes(await textOf(pdf));
    expect([m.date, m.place, m.items.length]).toEqual(['2021-11-03', 'Rådhustorvet 4, mødelokale 1', 2]);
  });

  it('reads an action table whose first column wraps', async () => {
    const pdf = await tablePdf(
      ['Referat', 'Dato: 12. oktober 2022', '', '1. Opfølgning'],
      [
        [
          { x: 70, lines: ['Hvad'] },
          { x: 250, lines: ['Hvem'] },
          { x: 380, lines: ['Hvornår'] },
        ],
        [
          { x: 70, lines: ['Udbud af renhol-', 'delse'] },
          { x: 250, lines: ['Lejerbo'] },
          { x: 380, lines: ['1. april 2023'] },
        ],
      ],
      ['', '2. Eventuelt', 'Intet.'],
    );
    const m = parseMinutes(await textOf(pdf));
    expect(m.items[0].actions).toEqual([{ text: 'Udbud af renholdelse', responsible: 'Lejerbo', due: '2023-04-01' }]);
  });

  it('reads participants in columns, one column per side', async () => {
    const pdf = await tablePdf(
      ['Referat – Styringsdialogmøde 2021', 'Dato: 2. marts 2022', '', 'Deltagere'],
      [
        [
          { x: 60, lines: ['Næstved Kommune', 'Jette Hansen,', 'integrationskonsulent'] },
          { x: 230, lines: ['Lejerbo Næstved', 'Åse Lærkegård, formand for', 'organisationsbestyrelsen', 'Morten Bæk, regionsdirektør'] },
          { x: 400, lines: ['Øvrige', 'Henrik Dahl, konsulent'] },
        ],
      ],
      ['', '1. Velkomst', 'Jette Hansen bød velkommen til mødet.', '2. Eventuelt', 'Intet.'],
    );
    const m = parseMinutes(await textOf(pdf));
    expect(m.participants).toEqual([
      { name: 'Jette Hansen', title: 'integrationskonsulent', side: 'municipality' },
      { name: 'Åse Lærkegård', title: 'formand for organisationsbestyrelsen', side: 'organisation' },
      { name: 'Morten Bæk', title: 'regionsdirektør', side: 'organisation' },
      { name: 'Henrik Dahl', title: 'konsulent', side: 'other' },
    ]);
  });

  it('reads a table of contents with its page numbers drawn as a column line by line', async () => {
    const pdf = await tablePdf(
      ['Referat', 'Dato: 2. marts 2022', '', 'Indhold'],
      [
        [
          { x: 60, lines: ['1. Opfølgning på aftaledokument', '2. Dokumentationspakken', '3. Eventuelt'] },
          { x: 480, lines: ['2', '2', '3'] },
        ],
      ],
      ['', '1. Opfølgning på aftaledokument', 'Status på aftalerne.', '2. Dokumentationspakken', 'Fine tal.', '3. Eventuelt', 'Intet.'],
    );
    const m = parseMinutes(await textOf(pdf));
    expect(m.items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['1', 'Opfølgning på aftaledokument', 'Status på aftalerne.'],
      ['2', 'Dokumentationspakken', 'Fine tal.'],
      ['3', 'Eventuelt', 'Intet.'],
    ]);
  });
});
