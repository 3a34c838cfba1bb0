/**
 * The frame of every DOCX the product writes (meeting agenda and minutes, aftaledokument, council
 * report): A4 with the same margins, Arial, real Heading 1–4 styles (Word's navigation pane,
 * screen readers), Word bullets, the municipality and the kind in the header, "Title – side N af M"
 * in the footer, document properties and language da-DK.
 */
import type { FileChild, IStylesOptions } from 'docx';
import { BULLET_REFERENCE, COLOR, TEXT_WIDTH, type Docx } from './docx-parts.ts';

const FONT = 'Arial';
const META_TAB = 2300;

export type DocxFrame = {
  title: string;
  subject: string;
  description: string;
  keywords: string[];
  headerLeft: string;
  headerRight: string;
  children: FileChild[];
};

export async function packDocx(d: Docx, frame: DocxFrame): Promise<Buffer> {
  const document = new d.Document({
    title: frame.title,
    subject: frame.subject,
    description: frame.description,
    creator: 'Styringsdialog',
    lastModifiedBy: 'Styringsdialog',
    keywords: frame.keywords.join(', '),
    styles: styles(),
    numbering: {
      config: [
        {
          reference: BULLET_REFERENCE,
          levels: ['•', '–', '▪'].map((text, level) => ({
            level,
            format: d.LevelFormat.BULLET,
            text,
            alignment: d.AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: { top: 1418, bottom: 1276, left: 1276, right: 1276, header: 624, footer: 567 },
          },
        },
        headers: { default: header(d, frame) },
        footers: { default: footer(d, frame.title) },
        children: frame.children,
      },
    ],
  });
  return d.Packer.toBuffer(document);
}

function styles(): IStylesOptions {
  const heading = (size: number, color: string, before: number, after: number) => ({
    run: { font: FONT, size, bold: true, color },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, language: { value: 'da-DK' } },
        paragraph: { spacing: { after: 120, line: 264 } },
      },
      title: { run: { font: FONT, size: 38, bold: true, color: '1A1A1A' }, paragraph: { spacing: { after: 200 } } },
      heading1: heading(27, COLOR.accent, 360, 120),
      heading2: heading(21, '1A1A1A', 180, 60),
      heading3: heading(21, '1A1A1A', 160, 60),
      heading4: heading(20, '1A1A1A', 140, 60),
    },
  };
}

/** "AFTALEDOKUMENT · …", the title, "Label: value" lines and the "dannet" line under a rule. */
export function docxTitleBlock(
  d: Docx,
  o: { kicker: string; title: string; meta: { label: string; value: string }[]; generated: string },
): FileChild[] {
  const kind = new d.Paragraph({
    spacing: { after: 60 },
    children: [new d.TextRun({ text: o.kicker, bold: true, size: 18, color: COLOR.accent })],
  });
  const title = new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(o.title)] });
  // A tab and a hanging indent line the values up, also when one wraps.
  const meta = o.meta.map(
    (line) =>
      new d.Paragraph({
        tabStops: [{ type: d.TabStopType.LEFT, position: META_TAB }],
        indent: { left: META_TAB, hanging: META_TAB },
        spacing: { after: 40 },
        children: [new d.TextRun({ text: `${line.label}:`, bold: true }), new d.TextRun({ children: [new d.Tab(), line.value] })],
      }),
  );
  const generated = new d.Paragraph({
    spacing: { before: 80, after: 240 },
    border: { bottom: { style: d.BorderStyle.SINGLE, size: 8, color: COLOR.accent, space: 8 } },
    children: [new d.TextRun({ text: o.generated, size: 17, color: COLOR.muted })],
  });
  return [kind, title, ...meta, generated];
}

function header(d: Docx, frame: DocxFrame) {
  return new d.Header({
    children: [
      new d.Paragraph({
        tabStops: [{ type: d.TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: d.BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        children: [new d.TextRun({ children: [frame.headerLeft, new d.Tab(), frame.headerRight], size: 16, color: COLOR.muted })],
      }),
    ],
  });
}

function footer(d: Docx, title: string) {
  // footerText's "Title – side N af M" (pdf-page.ts), with Word fields for N and M.
  const [before, between] = [`${title} – side `, ' af '];
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        border: { top: { style: d.BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        children: [
          new d.TextRun({ children: [before, d.PageNumber.CURRENT, between, d.PageNumber.TOTAL_PAGES], size: 16, color: COLOR.muted }),
        ],
      }),
    ],
  });
}
