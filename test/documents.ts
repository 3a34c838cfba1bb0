import PDFDocument from 'pdfkit';
import { Document, Packer, Paragraph } from 'docx';

/** A pdfkit document drawn by `draw`, ended, and collected into bytes (tests, bench and fixtures). */
export function pdfOf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A real PDF with the given text on its first page and `extraPages` pages of filler (tests and bench). */
export function pdfWith(text: string, extraPages = 0): Promise<Buffer> {
  return pdfOf({ compress: false }, (doc) => {
    doc.text(text);
    for (let i = 0; i < extraPages; i++) doc.addPage().text(`Bilag side ${i + 1}. `.repeat(120));
  });
}

/** A real DOCX with one paragraph per line. */
export function docxWith(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((t) => new Paragraph(t)) }] }));
}

/**
 * A decompression bomb built from a real DOCX or XLSX: the same document with one more part of
 * `unpackedMb` MB of zeros, which deflate to a few hundred KB. Made in the test, never committed.
 */
export async function zipBomb(document: Uint8Array, unpackedMb: number): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(document);
  zip.file('word/media/fyld.bin', new Uint8Array(unpackedMb * 1024 * 1024), { compression: 'DEFLATE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
