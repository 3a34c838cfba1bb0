/**
 * Drawing primitives for the meeting PDF on top of pdfkit: text with Danish characters (fonts in
 * pdf-fonts.ts), bullets, a small table, page breaks that keep headings with what follows them.
 * pdfkit is only imported as a type here; pdf.ts loads it when a PDF is asked for.
 */
import type { Block } from './blocks.ts';
import { breakLongWords, drawable, type Fonts } from './pdf-fonts.ts';

type Doc = PDFKit.PDFDocument;

export const COLOR = {
  text: '#1a1a1a',
  muted: '#5c5c5c',
  rule: '#b8bcc2',
  fill: '#eef0f2',
  accent: '#004b87',
  closed: '#a0142d',
  done: '#2e6b30',
};
export const SIZE = { body: 10.5, small: 9, title: 19, h1: 13.5, h2: 11.5, h3: 10.5 };
const LINE_GAP = 2.2;
const BULLETS = ['•', '–', '•'];

type TextOptions = {
  font?: string;
  size?: number;
  color?: string;
  x?: number;
  width?: number;
  gapAfter?: number;
  align?: 'left' | 'right' | 'center';
};

export class PdfLayout {
  /** Extra left indentation of everything drawn (sub-items, decision blocks). */
  indent = 0;

  readonly doc: Doc;
  readonly fonts: Fonts;

