/*
 * mammoth's HTML of a DOCX → text the parser reads: headings as "# Title", a paragraph that is
 * all bold (a heading in practice) as "## Title", paragraphs separated by a blank line, list
 * entries on consecutive lines, table rows as "cell | cell".
 */

type Block = { kind: 'p' | 'h' | 'li' | 'tr'; level: number; text: string; bold: number; plain: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });

/** A line the parser reads as a list entry or a label, never as a heading. */
const LIST_START = /^(?:[-–•◦▪*]\s|\d{1,2}[.)]\s|[a-z][.)]\s)/;

export function htmlToText(source: string): string {
  // Footnotes and endnotes, and the marks that point to them, are left out.
  const html = source
    .replace(/<li id="(?:foot|end)note-[^"]*">[^]*?<\/li>/g, '')
    .replace(/<sup><a href="#(?:foot|end)note-[^"]*"[^>]*>[^<]*<\/a><\/sup>/g, '');
  const blocks: Block[] = [];
  const stack: Block[] = [];
  let strong = 0;
  let cells: string[] | null = null;
  let listDepth = 0;
  const ordered: number[] = [];
  const open = (kind: Block['kind'], level: number) => stack.push({ kind, level, text: '', bold: 0, plain: 0 });
  const close = () => {
    const block = stack.pop();
    if (!block) return;
    // A tab between words is a column, as in a TXT export ("Møder<tab>2 årlige møder"; clean.ts makes it a cell);
    // tabs at the start or end of a line only indent or pad it.
    const text = block.text
      .replace(/ +/g, ' ')
      .replace(/[ \t]*\n[ \t]*/g, '\n')
      .replace(/^[ \t]+|[ \t]+$/g, '')
      .replace(/ *\t[ \t]*/g, '\t');
    if (cells && (block.kind === 'p' || block.kind === 'h')) {
      cells[cells.length - 1] += (cells[cells.length - 1] ? ' ' : '') + text.replace(/\t/g, ' ');
    } else if (text && !/^[•◦]$|^\d+\.$/.test(text)) {
      blocks.push({ ...block, text });
    }
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      const text = decode(m[4]);
      const block = stack[stack.length - 1];
      if (block) {
        block.text += text;
        if (strong > 0) block.bold += text.trim().length;
        else block.plain += text.trim().length;
      } else if (cells && text.trim()) {
        cells[cells.length - 1] += text;
      }
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'strong' || tag === 'b') strong += closing ? -1 : 1;
    else if (tag === 'br') {
      const b = stack[stack.length - 1];
      if (b) b.text += '\n';
    } else if (/^h[1-6]$/.test(tag)) {
      if (closing) close();
      else open('h', +tag[1]);
    } else if (tag === 'p') {
      if (closing) close();
      else open('p', 0);
    } else if (tag === 'ul' || tag === 'ol') {
      if (closing) {
        listDepth--;
        ordered.pop();
      } else {
        // A list inside an entry: the entry's own text comes first.
        const open = stack[stack.length - 1];
        if (open?.kind === 'li') {
          close();
          stack.push({ ...open, text: '' });
        }
        listDepth++;
        ordered.push(tag === 'ol' ? 0 : -1);
      }
    } else if (tag === 'li') {
      if (closing) close();
      else {
        const n = ordered[ordered.length - 1];
        if (n >= 0) ordered[ordered.length - 1] = n + 1;
        open('li', listDepth);
        stack[stack.length - 1].text = `${'  '.repeat(Math.max(0, listDepth - 1))}${n >= 0 ? `${n + 1}. ` : listDepth > 1 ? '◦ ' : '• '}`;
      }
    } else if (tag === 'tr') {
      if (closing) {
        if (cells?.some((c) => c.trim()))
          blocks.push({
            kind: 'tr',
            level: 0,
            text: cells
              .map((c) => c.trim())
              .filter(Boolean)
              .join(' | '),
            bold: 0,
            plain: 1,
          });
        cells = null;
      } else cells = [];
    } else if ((tag === 'td' || tag === 'th') && !closing && cells) cells.push('');
  }
  let out = '';
  blocks.forEach((block, i) => {
    let line = block.text;
    if (block.kind === 'h') line = `${'#'.repeat(block.level)} ${line.replace(/[\n\t]/g, ' ')}`;
    else if (
      block.kind === 'p' &&
      block.bold > 0 &&
      block.plain === 0 &&
      line.length <= 120 &&
      !/\n/.test(line) &&
      !/[:.]$/.test(line) &&
      !LIST_START.test(line)
    )
      line = `## ${line}`;
    if (i > 0) {
      const listy = (b: Block) => b.kind === 'li' || b.kind === 'tr' || (b.kind === 'p' && LIST_START.test(b.text));
      out += listy(block) && listy(blocks[i - 1]) ? '\n' : '\n\n';
    }
    out += line;
  });
  return out;
}
