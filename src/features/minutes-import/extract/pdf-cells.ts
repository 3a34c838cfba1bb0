/*
 * Table rows in a PDF whose cells wrap over several lines (Word and LibreOffice tables, the
 * columns of participants in our own export). Read by position alone, the lines of the cells
 * interleave ("Deltagere fra Aarhus Kom- Helle Brandt (boligkonsu-" / "mune: lent), Jonas Krog").
 * PDF writers draw a table cell by cell, so the drawing order tells the cells apart: the text
 * jumps back up to the row's top and to the right where the next cell starts.
 */
import { joinHyphenated } from './hyphenation.ts';

export type Item = { str: string; x: number; y: number; w: number; h: number };
export type PdfLine = { text: string; y: number; h: number; left: number; right: number };

type Cell = { x: number; top: number; items: Item[] };

/**
 * Groups of cells in drawing order; a group of one cell is ordinary text. A row starts where the
 * text jumps back up and to the right to a line of the cell before: that cell's lines from there
 * on are the row's first cell, the lines above it stay ordinary text.
 */
function rowsOf(items: Item[]): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  const start = (it: Item) => {
    if (row.length) rows.push(row);
    row = [{ x: it.x, top: it.y, items: [it] }];
  };
  for (const it of items) {
    const cell = row[row.length - 1];
    const last = cell?.items[cell.items.length - 1];
    if (!cell || !last) {
      start(it);
      continue;
    }
    const h = Math.max(it.h, last.h, 1);
    // A row's next cell may start on the line of the cell before it, far to its right.
    const nextCell = row.length > 1 && Math.abs(it.y - row[0].top) <= 0.5 * h && it.x > last.x + last.w + h;
    if (nextCell) {
      row.push({ x: it.x, top: it.y, items: [it] });
      continue;
    }
    // Far to the right on the same line: perhaps the next cell of a row (a single-line row is read as
    // ordinary text again in pageLines).
    if (row.length === 1 && Math.abs(it.y - last.y) <= 0.4 * h && it.x > last.x + last.w + 2 * h) {
      const above = cell.items.filter((c) => c.y > it.y + 0.5 * h);
      if (above.length) rows.push([{ x: cell.x, top: cell.top, items: above }]);
      row = [
        { x: cell.x, top: it.y, items: cell.items.filter((c) => c.y <= it.y + 0.5 * h) },
        { x: it.x, top: it.y, items: [it] },
      ];
      continue;
    }
    if (Math.abs(it.y - last.y) <= 0.4 * h) {
      cell.items.push(it);
      continue;
    }
    // Down a line in the same cell: the text starts at the cell's left edge again.
    if (it.y < last.y && it.x >= cell.x - 2 && it.x < cell.x + 3 * h) {
      cell.items.push(it);
      continue;
    }
    if (it.y > last.y && it.x > cell.x + 2 * h) {
      // Back up to the row's top, to the right: the next cell.
      if (row.length > 1 && Math.abs(it.y - row[0].top) <= 0.5 * h) {
        row.push({ x: it.x, top: it.y, items: [it] });
        continue;
      }
      const aligned = row.length === 1 && cell.items.some((c) => Math.abs(c.y - it.y) <= 0.5 * h);
      if (aligned) {
        const above = cell.items.filter((c) => c.y > it.y + 0.5 * h);
        const first = cell.items.filter((c) => c.y <= it.y + 0.5 * h);
        if (above.length) rows.push([{ x: cell.x, top: cell.top, items: above }]);
        row = [
          { x: cell.x, top: it.y, items: first },
          { x: it.x, top: it.y, items: [it] },
        ];
        continue;
      }
    }
    start(it);
  }
  if (row.length) rows.push(row);
  return rows;
}

/** A cell's lines as paragraphs: a line goes on after a hyphen, a comma or before a lowercase word. */
function paragraphs(lines: PdfLine[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const previous = out[out.length - 1];
    // A year or an amount goes on ("3. november" / "2021"); a numbered entry ("2. Økonomi") does not.
    if (previous !== undefined && (/[-,(]$/.test(previous) || /^[\p{Ll}(]/u.test(text) || /^\d+(?![.)]\s)/.test(text))) {
      out[out.length - 1] = /[\p{L}]-$/u.test(previous) ? joinHyphenated(previous, text) : `${previous} ${text}`;
    } else {
      out.push(text);
    }
  }
  return out;
}

/**
 * Items of one page → its lines: rows of a table whose cells wrap are read cell by cell — one line
 * "cell | cell" (written with a wide gap) when every cell is one paragraph, else each cell's
 * paragraphs in turn; everything else as `toLines` reads it by position.
 */
export function pageLines(items: Item[], toLines: (items: Item[]) => PdfLine[]): PdfLine[] {
  const plain: Item[] = [];
  const made: PdfLine[] = [];
  // Space items span the gap between cells; without them the gap shows.
  for (const row of rowsOf(items.filter((i) => i.str.trim()))) {
    const cells = row.map((c) => toLines(c.items));
    // A column of page numbers beside titles is a table of contents: read line by line, it has a
    // number at the end of each entry's line, as clean.ts expects.
    const pageNumbers = cells[cells.length - 1].every((l) => /^\d{1,3}$/.test(l.text.trim()));
    if (row.length < 2 || pageNumbers || cells.every((lines) => lines.length <= 1)) {
      for (const c of row) plain.push(...c.items);
      continue;
    }
    const texts = cells.map(paragraphs);
    const top = row[0].top;
    const h = row[0].items[0].h;
    const right = Math.max(...cells.flat().map((l) => l.right));
    const at = (k: number, text: string): PdfLine => ({ text, y: top - k * 0.001, h, left: row[0].x, right });
    if (texts.every((t) => t.length === 1)) made.push(at(0, texts.map((t) => t[0]).join('    ')));
    else texts.flat().forEach((text, k) => made.push(at(k, text)));
  }
  return [...toLines(plain), ...made].sort((a, b) => b.y - a.y || a.left - b.left);
}
