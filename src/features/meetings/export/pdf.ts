/**
 * A meeting's agenda or minutes as a PDF (A4), laid out like Danish municipal minutes: heading
 * block, participants per side, table of contents, then each item with its sections, notes,
 * decisions, follow-up, absentees and attachments; header and "side N af M" footer on every page.
 */
import { hasText, parseBlocks } from './blocks.ts';
import {
  ACTION_COLUMNS,
  ACTION_WIDTHS,
  TOC_MIN_ITEMS,
  absentLabel,
  absentees,
  actionCells,
  decisionHeading,
  footerText,
  generatedText,
  itemHeading,
  itemMeta,
  itemNumber,
  kindWord,
  metaLines,
  participantGroups,
  participantText,
  tocEntries,
  visibleItems,
} from './content.ts';
import type { DocumentItem, MeetingDocument } from './document.ts';
import { loadFonts } from './pdf-fonts.ts';
import { COLOR, PdfLayout, SIZE } from './pdf-layout.ts';

const MARGINS = { top: 72, bottom: 64, left: 64, right: 64 };

export type PdfOptions = {
  /** pdfkit's built-in Helvetica even when a TrueType font is installed (what a machine without fonts gets). */
  standardFonts?: boolean;
};

export async function renderMeetingPdf(doc: MeetingDocument, options: PdfOptions = {}): Promise<Buffer> {
  // Loaded on first use so that the web server's cold start does not pay for pdfkit.
  const [{ default: PDFDocument }, { openSync }] = await Promise.all([import('pdfkit'), import('fontkit')]);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'da-DK',
    displayTitle: true,
    info: {
      Title: doc.title,
      Author: doc.municipality,
      Subject: `${kindWord(doc)} – ${doc.meetingKindLabel}`,
      Creator: 'Styringsdialog',
      Producer: 'Styringsdialog',
    },
  });
  const done = collect(pdf);
  const layout = new PdfLayout(pdf, loadFonts(pdf, openSync, options.standardFonts ? [] : undefined));
  const items = visibleItems(doc.items, doc.includeClosed);

  drawTitleBlock(layout, doc);
  drawParticipants(layout, doc);
  const toc = items.length >= TOC_MIN_ITEMS ? drawTocFrame(layout, items) : null;
  const itemPages = new Map<DocumentItem, number>();
  if (items.length === 0) {
    layout.text(doc.kind === 'minutes' ? 'Referatet har ingen punkter.' : 'Dagsordenen har ingen punkter.', {
      font: layout.fonts.italic,
      color: COLOR.muted,
    });
  }
  for (const item of items) drawItem(layout, doc, item, 0, itemPages);
  toc?.fillPageNumbers(itemPages);
  drawPageFurniture(layout, doc);
  pdf.end();
  return done;
}

function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

function drawTitleBlock(layout: PdfLayout, doc: MeetingDocument) {
  const { fonts } = layout;
  layout.text(`${kindWord(doc).toUpperCase()}  ·  ${doc.meetingKindLabel}`, {
    font: fonts.bold,
    size: SIZE.small,
    color: COLOR.accent,
    gapAfter: 4,
  });
  layout.text(doc.title, { font: fonts.bold, size: SIZE.title, gapAfter: 10 });
  const labelWidth = 118;
  for (const line of metaLines(doc)) {
    const y = layout.doc.y;
    layout.text(`${line.label}:`, { font: fonts.bold, width: labelWidth });
    const afterLabel = layout.doc.y;
    layout.doc.y = y;
    layout.text(line.value, { x: layout.left + labelWidth, width: layout.width - labelWidth });
    layout.doc.y = Math.max(afterLabel, layout.doc.y) + 2;
  }
  layout.space(2);
  layout.text(generatedText(doc), { size: SIZE.small - 0.5, color: COLOR.muted, gapAfter: 8 });
  layout.rule({ color: COLOR.accent, width: 1, gapAfter: 12 });
}

function drawParticipants(layout: PdfLayout, doc: MeetingDocument) {
  const groups = participantGroups(doc);
  const away = absentees(doc);
  if (!groups.length && !away.length) return;
  const { doc: pdf, fonts } = layout;
  layout.heading('Deltagere', { size: SIZE.h1, before: 0, after: 6 });
  // Side by side when the groups fit on the page (two or three sides is the usual meeting).
  const columns = groups.length >= 2 && groups.length <= 3 ? groups.length : 1;
  const gutter = 18;
  const colWidth = (layout.width - gutter * (columns - 1)) / columns;
  const lines = (g: (typeof groups)[number]) => g.people.map(participantText);
  const groupHeight = (g: (typeof groups)[number]) =>
    layout.heightOf(g.label, { font: fonts.bold, width: colWidth }) +
    3 +
    lines(g).reduce((h, l) => h + layout.heightOf(l, { width: colWidth }) + 3, 0);
  const rowHeight = Math.max(0, ...groups.map(groupHeight));
  if (columns > 1 && rowHeight < layout.bottom - layout.top - 40) {
    layout.ensure(rowHeight);
    const y = pdf.y;
    groups.forEach((g, i) => {
      const x = layout.left + i * (colWidth + gutter);
      pdf.y = y;
      layout.text(g.label, { font: fonts.bold, x, width: colWidth, gapAfter: 3 });
      for (const line of lines(g)) layout.text(line, { x, width: colWidth, gapAfter: 3 });
    });
    pdf.y = y + rowHeight;
    layout.space(8);
  } else {
    for (const g of groups) {
      layout.ensure(2 * layout.lineHeight());
      layout.text(g.label, { font: fonts.bold, gapAfter: 3 });
      for (const line of lines(g)) layout.text(line, { gapAfter: 1 });
      layout.space(8);
    }
  }
  if (away.length) {
    layout.heading(absentLabel(doc), { size: SIZE.h3, before: 2, after: 3, keep: layout.lineHeight() });
    for (const line of away) layout.text(line, { gapAfter: 1 });
    layout.space(8);
  }
  layout.space(6);
}

