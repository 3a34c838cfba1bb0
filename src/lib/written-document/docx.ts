/**
 * A written document (aftaledokument, council report) as a Word document in the meeting export's
 * frame (docx-page.ts): sections as Heading 1/2, text with Word bullets, tables with a repeated
 * header row, and the parties' signatures side by side at the end.
 */
import type { FileChild } from 'docx';
import { parseBlocks } from './blocks.ts';
import { COLOR, DocxParts, TEXT_WIDTH, type Docx } from './docx-parts.ts';
import { docxTitleBlock, packDocx } from './docx-page.ts';
import type { WrittenBlock, WrittenDocument, WrittenSection } from './model.ts';
import { generatedText, kicker, statusMeta, tableColumns } from './text.ts';

export async function renderWrittenDocx(doc: WrittenDocument): Promise<Buffer> {
  // Loaded on first use so that the web server's cold start does not pay for docx.
  const d = await import('docx');
  const parts = new DocxParts(d);
  const children: FileChild[] = [
    ...docxTitleBlock(d, { kicker: kicker(doc), title: doc.title, meta: statusMeta(doc), generated: generatedText(doc.generatedAt) }),
    ...doc.sections.flatMap((s) => section(parts, s, 1)),
    ...signatures(d, parts, doc),
  ];
  return packDocx(d, {
    title: doc.title,
    subject: doc.kindLabel,
    description: `${doc.kindLabel}: ${doc.title}, ${doc.municipality}`,
    keywords: [doc.kindLabel, doc.municipality],
    headerLeft: doc.municipality,
    headerRight: doc.kindLabel,
    children,
  });
}

function section(parts: DocxParts, s: WrittenSection, level: 1 | 2): FileChild[] {
  return [
    parts.heading(s.heading, level),
    ...s.blocks.flatMap((b) => block(parts, b)),
    ...(s.sections ?? []).flatMap((sub) => section(parts, sub, 2)),
  ];
}

function block(parts: DocxParts, b: WrittenBlock): FileChild[] {
  switch (b.kind) {
    case 'text':
      return parts.blocks(parseBlocks(b.text));
    case 'note':
      return [parts.lines([b.text], { italics: true, color: COLOR.muted })];
    case 'facts':
      return b.lines.map((line, i) => parts.labelled(line.label, line.value, { after: i === b.lines.length - 1 ? 120 : 40 }));
    case 'table': {
      if (!b.rows.length) return b.empty ? [parts.lines([b.empty], { italics: true, color: COLOR.muted })] : [];
      const { headers, widths, align } = tableColumns(b.columns);
      return [parts.table(headers, b.rows, widths, undefined, align), parts.spacer()];
    }
  }
}

/** The signatures as a borderless table of one row, a column per party. */
function signatures(d: Docx, parts: DocxParts, doc: WrittenDocument): FileChild[] {
  if (!doc.signatures.length) return [];
  const width = Math.floor(TEXT_WIDTH / doc.signatures.length);
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const rule = { style: d.BorderStyle.SINGLE, size: 4, color: COLOR.rule };
  return [
    parts.spacer(),
    new d.Table({
      width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
      columnWidths: doc.signatures.map(() => width),
      layout: d.TableLayoutType.FIXED,
      borders: { top: rule, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: [
        new d.TableRow({
          cantSplit: true,
          children: doc.signatures.map(
            (s) =>
              new d.TableCell({
                width: { size: width, type: d.WidthType.DXA },
                margins: { top: 160, bottom: 60, left: 0, right: 240 },
                children: [
                  new d.Paragraph({ spacing: { after: 80 }, children: [new d.TextRun({ text: s.label, bold: true })] }),
                  ...s.lines.map((line) => new d.Paragraph({ spacing: { after: 40 }, children: [new d.TextRun(line)] })),
                ],
              }),
          ),
        }),
      ],
    }),
  ];
}
