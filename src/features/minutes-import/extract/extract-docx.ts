/*
 * DOCX text with mammoth. Word's automatic numbering and bullets are not text in the file, so
 * they are written in front of each list paragraph ("3. ", "a) ", "• ") before the HTML is
 * made: item numbers such as "1. Opfølgning …" survive. Numbers count per list level, as Word does.
 */
import { htmlToText } from './docx-html.ts';
import type { ExtractResult } from '../types.ts';

type DocElement = { type: string; value?: string; children?: DocElement[]; numbering?: { isOrdered: boolean; level: string } | null };

function firstText(element: DocElement): DocElement | null {
  if (element.type === 'text') return element;
  for (const child of element.children ?? []) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

function numberLists(document: DocElement): DocElement {
  const counters = new Map<object, { level: number; count: number }>();
  const visit = (element: DocElement) => {
    if (element.type === 'paragraph' && element.numbering) {
      const numbering = element.numbering;
      const level = Number(numbering.level) || 0;
      // A paragraph at a level restarts the deeper levels' counting.
      for (const [key, c] of counters) if (c.level > level) counters.delete(key);
      const counter = counters.get(numbering) ?? { level, count: 0 };
      counter.count++;
      counters.set(numbering, counter);
      const marker = numbering.isOrdered
        ? level === 1
          ? `${String.fromCharCode(96 + Math.min(counter.count, 26))}) `
          : `${counter.count}. `
        : level >= 1
          ? '◦ '
          : '• ';
      const text = firstText(element);
      if (text) {
        text.value = `${'  '.repeat(level)}${marker}${text.value ?? ''}`;
        element.numbering = null;
      }
    }
    for (const child of element.children ?? []) visit(child);
  };
  visit(document);
  return document;
}

export async function extractDocx(bytes: Uint8Array): Promise<ExtractResult> {
  const mammoth = (await import('mammoth')).default;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { value } = await mammoth.convertToHtml(
      { buffer },
      {
        transformDocument: numberLists,
        // Images are not read at all.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    const text = htmlToText(value);
    if (!text.trim()) return { ok: false, message: 'DOCX-filen indeholder ingen tekst.' };
    return { ok: true, text, kind: 'docx', pages: null };
  } catch {
    return {
      ok: false,
      message: 'DOCX-filen er beskadiget eller ufuldstændig og kan ikke læses. Prøv at gemme den igen i Word, eller brug en PDF-udgave.',
    };
  }
}
