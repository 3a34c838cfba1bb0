/*
 * PDF text with pdf.js (through unpdf), page by page: items grouped into lines by their
 * position, a blank line where the gap between lines is larger than the page's usual line
 * spacing (a paragraph break), then running headers, footers and page numbers removed.
 */
import { pageLines, type Item, type PdfLine } from './pdf-cells.ts';
import { joinPages } from './pdf-pages.ts';
import type { ExtractResult } from '../types.ts';

/** Pages after which reading stops: minutes are never this long, and the rest would only cost time. */
const MAX_PAGES = 1000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) * p)] : 0;
}

function toLines(items: Item[]): PdfLine[] {
  // Spaces are left out: the gaps between words say the same, and a space item at the end of a
  // table cell (LibreOffice writes them) would hide the wide gap that marks the next column.
  const sorted = items.filter((i) => i.str.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: Item[]; y: number; h: number }[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) <= Math.max(1.5, 0.4 * Math.max(line.h, item.h))) {
      line.items.push(item);
      line.h = Math.max(line.h, item.h);
    } else {
      lines.push({ items: [item], y: item.y, h: item.h });
    }
  }
  return lines
    .map((line) => {
      const parts = line.items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const part of parts) {
        const gap = part.x - end;
        if (text && gap > 0.15 * line.h && !/\s$/.test(text) && !/^\s/.test(part.str)) text += gap > 2 * line.h ? '    ' : ' ';
        text += part.str;
        end = part.x + part.w;
      }
      return { text: text.replace(/\s+$/, ''), y: line.y, h: line.h, left: parts[0].x, right: end };
    })
    .filter((l) => l.text.trim());
}

/**
 * A line that ends a sentence well before the column's right edge ends its paragraph, unless
 * the next line's first word would not have fitted in the space left (then the wrap broke it).
 */
function endsParagraph(line: PdfLine, right: number, next: PdfLine | undefined): boolean {
  if (!/[.!?:]["”)»]*$/.test(line.text) || line.right >= right - 2 * line.h) return false;
  const charWidth = (line.right - line.left) / Math.max(1, line.text.length);
  const nextWord = next ? (/^\S+/.exec(next.text.trim())?.[0].length ?? 0) : 0;
  return right - line.right > (nextWord + 2) * charWidth;
}

const stepsOf = (lines: PdfLine[]) =>
  lines
    .slice(1)
    .map((l, i) => lines[i].y - l.y)
    .filter((d) => d > 0);

/** Lines of one page, with '' where a paragraph gap stands or a paragraph ends; `usual`: the line spacing. */
function withGaps(lines: PdfLine[], right: number, usual: number): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0) {
      const step = lines[i - 1].y - line.y;
      if ((step > usual * 1.3 && step > line.h * 1.3) || endsParagraph(lines[i - 1], right, line)) out.push('');
    }
    out.push(line.text);
  });
  return out;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractResult> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js may take over the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false } as Parameters<
      typeof getDocumentProxy
    >[1]);
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      return {
        ok: false,
        message: 'PDF-filen er beskyttet med en adgangskode og kan ikke læses. Gem en udgave uden adgangskode, og prøv igen.',
      };
    }
    return {
      ok: false,
      message: 'PDF-filen er beskadiget og kan ikke læses. Prøv at gemme den som PDF igen, eller brug DOCX- eller TXT-filen.',
    };
  }
  // A year's minutes in one file: refused before a page is read, rather than half of it read in silence.
  if (pdf.numPages > MAX_PAGES)
    return {
      ok: false,
      message: `PDF-filen har ${pdf.numPages.toLocaleString('da-DK')} sider. Importen læser højst ${MAX_PAGES.toLocaleString('da-DK')} sider – del referatet op i et møde pr. fil.`,
    };
  try {
    const pages: PdfLine[][] = [];
    let characters = 0;
    const count = Math.min(pdf.numPages, MAX_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , d, x, y] = item.transform as number[];
        items.push({ str: item.str, x, y, w: item.width, h: Math.abs(item.height || d) || 10 });
        characters += item.str.replace(/\s/g, '').length;
      }
      page.cleanup();
      pages.push(pageLines(items, toLines));
    }
    if (characters < 20) {
      return {
        ok: false,
        message:
          'PDF-filen indeholder ingen tekst – den er formentlig scannet. Kør tekstgenkendelse (OCR) på filen, eller brug den oprindelige DOCX- eller TXT-fil.',
      };
    }
    // Fonts without a map to Unicode give letters no one can read.
    const sample = pages
      .flat()
      .map((l) => l.text)
      .join('')
      .replace(/\s/g, '')
      .slice(0, 20_000);
    const readable = sample.match(/[\p{Script=Latin}\d.,;:!?()'"«»“”’–-]/gu)?.length ?? 0;
    if (readable < 0.6 * sample.length) {
      return {
        ok: false,
        message:
          'PDF-filens tekst kan ikke læses – skrifttyperne i filen mangler oplysninger om tegnene. Gem referatet som PDF igen fra Word, eller brug DOCX- eller TXT-filen.',
      };
    }
    // The column's right edge: where most full lines end.
    const rights = pages
      .flat()
      .map((l) => l.right)
      .sort((a, b) => a - b);
    const right = rights[Math.floor(rights.length * 0.9)] ?? 0;
    // The line spacing inside paragraphs: the common small step (one-line paragraphs make larger ones common too).
    const usual = percentile(pages.flatMap(stepsOf), 0.2) || 12;
    const text = joinPages(
      pages.map((lines) => withGaps(lines, right, usual)),
      (p) => {
        const last = pages[p][pages[p].length - 1];
        return !!last && endsParagraph(last, right, pages.slice(p + 1).find((page) => page.length)?.[0]);
      },
    );
    return { ok: true, text, kind: 'pdf', pages: pdf.numPages };
  } catch {
    return {
      ok: false,
      message:
        'PDF-filen kunne ikke læses helt – den er formentlig beskadiget. Prøv at gemme den som PDF igen, eller brug DOCX- eller TXT-filen.',
    };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
