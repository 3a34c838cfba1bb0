/**
 * The building blocks of every DOCX the product writes: headings, paragraphs from parsed text
 * (real Word bullets), tables, labelled lines. The `docx` module is passed in, since the
 * renderers load it only when a document is asked for.
 */
import type { Paragraph as ParagraphType, TableRow as TableRowType } from 'docx';
import type { Block } from './blocks.ts';

export type Docx = typeof import('docx');

export const BULLET_REFERENCE = 'punkttegn';
export const COLOR = { muted: '5C5C5C', accent: '004B87', closed: 'A0142D', done: '2E6B30', fill: 'EEF0F2', rule: 'B8BCC2' };
/** The text width of an A4 page with the margins docx.ts sets, in twips: tables are laid out on it. */
export const TEXT_WIDTH = 11906 - 2 * 1276;
const INDENT = 360;

type HeadingLevelValue = Docx['HeadingLevel'][keyof Docx['HeadingLevel']];
/** The heading levels the document styles; deeper parts of deeper items share Heading 4. */
export const HEADINGS = (d: Docx): HeadingLevelValue[] => [
  d.HeadingLevel.HEADING_1,
  d.HeadingLevel.HEADING_2,
  d.HeadingLevel.HEADING_3,
  d.HeadingLevel.HEADING_4,
];

export class DocxParts {
  readonly d: Docx;

  // A field spelled out, not a parameter property: the export worker runs this file without tsx.
  constructor(d: Docx) {
    this.d = d;
  }

  /** A real Word heading (Heading 1–4), kept with the paragraph after it. */
  heading(text: string, level: number): ParagraphType {
    const { d } = this;
    return new d.Paragraph({ heading: HEADINGS(d)[Math.min(level, 4) - 1], keepNext: true, children: [new d.TextRun(text)] });
  }

  /** A paragraph whose single line breaks are kept as line breaks. */
  lines(lines: string[], o: { color?: string; italics?: boolean; after?: number } = {}): ParagraphType {
    const { d } = this;
    return new d.Paragraph({
      spacing: { after: o.after ?? 120 },
      children: lines.map((line, i) => new d.TextRun({ text: line, break: i > 0 ? 1 : undefined, color: o.color, italics: o.italics })),
    });
  }

  /** Paragraphs and list items; bullets use the document's bullet numbering, labels ("1.", "a)") stay literal. */
  blocks(blocks: Block[]): ParagraphType[] {
    const { d } = this;
    return blocks.map((block, i) => {
      if (block.kind === 'paragraph') return this.lines(block.lines);
      const last = blocks[i + 1]?.kind !== 'item';
      const spacing = { after: last ? 120 : 40 };
      if (block.label == null) {
        return new d.Paragraph({
          numbering: { reference: BULLET_REFERENCE, level: block.level },
          spacing,
          children: [new d.TextRun(block.text)],
        });
      }
      const left = INDENT * (block.level + 1);
      return new d.Paragraph({
        indent: { left, hanging: INDENT },
        tabStops: [{ type: d.TabStopType.LEFT, position: left }],
        spacing,
        children: [new d.TextRun({ children: [block.label, new d.Tab(), block.text] })],
      });
    });
  }

  /** "Label: value" with the label bold. */
  labelled(label: string, value: string, o: { size?: number; after?: number } = {}): ParagraphType {
    const { d } = this;
    return new d.Paragraph({
      spacing: { after: o.after ?? 120 },
      children: [new d.TextRun({ text: `${label}: `, bold: true, size: o.size }), new d.TextRun({ text: value, size: o.size })],
    });
  }

  small(text: string, o: { color?: string; bold?: boolean; after?: number } = {}): ParagraphType {
    const { d } = this;
    return new d.Paragraph({
      spacing: { after: o.after ?? 40 },
      children: [new d.TextRun({ text, size: 18, color: o.color ?? COLOR.muted, bold: o.bold })],
    });
  }

  /**
   * A decision set off by a bar at its left, as in the PDF. A one-cell table draws the bar, since
   * Word would draw paragraph borders at each paragraph's own indent and break it at every bullet.
   */
  decision(heading: ParagraphType, content: ParagraphType[]) {
    const { d } = this;
    const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    return new d.Table({
      width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
      columnWidths: [TEXT_WIDTH],
      layout: d.TableLayoutType.FIXED,
      borders: {
        left: { style: d.BorderStyle.SINGLE, size: 18, color: COLOR.accent },
        top: none,
        bottom: none,
        right: none,
        insideHorizontal: none,
        insideVertical: none,
      },
      rows: [
        new d.TableRow({
          children: [new d.TableCell({ margins: { left: 200, top: 0, bottom: 0, right: 0 }, children: [heading, ...content] })],
        }),
      ],
    });
  }

  /** A table with a repeated, shaded header row; `widths` are fractions of the text width, `align` a column's alignment. */
  table(
    headers: readonly string[],
    rows: string[][],
    widths: number[],
    color?: (row: number, col: number) => string | undefined,
    align?: readonly ('left' | 'right' | undefined)[],
  ) {
    const { d } = this;
    const columnWidths = widths.map((f) => Math.round(f * TEXT_WIDTH));
    const border = { style: d.BorderStyle.SINGLE, size: 4, color: COLOR.rule };
    const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const cell = (text: string, col: number, o: { header?: boolean; color?: string }) =>
      new d.TableCell({
        width: { size: columnWidths[col], type: d.WidthType.DXA },
        shading: o.header ? { type: d.ShadingType.CLEAR, fill: COLOR.fill, color: 'auto' } : undefined,
        margins: { top: 60, bottom: 60, left: 90, right: 90 },
        children: [
          new d.Paragraph({
            alignment: align?.[col] === 'right' ? d.AlignmentType.RIGHT : undefined,
            children: [new d.TextRun({ text, bold: o.header, size: 18, color: o.color })],
          }),
        ],
      });
    const tableRows: TableRowType[] = [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, c) => cell(h, c, { header: true })) }),
      ...rows.map((cells, r) => new d.TableRow({ cantSplit: true, children: cells.map((t, c) => cell(t, c, { color: color?.(r, c) })) })),
    ];
    return new d.Table({
      rows: tableRows,
      width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
      columnWidths,
      layout: d.TableLayoutType.FIXED,
      borders: { top: border, bottom: border, insideHorizontal: border, left: none, right: none, insideVertical: none },
    });
  }

  /** Space after a table: Word puts the next paragraph right under it otherwise. */
  spacer(): ParagraphType {
    return new this.d.Paragraph({ spacing: { after: 120 }, children: [] });
  }
}
