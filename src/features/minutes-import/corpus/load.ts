/*
 * The corpus: each TXT in files/ with its expected JSON, and the same minutes as DOCX and PDF
 * made from the TXT with the project's own writers (fixtures/docx.ts with the `docx` package,
 * fixtures/pdf.ts with pdfkit). Headings are the lines the expected JSON names as items, not
 * what the reader finds, so the DOCX and PDF do not flatter the reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block } from '../fixtures/blocks.ts';
import { makeDocx } from '../fixtures/docx.ts';
import { makePdf } from '../fixtures/pdf.ts';
import type { Expected, ExpectedItem } from './score.ts';

export const CORPUS_DIR = fileURLToPath(new URL('./files', import.meta.url));
export const FORMATS = ['txt', 'docx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

export type CorpusFile = { name: string; text: string; expected: Expected };

export function loadCorpus(): CorpusFile[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      return {
        name,
        text: readFileSync(join(CORPUS_DIR, f), 'utf8'),
        expected: JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.json`), 'utf8')) as Expected,
      };
    });
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^[•\-–]\s*/, '')
    .replace(/^(?:punkt|pkt\.?|ad|sag nr\.?)\s*/, '')
    .replace(/^\d{1,4}[a-z]?[.:)]?\s*/, '')
    .replace(/[\s.:;,–-]+$/, '')
    .trim();

/** The TXT as blocks: a paragraph per line, "- " (and "• ") lines as bullets, the expected items' title lines as headings. */
export function blocksOf(file: CorpusFile): Block[] {
  const titles = new Set<string>();
  const add = (items: ExpectedItem[]) =>
    items.forEach((i) => {
      titles.add(norm(i.title));
      add(i.items ?? []);
    });
  add(file.expected.items);
  const blocks: Block[] = [];
  file.text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (!t) return;
    if (i === 0 && t.length < 120) blocks.push({ kind: 'title', text: t });
    else if (/^- /.test(t)) blocks.push({ kind: 'bullet', text: t.slice(2) });
    else if (titles.has(norm(t)) && t.length < 200) blocks.push({ kind: 'heading', text: t });
    // The list glyphs web pages use ("• ", "̵ "): the PDF's fonts have no such glyph, its list does.
    else if (/^(?:•|\u0335) /.test(t)) blocks.push({ kind: 'bullet', text: t.replace(/^\S+ /, '') });
    else blocks.push({ kind: 'para', text: t });
  });
  return blocks;
}

/** The file's bytes in `format`. */
export async function bytesOf(file: CorpusFile, format: Format, index = 0): Promise<Uint8Array> {
  if (format === 'txt') return new TextEncoder().encode(file.text);
  const blocks = blocksOf(file);
  // Half the DOCX files with bold paragraphs as headings, as many people write them.
  if (format === 'docx') return makeDocx(blocks, { boldHeadings: index % 2 === 1 });
  return makePdf(blocks, { header: file.expected.title.slice(0, 80) });
}
