/**
 * The meeting's own DOCX parts: an agenda item with its sections, notes, decisions, follow-up,
 * absentees and attachments, on top of the shared building blocks.
 */
import type { FileChild } from 'docx';
import { hasText, parseBlocks } from '../../../lib/written-document/blocks.ts';
import { COLOR, DocxParts, HEADINGS } from '../../../lib/written-document/docx-parts.ts';
import { ACTION_COLUMNS, ACTION_WIDTHS, actionCells, decisionHeading, itemHeading, itemMeta } from './content.ts';
import type { DocumentItem, MeetingDocument } from './document.ts';

export class MeetingDocxParts extends DocxParts {
  /** One item (and its sub-items): heading, meta, sections, text, notes, decisions, follow-up, absentees, attachments. */
  item(
    doc: MeetingDocument,
    item: DocumentItem,
    depth: number,
    o: { bookmark: (item: DocumentItem) => string; pageBreakBefore?: boolean },
  ): FileChild[] {
    const { d } = this;
    const part = depth + 2;
    const out: FileChild[] = [];
    out.push(
      new d.Paragraph({
        heading: HEADINGS(d)[Math.min(depth, 3)],
        keepNext: true,
        pageBreakBefore: o.pageBreakBefore,
        // A sub-item shares Heading 2 with the parts of a top-level item; it is set larger so it reads as an item.
        spacing: depth > 0 ? { before: 280, after: 100 } : undefined,
        children: [
          new d.Bookmark({
            id: o.bookmark(item),
            children: [new d.TextRun({ text: itemHeading(item), size: depth > 0 ? 23 : undefined })],
          }),
        ],
      }),
    );
    if (item.closed) out.push(this.small('Lukket punkt', { color: COLOR.closed, bold: true }));
    const meta = itemMeta(item);
    if (meta.length) out.push(this.small(meta.join('  ·  ')));
    if (item.decidingBody) out.push(this.labelled('Sagen afgøres i', item.decidingBody, { size: 18, after: 40 }));
    if (meta.length || item.decidingBody || item.closed) out.push(new d.Paragraph({ spacing: { after: 60 }, children: [] }));

    for (const section of item.sections.filter((s) => hasText(s.text))) {
      out.push(this.heading(section.heading, part), ...this.blocks(parseBlocks(section.text)));
    }
    if (hasText(item.text)) out.push(...this.blocks(parseBlocks(item.text)));
    if (doc.kind === 'minutes' && hasText(item.notes)) out.push(this.heading('Referat', part), ...this.blocks(parseBlocks(item.notes)));
    for (const decision of item.decisions) {
      const content = this.blocks(parseBlocks(decision.text));
      if (decision.vote) content.push(this.lines([decision.vote], { italics: true }));
      out.push(this.decision(this.heading(decisionHeading(decision), part), content), this.spacer());
    }
    if (item.actions.length) {
      out.push(this.heading('Opfølgning', part));
      out.push(
        this.table(ACTION_COLUMNS, item.actions.map(actionCells), ACTION_WIDTHS, (r, c) =>
          c === 3 && item.actions[r].done ? COLOR.done : undefined,
        ),
      );
      out.push(this.spacer());
    }
    if (item.absent.length) out.push(this.labelled('Fraværende', item.absent.join(', ')));
    if (item.attachments.length) {
      out.push(this.heading('Bilag', part));
      out.push(...this.blocks(item.attachments.map((name) => ({ kind: 'item' as const, level: 0, label: null, text: name }))));
    }
    for (const sub of item.items) out.push(...this.item(doc, sub, depth + 1, { bookmark: o.bookmark }));
    return out;
  }
}