  // Fields spelled out, not as parameter properties: the export worker runs this file without tsx.
  constructor(doc: Doc, fonts: Fonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  get left() {
    return this.doc.page.margins.left + this.indent;
  }
  get right() {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width() {
    return this.right - this.left;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get top() {
    return this.doc.page.margins.top;
  }
  /** The page being written: pages are only appended while the content is drawn. */
  get page() {
    const r = this.doc.bufferedPageRange();
    return r.start + r.count - 1;
  }

  safe(text: string): string {
    // A zero-width space where the font has one (IBM Plex Sans has not), else a space.
    return breakLongWords(drawable(text, this.fonts.has), this.fonts.has(0x200b) ? '\u200b' : ' ');
  }

  /** Starts a new page unless `height` more points fit on this one (keeps headings with their text). */
  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  space(points: number) {
    // A gap never pushes onto a new page by itself, and is not wanted at a page's top.
    if (this.doc.y > this.top + 1) this.doc.y = Math.min(this.doc.y + points, this.bottom);
  }

  lineHeight(size = SIZE.body) {
    this.doc.font(this.fonts.regular).fontSize(size);
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  heightOf(text: string, o: TextOptions = {}) {
    this.doc.font(o.font ?? this.fonts.regular).fontSize(o.size ?? SIZE.body);
    return this.doc.heightOfString(this.safe(text), { width: o.width ?? this.width, lineGap: LINE_GAP });
  }

  /** Text at the current line, wrapping and flowing onto new pages as needed. */
  text(text: string, o: TextOptions = {}) {
    const { doc } = this;
    doc
      .font(o.font ?? this.fonts.regular)
      .fontSize(o.size ?? SIZE.body)
      .fillColor(o.color ?? COLOR.text);
    this.ensure(doc.currentLineHeight(true));
    doc.text(this.safe(text), o.x ?? this.left, doc.y, { width: o.width ?? this.width, lineGap: LINE_GAP, align: o.align ?? 'left' });
    doc.x = this.left;
    if (o.gapAfter) this.space(o.gapAfter);
  }

  /** "Label: value" on one line, the label bold (Fraværende:, Sagen afgøres i:). */
  labelled(label: string, value: string, o: { size?: number; gapAfter?: number } = {}) {
    const { doc } = this;
    const size = o.size ?? SIZE.body;
    doc.fontSize(size).fillColor(COLOR.text);
    this.ensure(doc.currentLineHeight(true));
    doc.font(this.fonts.bold).text(this.safe(`${label}: `), this.left, doc.y, { width: this.width, lineGap: LINE_GAP, continued: true });
    doc.font(this.fonts.regular).text(this.safe(value), { lineGap: LINE_GAP });
    doc.x = this.left;
    if (o.gapAfter) this.space(o.gapAfter);
  }

  /**
   * "4.  A long title that wraps" with the wrapped lines under the title, not under the number
   * (item headings and the table of contents).
   */
  numbered(number: string, text: string, o: TextOptions & { numberWidth: number }) {
    const { doc } = this;
    const x = o.x ?? this.left;
    const width = o.width ?? this.right - x;
    doc.font(o.font ?? this.fonts.regular).fontSize(o.size ?? SIZE.body);
    const numberWidth = Math.max(o.numberWidth, doc.widthOfString(this.safe(number)) + 6);
    this.ensure(this.heightOf(text, { ...o, width: width - numberWidth }));
    const y = doc.y;
    doc.fillColor(o.color ?? COLOR.text).text(this.safe(number), x, y, { width: numberWidth, lineBreak: false });
    doc.text(this.safe(text), x + numberWidth, y, { width: width - numberWidth, lineGap: LINE_GAP });
    doc.x = this.left;
    if (o.gapAfter) this.space(o.gapAfter);
  }

  heading(text: string, o: { size: number; color?: string; before: number; after: number; keep?: number }) {
    this.space(o.before);
    // Keep the heading with at least a few lines of what follows.
    this.ensure(this.heightOf(text, { font: this.fonts.bold, size: o.size }) + (o.keep ?? 3 * this.lineHeight()));
    this.text(text, { font: this.fonts.bold, size: o.size, color: o.color ?? COLOR.text, gapAfter: o.after });
  }

  /** Parsed plain text: paragraphs with spacing, list items with real bullets and hanging indents. */
  blocks(blocks: Block[], o: { size?: number; color?: string; font?: string } = {}) {
    const { doc } = this;
    const size = o.size ?? SIZE.body;
    blocks.forEach((block, i) => {
      const next = blocks[i + 1];
      if (block.kind === 'paragraph') {
        this.text(block.lines.join('\n'), { size, color: o.color, font: o.font, gapAfter: 6 });
        return;
      }
      const x = this.left + 4 + block.level * 16;
      doc.font(this.fonts.regular).fontSize(size);
      const label = block.label ?? BULLETS[block.level];
      const markerWidth = block.label ? Math.max(16, doc.widthOfString(this.safe(label)) + 5) : 12;
      this.ensure(doc.currentLineHeight(true) + LINE_GAP);
      const y = doc.y;
      doc.fillColor(o.color ?? COLOR.text).text(this.safe(label), x, y, { width: markerWidth, lineBreak: false });
      doc
        .font(o.font ?? this.fonts.regular)
        .text(this.safe(block.text), x + markerWidth, y, { width: this.right - x - markerWidth, lineGap: LINE_GAP });
      doc.x = this.left;
      this.space(next?.kind === 'item' ? 2 : 6);
    });
  }

  /** A horizontal rule across the text width. */
  rule(o: { color?: string; width?: number; gapBefore?: number; gapAfter?: number } = {}) {
    this.space(o.gapBefore ?? 0);
    const y = this.doc.y;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.right, y)
      .lineWidth(o.width ?? 0.5)
      .strokeColor(o.color ?? COLOR.rule)
      .stroke();
    this.space(o.gapAfter ?? 0);
  }

  /**
   * A table with a shaded header row, repeated when the table continues on a new page.
   * `widths` are fractions of the text width; `color` may colour a cell (Udført in green); `align`
   * sets a column's alignment (figures to the right).
   */
  table(
    headers: readonly string[],
    rows: string[][],
    widths: number[],
    color?: (row: number, col: number) => string | undefined,
    align?: readonly ('left' | 'right' | undefined)[],
  ) {
    const { doc } = this;
    const pad = 4;
    const cols = widths.map((f) => f * this.width);
    const rowHeight = (cells: readonly string[], font: string) =>
      Math.max(...cells.map((c, i) => this.heightOf(c, { font, size: SIZE.small, width: cols[i] - 2 * pad }))) + 2 * pad;
    const drawRow = (cells: readonly string[], font: string, fill: string | null, rowIndex: number) => {
      const h = rowHeight(cells, font);
      const y = doc.y;
      if (fill) doc.rect(this.left, y, this.width, h).fill(fill);
      let x = this.left;
      cells.forEach((cell, i) => {
        doc
          .font(font)
          .fontSize(SIZE.small)
          .fillColor((rowIndex >= 0 && color?.(rowIndex, i)) || COLOR.text);
        doc.text(this.safe(cell), x + pad, y + pad, { width: cols[i] - 2 * pad, lineGap: LINE_GAP, align: align?.[i] ?? 'left' });
        x += cols[i];
      });
      doc
        .moveTo(this.left, y + h)
        .lineTo(this.right, y + h)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke();
      doc.y = y + h;
      doc.x = this.left;
    };
    const headerHeight = rowHeight(headers, this.fonts.bold);
    this.ensure(headerHeight + (rows[0] ? rowHeight(rows[0], this.fonts.regular) : 0));
    drawRow(headers, this.fonts.bold, COLOR.fill, -1);
    rows.forEach((cells, r) => {
      const h = rowHeight(cells, this.fonts.regular);
      if (doc.y + h > this.bottom) {
        doc.addPage();
        drawRow(headers, this.fonts.bold, COLOR.fill, -1);
      }
      drawRow(cells, this.fonts.regular, null, r);
    });
    this.space(8);
  }

  /**
   * Draws `content` indented with a coloured bar at its left, on every page it runs over
   * (decision blocks stand out the way a signed-off decision does in printed minutes).
   */
  barred(content: () => void, color = COLOR.accent) {
    const { doc } = this;
    this.ensure(3 * this.lineHeight());
    const startPage = this.page;
    const startY = doc.y;
    this.indent += 12;
    content();
    this.indent -= 12;
    const endPage = this.page;
    const endY = doc.y;
    const x = this.left + 2;
    for (let p = startPage; p <= endPage; p++) {
      doc.switchToPage(p);
      const y1 = p === startPage ? startY : this.top;
      const y2 = p === endPage ? endY - 6 : this.bottom;
      if (y2 > y1) doc.moveTo(x, y1).lineTo(x, y2).lineWidth(2).strokeColor(color).stroke();
    }
    doc.x = this.left;
    doc.y = endY;
  }
}
