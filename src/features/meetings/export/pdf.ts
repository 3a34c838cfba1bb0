/**
 * A meeting's agenda or minutes as a PDF (A4), laid out like Danish municipal minutes: heading
 * block, participants per side, table of contents, then each item with its sections, notes,
 * decisions, follow-up, absentees and attachments; header and "side N af M" footer on every page.
 */
import { hasText, parseBlocks } from '../../../lib/written-document/blocks.ts';
import {
  ACTION_COLUMNS,
  ACTION_WIDTHS,
  TOC_MIN_ITEMS,
  absentLabel,
  absentees,
  actionCells,
  decisionHeading,
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
import { generatedText } from '../../../lib/written-document/text.ts';
import { drawPageFurniture, drawTitleBlock, openPdf, type PdfOptions } from '../../../lib/written-document/pdf-page.ts';
import { COLOR, PdfLayout, SIZE } from '../../../lib/written-document/pdf-layout.ts';

export async function renderMeetingPdf(doc: MeetingDocument, options: PdfOptions = {}): Promise<Buffer> {
  const { pdf, layout, bytes } = await openPdf(
    { title: doc.title, author: doc.municipality, subject: `${kindWord(doc)} – ${doc.meetingKindLabel}` },
    options,
  );
  const items = visibleItems(doc.items, doc.includeClosed);

  drawTitleBlock(layout, {
    kicker: `${kindWord(doc).toUpperCase()}  ·  ${doc.meetingKindLabel}`,
    title: doc.title,
    meta: metaLines(doc),
    generated: generatedText(doc.generatedAt),
  });
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
  drawPageFurniture(layout, { headerLeft: doc.municipality, headerRight: `${kindWord(doc)} · ${doc.meetingKindLabel}`, title: doc.title });
  pdf.end();
  return bytes;
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
