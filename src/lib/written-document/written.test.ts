import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderWrittenDocx } from './docx.ts';
import type { WrittenDocument } from './model.ts';
import { renderWrittenPdf } from './pdf.ts';
import { sampleWritten } from './sample.ts';

async function pdfText(pdf: Buffer) {
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}
const docxText = async (docx: Buffer) => (await mammoth.extractRawText({ buffer: docx })).value.replace(/\s+/g, ' ');

// What both formats must say of the sample aftaledokument: title block, sections, tables, sub-sections, signatures.
const EXPECTED = [
  'AFTALEDOKUMENT',
  'Aftaledokument 2021 – Lejerbo Næstved',
  'Status: Offentliggjort 4. april 2022',
  'Version: 2',
  'Dokumentet er dannet 4. april 2022 kl. 10.15.',
  'Fokuspunkter for det kommende år',
  'herunder samarbejdet med jobcentret om anvisning',
  'Effektiviseringsmål på 2 % af driftsudgifterne',
  'Afd. 12 Præstøvej',
  'Henlæggelser pr. m² (kr.)',
  'Ingen særlig fokus.',
  'Sted: Rådhuset, Næstved',
  'For Næstved Kommune',
  'Åse Lærkegård, formand',
];

describe('a written document', () => {
  it('says the same in the PDF and the DOCX, with the header and "side N af M" in the PDF', async () => {
    const pdf = await pdfText(await renderWrittenPdf(sampleWritten));
    const docx = await docxText(await renderWrittenDocx(sampleWritten));
    for (const text of EXPECTED) {
      expect(pdf.text).toContain(text);
      expect(docx).toContain(text);
    }
    expect(pdf.text).toContain(`Aftaledokument 2021 – Lejerbo Næstved – side ${pdf.pages} af ${pdf.pages}`);
    expect(pdf.text).toContain('Næstved Kommune Aftaledokument');
  });

  it('says so where a table has no rows, and leaves out status and version a draft has none of', async () => {
    const doc: WrittenDocument = {
      ...sampleWritten,
      status: null,
      version: null,
      signatures: [],
      sections: [
        {
          heading: 'Aftaler',
          blocks: [{ kind: 'table', columns: [{ label: 'Aftale', width: 1 }], rows: [], empty: 'Der er ingen aftaler.' }],
        },
      ],
    };
    for (const text of [(await pdfText(await renderWrittenPdf(doc))).text, await docxText(await renderWrittenDocx(doc))]) {
      expect(text).toContain('Der er ingen aftaler.');
      expect(text).not.toContain('Version:');
      expect(text).not.toContain('For Næstved Kommune');
    }
  });
});
