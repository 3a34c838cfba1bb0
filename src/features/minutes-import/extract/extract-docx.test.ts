/** DOCX text: Word's own numbering and bullets, headings, bold headings and tables come through. */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importMinutesFile } from '../import-file.ts';
import { extractMinutesText } from './extract.ts';

const row = (...cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
const numbered = (text: string, level = 0) =>
  new Paragraph({ text, heading: level ? undefined : HeadingLevel.HEADING_1, numbering: { reference: 'n', level } });

async function document(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'n',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Referat af styringsdialogmøde 2023', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [new TextRun({ text: 'Dato: ', bold: true }), new TextRun('Torsdag den 9. februar 2023, kl. 10.00-12.00')],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Sted: ', bold: true }), new TextRun('Frederiksberg Rådhus')] }),
          new Paragraph({ children: [new TextRun({ text: 'Deltagere', bold: true })] }),
          new Table({
            rows: [
              row('Navn', 'Titel', 'Organisation'),
              row('Jens Hansen', 'Formand', 'Frederiksberg Forenede Boligselskaber'),
              row('Mette Olsen', 'Kontorchef', 'Frederiksberg Kommune'),
            ],
          }),
          numbered('Godkendelse af dagsorden'),
          new Paragraph('Dagsordenen blev godkendt.'),
          numbered('Status for afdelingerne'),
          numbered('Afdeling Lindevang', 1),
          new Paragraph('Afdelingen har haft underskud i 2022, og der arbejdes på en handleplan for driften.'),
          numbered('Afdeling Solbjerg', 1),
          new Paragraph('Ingen særlige bemærkninger til afdelingen i år.'),
          new Paragraph({ children: [new TextRun({ text: 'Beslutning:', bold: true })] }),
          new Paragraph({ text: 'Handleplanen for Lindevang sendes til kommunen senest 1. maj 2023.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Solbjerg følges op næste år.', bullet: { level: 1 } }),
          numbered('Eventuelt'),
          new Paragraph('Intet.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('DOCX text', () => {
  it('writes Word numbering, bullets, headings and table rows as text', async () => {
    const result = await extractMinutesText(await document(), 'referat.docx');
    expect(result).toMatchObject({ ok: true, kind: 'docx', pages: null });
    if (!result.ok) return;
    expect(result.text).toContain('Jens Hansen | Formand | Frederiksberg Forenede Boligselskaber');
    expect(result.text).toContain('# 1. Godkendelse af dagsorden');
    expect(result.text).toContain('# 2. Status for afdelingerne\n\na) Afdeling Lindevang');
    expect(result.text).toContain('• Handleplanen for Lindevang sendes til kommunen senest 1. maj 2023.\n◦ Solbjerg følges op næste år.');
    expect(result.text).toContain('# 3. Eventuelt');
  });

  it('imports the minutes', async () => {
    const result = await importMinutesFile(await document(), 'referat.docx');
    if (!result.ok) throw new Error(result.message);
    const m = result.minutes;
    expect(m).toMatchObject({
      title: 'Referat af styringsdialogmøde 2023',
      date: '2023-02-09',
      place: 'Frederiksberg Rådhus',
      municipality: 'Frederiksberg Kommune',
      organisations: ['Frederiksberg Forenede Boligselskaber'],
    });
    expect(m.participants).toEqual([
      { name: 'Jens Hansen', title: 'Formand', side: 'organisation' },
      { name: 'Mette Olsen', title: 'Kontorchef', side: 'municipality' },
    ]);
    expect(m.items.map((i) => [i.number, i.title, i.items.map((s) => `${s.number} ${s.title}`)])).toEqual([
      ['1', 'Godkendelse af dagsorden', []],
      ['2', 'Status for afdelingerne', ['a Afdeling Lindevang', 'b Afdeling Solbjerg']],
      ['3', 'Eventuelt', []],
    ]);
    const solbjerg = m.items[1].items[1];
    expect(solbjerg.text).toBe(
      'Ingen særlige bemærkninger til afdelingen i år.\n\nBeslutning:\n- Handleplanen for Lindevang sendes til kommunen senest 1. maj 2023.\n  - Solbjerg følges op næste år.',
    );
    // "… følges op næste år": a task written in the passive (issue 15), with nobody named.
    expect(solbjerg.actions).toEqual([
      { text: 'Handleplanen for Lindevang sendes til kommunen senest 1. maj 2023.', responsible: null, due: '2023-05-01' },
      { text: 'Solbjerg følges op næste år.', responsible: null, due: null },
    ]);
  });
});
