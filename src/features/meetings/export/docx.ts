/**
 * A meeting's agenda or minutes as a Word document: the same content as the PDF, with real
 * Heading 1–4 styles (Word's navigation pane, screen readers), Word bullets, the participants and
 * the follow-up as tables, "side N af M" in the footer, document properties, language da-DK.
 */
import type { FileChild } from 'docx';
import {
  TOC_MIN_ITEMS,
  absentLabel,
  absentees,
  itemNumber,
  kindWord,
  metaLines,
  participantGroups,
  tocEntries,
  visibleItems,
} from './content.ts';
import type { DocumentItem, MeetingDocument } from './document.ts';
import { generatedText } from '../../../lib/written-document/text.ts';
import { COLOR, type Docx, type DocxParts } from '../../../lib/written-document/docx-parts.ts';
import { docxTitleBlock, packDocx } from '../../../lib/written-document/docx-page.ts';
import { MeetingDocxParts } from './docx-parts.ts';

export async function renderMeetingDocx(doc: MeetingDocument): Promise<Buffer> {
  // Loaded on first use so that the web server's cold start does not pay for docx.
  const d = await import('docx');
  const parts = new MeetingDocxParts(d);
  const items = visibleItems(doc.items, doc.includeClosed);
  const bookmarks = new Map<DocumentItem, string>();
  const bookmark = (item: DocumentItem) => {
    if (!bookmarks.has(item)) bookmarks.set(item, `punkt_${bookmarks.size + 1}`);
    return bookmarks.get(item)!;
  };

  const children: FileChild[] = [
    ...docxTitleBlock(d, {
      kicker: `${kindWord(doc).toUpperCase()}  ·  ${doc.meetingKindLabel}`,
      title: doc.title,
      meta: metaLines(doc),
      generated: generatedText(doc.generatedAt),
    }),
    ...participants(d, parts, doc),
  ];
  const withToc = items.length >= TOC_MIN_ITEMS;
  if (withToc) children.push(...toc(d, parts, items, bookmark));
  if (!items.length) {
    children.push(
      parts.lines([doc.kind === 'minutes' ? 'Referatet har ingen punkter.' : 'Dagsordenen har ingen punkter.'], {
        italics: true,
        color: COLOR.muted,
      }),
    );
  }
  // With a table of contents the items start on a page of their own, as in the PDF.
  items.forEach((item, i) => children.push(...parts.item(doc, item, 0, { bookmark, pageBreakBefore: withToc && i === 0 })));

  return packDocx(d, {
    title: doc.title,
    subject: `${kindWord(doc)} – ${doc.meetingKindLabel}`,
    description: `${kindWord(doc)}: ${doc.title}, ${doc.municipality}`,
    keywords: [kindWord(doc), doc.meetingKindLabel, doc.municipality, ...doc.organisations],
    headerLeft: doc.municipality,
    headerRight: `${kindWord(doc)} · ${doc.meetingKindLabel}`,
    children,
  });
}

function participants(d: Docx, parts: DocxParts, doc: MeetingDocument): FileChild[] {
  const groups = participantGroups(doc);
  const away = absentees(doc);
  if (!groups.length && !away.length) return [];
  const out: FileChild[] = [parts.heading('Deltagere', 1)];
  if (groups.length) {
    const rows = groups.flatMap((g) => g.people.map((p) => [p.name, p.title ?? '', g.label]));
    out.push(parts.table(['Navn', 'Titel', 'Part'], rows, [0.3, 0.42, 0.28]), parts.spacer());
  }
  if (away.length) {
    out.push(parts.heading(absentLabel(doc), 2));
    out.push(...parts.blocks(away.map((text) => ({ kind: 'item' as const, level: 0, label: null, text }))));
  }
  return out;
}

/** "Indhold": the item headings, each a link to its item (Word has no page numbers until fields are updated). */
function toc(d: Docx, parts: DocxParts, items: DocumentItem[], bookmark: (item: DocumentItem) => string): FileChild[] {
  const entries = tocEntries(items).map((entry) => {
    const left = 400 + entry.depth * 400;
    return new d.Paragraph({
      indent: { left, hanging: 400 },
      tabStops: [{ type: d.TabStopType.LEFT, position: left }],
      spacing: { after: 40 },
      children: [
        new d.InternalHyperlink({
          anchor: bookmark(entry.item),
          children: [
            new d.TextRun({ children: [itemNumber(entry.item), new d.Tab(), entry.item.title], size: entry.depth ? 19 : undefined }),
          ],
        }),
      ],
    });
  });
  return [parts.heading('Indhold', 1), ...entries];
}
