/**
 * Fonts for the meeting PDF, and text made drawable in them. pdfkit is only a type here.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Doc = PDFKit.PDFDocument;

/**
 * IBM Plex Sans, the typeface of the design system (DKFDS), from the dkfds package we already
 * depend on: the PDF looks like the pages and does not depend on the machine's fonts. Embedded as
 * a subset. Should the files be missing, a system TrueType sans (Debian's fonts-liberation or
 * fonts-dejavu), and last pdfkit's built-in Helvetica, whose WinAnsi encoding still covers æøå,
 * é, – and “ ” (other characters are replaced, see `winAnsi`).
 */
const PLEX = join(dirname(dirname(createRequire(import.meta.url).resolve('dkfds'))), 'fonts/IBMPlexSans/complete/ttf');
const FONT_CANDIDATES = [
  [join(PLEX, 'IBMPlexSans-Regular.ttf'), join(PLEX, 'IBMPlexSans-Bold.ttf'), join(PLEX, 'IBMPlexSans-Italic.ttf')],
  [
    '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
    '/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf',
  ],
  [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
  ],
];

/** The font's names in the document and which characters it can draw. */
export type Fonts = { regular: string; bold: string; italic: string; has: (codePoint: number) => boolean };

// The characters above 0xFF that pdfkit's standard fonts can encode (its WIN_ANSI_MAP).
const WIN_ANSI_EXTRA = new Set([...'ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠšŸŽž˜'].map((c) => c.codePointAt(0)!));
const winAnsiHas = (cp: number) => cp <= 0xff || WIN_ANSI_EXTRA.has(cp);

type OpenFont = (path: string) => { hasGlyphForCodePoint(cp: number): boolean };

/** Registers the first complete set of candidates; `openFont` (fontkit) tells which characters it has. */
export function loadFonts(doc: Doc, openFont: OpenFont, candidates: string[][] = FONT_CANDIDATES): Fonts {
  const files = candidates.find((set) => set.every((f) => existsSync(f)));
  if (!files) return { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', has: winAnsiHas };
  doc.registerFont('Body', files[0]).registerFont('Body-Bold', files[1]).registerFont('Body-Italic', files[2]);
  const font = openFont(files[0]);
  const known = new Map<number, boolean>();
  const has = (cp: number) => {
    let yes = known.get(cp);
    if (yes === undefined) known.set(cp, (yes = font.hasGlyphForCodePoint(cp)));
    return yes;
  };
  return { regular: 'Body', bold: 'Body-Bold', italic: 'Body-Italic', has };
}

const REPLACEMENTS: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u200b': '',
};

/**
 * A break opportunity every 30 characters inside a run of 40 or more without a space (a long URL,
 * a pasted hash): pdfkit wraps an unbreakable word by trying ever shorter prefixes, which costs
 * time that grows with the square of its length (50,000 characters took a minute and gigabytes).
 * Unicode fonts get an invisible zero-width space; WinAnsi has none, so a space.
 */
export function breakLongWords(text: string, mark: string): string {
  return text.replace(/\S{40,}/g, (run) => run.replace(/(.{30})(?=.)/gu, `$1${mark}`));
}

/**
 * Text the font can draw: pdfkit would write a character the font lacks as garbage (standard
 * fonts) or as an empty box (TrueType: an emoji, say). Such a character becomes a near
 * equivalent, its letter without the accent ("ő" → "o"), or "?".
 */
export function drawable(text: string, has: (cp: number) => boolean): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || has(cp)) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base.length === 1 && has(base.codePointAt(0)!) ? base : '?';
    }
  }
  return out;
}

/** Text pdfkit's standard (WinAnsi) fonts can draw. */
export const winAnsi = (text: string) => drawable(text, winAnsiHas);
