/**
 * A written document (aftaledokument, council report) as a PDF in the meeting export's layout:
 * the same title block, typeface, header and "side N af M" footer; sections as headings, text,
 * tables and "Label: value" lines; the parties' signatures side by side at the end.
 */
import { parseBlocks } from './blocks.ts';
import type { WrittenBlock, WrittenDocument, WrittenSection } from './model.ts';
import { COLOR, SIZE, type PdfLayout } from './pdf-layout.ts';
import { drawPageFurniture, drawTitleBlock, openPdf, type PdfOptions } from './pdf-page.ts';
import { generatedText, kicker, statusMeta, tableColumns } from './text.ts';

export async function renderWrittenPdf(doc: WrittenDocument, options: PdfOptions = {}): Promise<Buffer> {
  const { pdf, layout, bytes } = await openPdf({ title: doc.title, author: doc.municipality, subject: doc.kindLabel }, options);
  drawTitleBlock(layout, { kicker: kicker(doc), title: doc.title, meta: statusMeta(doc), generated: generatedText(doc.generatedAt) });
  for (const section of doc.sections) drawSection(layout, section, 1);
  drawSignatures(layout, doc);
  drawPageFurniture(layout, { headerLeft: doc.municipality, headerRight: doc.kindLabel, title: doc.title });
  pdf.end();
  return bytes;
}

function drawSection(layout: PdfLayout, section: WrittenSection, level: 1 | 2) {
  layout.heading(section.heading, level === 1 ? { size: SIZE.h1, before: 10, after: 6 } : { size: SIZE.h2, before: 6, after: 4 });
  for (const block of section.blocks) drawBlock(layout, block);
  for (const sub of section.sections ?? []) drawSection(layout, sub, 2);
}

function drawBlock(layout: PdfLayout, block: WrittenBlock) {
  switch (block.kind) {
    case 'text':
      layout.blocks(parseBlocks(block.text));
      return;
    case 'note':
      layout.text(block.text, { font: layout.fonts.italic, color: COLOR.muted, gapAfter: 6 });
      return;
    case 'facts':
      for (const line of block.lines) layout.labelled(line.label, line.value, { gapAfter: 3 });
      layout.space(4);
      return;
    case 'table': {
      if (!block.rows.length) {
        if (block.empty) layout.text(block.empty, { font: layout.fonts.italic, color: COLOR.muted, gapAfter: 6 });
        return;
      }
      const { headers, widths, align } = tableColumns(block.columns);
      layout.table(headers, block.rows, widths, undefined, align);
    }
  }
}

function drawSignatures(layout: PdfLayout, doc: WrittenDocument) {
  if (!doc.signatures.length) return;
  const { doc: pdf, fonts } = layout;
  const gutter = 24;
  const columns = doc.signatures.length;
  const width = (layout.width - gutter * (columns - 1)) / columns;
  const height = Math.max(
    ...doc.signatures.map((s) => layout.heightOf(s.label, { font: fonts.bold, width }) + s.lines.length * (layout.lineHeight() + 2) + 10),
  );
  layout.space(18);
  layout.ensure(height + 8);
  layout.rule({ gapAfter: 8 });
  const y = pdf.y;
  doc.signatures.forEach((s, i) => {
    const x = layout.left + i * (width + gutter);
    pdf.y = y;
    layout.text(s.label, { font: fonts.bold, x, width, gapAfter: 4 });
    for (const line of s.lines) layout.text(line, { x, width, gapAfter: 2 });
  });
  pdf.y = y + height;
}
