/**
 * The page of every PDF the product writes (meeting agenda and minutes, aftaledokument, council
 * report): A4, the municipality and the document's kind in a header, "Title – side N af M" in the
 * footer. pdfkit and fontkit are loaded on first use so the web server's cold start does not pay for them.
 */
import { loadFonts } from './pdf-fonts.ts';
import { COLOR, PdfLayout, SIZE } from './pdf-layout.ts';

export const MARGINS = { top: 72, bottom: 64, left: 64, right: 64 };

export type PdfOptions = {
  /** pdfkit's built-in Helvetica even when a TrueType font is installed (what a machine without fonts gets). */
  standardFonts?: boolean;
};

export type PdfInfo = { title: string; author: string; subject: string };

/** A new A4 document with its layout, and the bytes once `pdf.end()` is called. */
export async function openPdf(info: PdfInfo, options: PdfOptions = {}) {
  const [{ default: PDFDocument }, { openSync }] = await Promise.all([import('pdfkit'), import('fontkit')]);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'da-DK',
    displayTitle: true,
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: 'Styringsdialog', Producer: 'Styringsdialog' },
  });
  const bytes = collect(pdf);
  const layout = new PdfLayout(pdf, loadFonts(pdf, openSync, options.standardFonts ? [] : undefined));
  return { pdf, layout, bytes };
}

function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

export const footerText = (title: string, page: number, pages: number) => `${title} – side ${page} af ${pages}`;

/** Header and footer on every page, drawn once the content is laid out (the page count is known then). */
export function drawPageFurniture(layout: PdfLayout, o: { headerLeft: string; headerRight: string; title: string }) {
  const { doc: pdf, fonts } = layout;
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing inside the margins would make pdfkit start a new page; lift the bottom margin meanwhile.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const left = MARGINS.left;
    const width = pdf.page.width - MARGINS.left - MARGINS.right;
    pdf
      .font(fonts.regular)
      .fontSize(SIZE.small - 0.5)
      .fillColor(COLOR.muted);
    pdf.text(layout.safe(o.headerLeft), left, 38, { width: width / 2, lineBreak: false });
    pdf.text(layout.safe(o.headerRight), left + width / 2, 38, { width: width / 2, align: 'right', lineBreak: false });
    pdf
      .moveTo(left, 52)
      .lineTo(left + width, 52)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    const footerY = pdf.page.height - 42;
    pdf
      .moveTo(left, footerY - 8)
      .lineTo(left + width, footerY - 8)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    pdf.text(fitFooter(layout, o.title, i - range.start + 1, range.count, width), left, footerY, {
      width,
      align: 'center',
      lineBreak: false,
    });
    pdf.page.margins.bottom = bottom;
  }
}

/** The footer on one line: a long title is shortened with "…" so that "side N af M" always shows. */
function fitFooter(layout: PdfLayout, title: string, page: number, pages: number, width: number): string {
  const fits = (t: string) => layout.doc.widthOfString(layout.safe(footerText(t, page, pages))) <= width;
  let shortened = title;
  while (!fits(shortened === title ? title : `${shortened}…`) && shortened.length > 1) shortened = shortened.slice(0, -1).trimEnd();
  return layout.safe(footerText(shortened === title ? title : `${shortened}…`, page, pages));
}

/** "AFTALEDOKUMENT · …", the title and "Label: value" lines, as the head of the first page. */
export function drawTitleBlock(
  layout: PdfLayout,
  o: { kicker: string; title: string; meta: { label: string; value: string }[]; generated: string },
) {
  const { fonts } = layout;
  layout.text(o.kicker, { font: fonts.bold, size: SIZE.small, color: COLOR.accent, gapAfter: 4 });
  layout.text(o.title, { font: fonts.bold, size: SIZE.title, gapAfter: 10 });
  const labelWidth = 118;
  for (const line of o.meta) {
    const y = layout.doc.y;
    layout.text(`${line.label}:`, { font: fonts.bold, width: labelWidth });
    const afterLabel = layout.doc.y;
    layout.doc.y = y;
    layout.text(line.value, { x: layout.left + labelWidth, width: layout.width - labelWidth });
    layout.doc.y = Math.max(afterLabel, layout.doc.y) + 2;
  }
  layout.space(2);
  layout.text(o.generated, { size: SIZE.small - 0.5, color: COLOR.muted, gapAfter: 8 });
  layout.rule({ color: COLOR.accent, width: 1, gapAfter: 12 });
}