/** "Indhold": the item headings now, their page numbers once the items are drawn. */
function drawTocFrame(layout: PdfLayout, items: DocumentItem[]) {
  const { doc: pdf, fonts } = layout;
  layout.heading('Indhold', { size: SIZE.h1, before: 0, after: 6 });
  const slots: { item: DocumentItem; page: number; y: number }[] = [];
  const numberWidth = 30;
  for (const entry of tocEntries(items)) {
    const x = layout.left + entry.depth * 22;
    const width = layout.right - x - numberWidth;
    const size = entry.depth === 0 ? SIZE.body : SIZE.small + 0.5;
    layout.ensure(layout.heightOf(entry.item.title, { size, width: width - 22 }));
    slots.push({ item: entry.item, page: layout.page, y: pdf.y });
    layout.numbered(itemNumber(entry.item), entry.item.title, { x, width, size, numberWidth: 22, gapAfter: 2 });
  }
  // The front page holds who and what; the items start on a page of their own, as in printed minutes.
  pdf.addPage();
  return {
    fillPageNumbers(pages: Map<DocumentItem, number>) {
      const last = layout.page;
      for (const slot of slots) {
        const page = pages.get(slot.item);
        if (page == null) continue;
        pdf.switchToPage(slot.page);
        pdf
          .font(fonts.regular)
          .fontSize(SIZE.body)
          .fillColor(COLOR.muted)
          .text(String(page + 1), layout.right - numberWidth, slot.y, { width: numberWidth, align: 'right', lineBreak: false });
      }
      pdf.switchToPage(last);
    },
  };
}

function drawItem(layout: PdfLayout, doc: MeetingDocument, item: DocumentItem, depth: number, pages: Map<DocumentItem, number>) {
  const { fonts } = layout;
  const top = depth === 0;
  // Keep the heading with its meta line and the first lines of text.
  layout.space(top ? 16 : 10);
  const size = top ? SIZE.h1 : SIZE.h2;
  layout.ensure(layout.heightOf(itemHeading(item), { font: fonts.bold, size }) + 5 * layout.lineHeight());
  pages.set(item, layout.page);
  layout.numbered(itemNumber(item), item.title, {
    font: fonts.bold,
    size,
    color: top ? COLOR.accent : COLOR.text,
    numberWidth: 0,
    gapAfter: 3,
  });

  if (item.closed) layout.text('Lukket punkt', { font: fonts.bold, size: SIZE.small, color: COLOR.closed, gapAfter: 2 });
  const meta = itemMeta(item);
  if (meta.length) layout.text(meta.join('  ·  '), { size: SIZE.small, color: COLOR.muted, gapAfter: 2 });
  if (item.decidingBody) layout.labelled('Sagen afgøres i', item.decidingBody, { size: SIZE.small });
  layout.space(6);

  for (const section of item.sections.filter((s) => hasText(s.text))) {
    layout.heading(section.heading, { size: SIZE.h3, before: 2, after: 3 });
    layout.blocks(parseBlocks(section.text));
  }
  if (hasText(item.text)) layout.blocks(parseBlocks(item.text));
  if (doc.kind === 'minutes' && hasText(item.notes)) {
    layout.heading('Referat', { size: SIZE.h3, before: 2, after: 3 });
    layout.blocks(parseBlocks(item.notes));
  }
  for (const decision of item.decisions) {
    layout.space(2);
    layout.barred(() => {
      layout.heading(decisionHeading(decision), { size: SIZE.h3, before: 0, after: 3, keep: 2 * layout.lineHeight() });
      layout.blocks(parseBlocks(decision.text));
      if (decision.vote) layout.text(decision.vote, { font: fonts.italic, gapAfter: 6 });
    });
  }
  if (item.actions.length) {
    layout.heading('Opfølgning', { size: SIZE.h3, before: 2, after: 4, keep: 3 * layout.lineHeight() });
    layout.table(ACTION_COLUMNS, item.actions.map(actionCells), ACTION_WIDTHS, (row, col) =>
      col === 3 && item.actions[row].done ? COLOR.done : undefined,
    );
  }
  if (item.absent.length) layout.labelled('Fraværende', item.absent.join(', '), { gapAfter: 6 });
  if (item.attachments.length) {
    layout.heading('Bilag', { size: SIZE.h3, before: 2, after: 3, keep: layout.lineHeight() });
    layout.blocks(item.attachments.map((name) => ({ kind: 'item', level: 0, label: null, text: name })));
  }
  if (item.items.length) {
    layout.indent += 16;
    for (const sub of item.items) drawItem(layout, doc, sub, depth + 1, pages);
    layout.indent -= 16;
  }
}

/** Header (municipality, document kind) and footer ("Title – side N af M") on every page. */
function drawPageFurniture(layout: PdfLayout, doc: MeetingDocument) {
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
    pdf.text(layout.safe(doc.municipality), left, 38, { width: width / 2, lineBreak: false });
    pdf.text(layout.safe(`${kindWord(doc)} · ${doc.meetingKindLabel}`), left + width / 2, 38, {
      width: width / 2,
      align: 'right',
      lineBreak: false,
    });
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
    pdf.text(fitFooter(layout, doc.title, i - range.start + 1, range.count, width), left, footerY, {
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
