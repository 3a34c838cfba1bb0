/**
 * A meeting's agenda or minutes as a Word document: the same content as the PDF, with real
 * Heading 1–4 styles (Word's navigation pane, screen readers), Word bullets, the participants and
 * the follow-up as tables, "side N af M" in the footer, document properties, language da-DK.
 */
import type { FileChild, IStylesOptions } from 'docx';
import {
  TOC_MIN_ITEMS,
  absentLabel,
  absentees,
  generatedText,
  itemNumber,
  kindWord,
  metaLines,
  participantGroups,
  tocEntries,
  visibleItems,
} from './content.ts';
import type { DocumentItem, MeetingDocument } from './document.ts';
import { BULLET_REFERENCE, COLOR, DocxParts, TEXT_WIDTH, type Docx } from './docx-parts.ts';

const FONT = 'Arial';
const META_TAB = 2300;

export async function renderMeetingDocx(doc: MeetingDocument): Promise<Buffer> {
  // Loaded on first use so that the web server's cold start does not pay for docx.
  const d = await import('docx');
  const parts = new DocxParts(d);
  const items = visibleItems(doc.items, doc.includeClosed);
  const bookmarks = new Map<DocumentItem, string>();
  const bookmark = (item: DocumentItem) => {
    if (!bookmarks.has(item)) bookmarks.set(item, `punkt_${bookmarks.size + 1}`);
    return bookmarks.get(item)!;
  };

  const children: FileChild[] = [...titleBlock(d, parts, doc), ...participants(d, parts, doc)];
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

  const document = new d.Document({
    title: doc.title,
    subject: `${kindWord(doc)} – ${doc.meetingKindLabel}`,
    description: `${kindWord(doc)}: ${doc.title}, ${doc.municipality}`,
    creator: 'Styringsdialog',
    lastModifiedBy: 'Styringsdialog',
    keywords: [kindWord(doc), doc.meetingKindLabel, doc.municipality, ...doc.organisations].join(', '),
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
        headers: { default: header(d, doc) },
        footers: { default: footer(d, doc) },
        children,
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

function titleBlock(d: Docx, parts: DocxParts, doc: MeetingDocument): FileChild[] {
  const kind = new d.Paragraph({
    spacing: { after: 60 },
    children: [
      new d.TextRun({ text: `${kindWord(doc).toUpperCase()}  ·  ${doc.meetingKindLabel}`, bold: true, size: 18, color: COLOR.accent }),
    ],
  });
  const title = new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(doc.title)] });
  // A tab and a hanging indent line the values up, also when one wraps.
  const meta = metaLines(doc).map(
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
    children: [new d.TextRun({ text: generatedText(doc), size: 17, color: COLOR.muted })],
  });
  return [kind, title, ...meta, generated];
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

function header(d: Docx, doc: MeetingDocument) {
  return new d.Header({
    children: [
      new d.Paragraph({
        tabStops: [{ type: d.TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: d.BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        children: [
          new d.TextRun({
            children: [doc.municipality, new d.Tab(), `${kindWord(doc)} · ${doc.meetingKindLabel}`],
            size: 16,
            color: COLOR.muted,
          }),
        ],
      }),
    ],
  });
}

function footer(d: Docx, doc: MeetingDocument) {
  // footerText's "Title – side N af M", with Word fields for N and M.
  const [before, between] = [`${doc.title} – side `, ' af '];
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
