/**
 * Plain text → blocks, shared by the PDF and the DOCX renderer so both read a text the same way.
 *
 * The conventions are those the meeting forms and the minutes importer write: paragraphs are
 * separated by blank lines, a line starting with "- " (or "* ", "• ") is a bullet, two spaces of
 * indentation per nesting level. A line starting with "1." / "1)" / "a)" keeps its own label (the
 * text refers to it: "Ad 1-2: …"), so it is a list item with that label rather than a renumbered list.
 */
export type Block =
  /** Lines of one paragraph; single line breaks inside a paragraph are kept (addresses, phone lists). */
  | { kind: 'paragraph'; lines: string[] }
  /** One list item; `label` null means a bullet, otherwise the literal label ("1.", "a)"). */
  | { kind: 'item'; level: number; label: string | null; text: string };

export const MAX_LEVEL = 2;
const BULLET = /^(\s*)[-*•]\s+(.*)$/;
const LABELLED = /^(\s*)(\d{1,3}[.)]|[a-zæøå]\))\s+(.*)$/i;

function indentOf(spaces: string): number {
  return spaces.replace(/\t/g, '  ').length;
}

export function parseBlocks(text: string | null | undefined): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] | null = null;
  // The indentation of the last list item's text: a more indented plain line continues that item.
  let itemTextIndent = -1;

  const endParagraph = () => {
    if (paragraph?.length) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = null;
  };

  for (const raw of (text ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      endParagraph();
      itemTextIndent = -1;
      continue;
    }
    const bullet = BULLET.exec(line);
    const labelled = bullet ? null : LABELLED.exec(line);
    if (bullet || labelled) {
      endParagraph();
      const indent = indentOf((bullet ?? labelled)![1]);
      const level = Math.min(MAX_LEVEL, Math.floor(indent / 2));
      const body = bullet ? bullet[2] : labelled![3];
      blocks.push({ kind: 'item', level, label: bullet ? null : labelled![2], text: body.trim() });
      itemTextIndent = indent + 2;
      continue;
    }
    const indent = indentOf(/^\s*/.exec(line)![0]);
    const last = blocks.at(-1);
    if (!paragraph && last?.kind === 'item' && itemTextIndent >= 0 && indent >= itemTextIndent) {
      // A wrapped list item: join it to the item rather than starting a paragraph.
      last.text = `${last.text} ${line.trim()}`;
      continue;
    }
    itemTextIndent = -1;
    (paragraph ??= []).push(line.trim());
  }
  endParagraph();
  return blocks;
}

/** True when a text has anything to show. */
export const hasText = (text: string | null | undefined) => !!text && text.trim() !== '';
