/*
 * PDF page hygiene: running headers and footers (lines that repeat at the top or bottom of most
 * pages, numbers aside) and page numbers ("Side 3 af 12", "3/12", "- 3 -", "3") are removed;
 * the pages are joined so that a paragraph may run on over a page break.
 */
import { isPageNumberLine } from '../text/clean.ts';

/** How many lines at each end of a page may be a header or a footer. */
const ZONE = 3;

const keyOf = (line: string) => line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const isBareNumber = (line: string) => /^\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$/i.test(line);

function zoneIndices(page: string[]): { top: number[]; bottom: number[] } {
  const text = page
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l.trim())
    .map(([, i]) => i);
  const size = Math.min(ZONE, Math.floor(text.length / 4));
  return { top: text.slice(0, size), bottom: size ? text.slice(-size) : [] };
}

/**
 * Pages of lines ('' for a paragraph gap) → text without running headers, footers and page
 * numbers. `endsParagraph(page)`: the page's last line of text ends a paragraph (then a blank
 * line joins it to the next page, else a line break, as a paragraph may run on).
 */
export function joinPages(pages: string[][], endsParagraph: (page: number, line: string) => boolean = () => false): string {
  // Counted twice: as written, and with numbers as "#" when a number in it is the page's own.
  const counts = { top: new Map<string, number>(), bottom: new Map<string, number>() };
  const keysOf = (line: string, p: number) => {
    const numbered = new RegExp(`(?<!\\d)${p + 1}(?!\\d)`).test(line);
    return numbered ? [line.trim(), keyOf(line)] : [line.trim()];
  };
  pages.forEach((page, p) => {
    const zones = zoneIndices(page);
    for (const side of ['top', 'bottom'] as const) {
      for (const key of new Set(zones[side].flatMap((i) => keysOf(page[i], p)))) counts[side].set(key, (counts[side].get(key) ?? 0) + 1);
    }
  });
  const threshold = Math.max(2, Math.ceil(pages.length * 0.5));
  const running = (side: 'top' | 'bottom', line: string, p: number) =>
    pages.length >= 2 && keysOf(line, p).some((key) => (counts[side].get(key) ?? 0) >= threshold);
  const out: string[] = [];
  pages.forEach((page, p) => {
    const zones = zoneIndices(page);
    const drop = new Set<number>();
    for (const side of ['top', 'bottom'] as const) {
      for (const i of zones[side]) {
        const line = page[i];
        // The first page keeps its header once: it is often the document's title.
        if (running(side, line, p) && !(side === 'top' && p === 0 && !/\d/.test(line.replace(/\b(?:19|20)\d\d\b/g, '')))) drop.add(i);
        else if (isPageNumberLine(line) || isBareNumber(line)) drop.add(i);
      }
    }
    const kept = page.filter((_, i) => !drop.has(i));
    while (kept.length && !kept[0].trim()) kept.shift();
    while (kept.length && !kept[kept.length - 1].trim()) kept.pop();
    if (!kept.length) return;
    if (out.length) out.push(endsParagraph(p - 1, out[out.length - 1].split('\n').pop() ?? '') ? '\n\n' : '\n');
    out.push(kept.join('\n'));
  });
  return out.join('');
}
