/*
 * First pass over extracted text, line by line: one kind of newline and space, markup left by
 * converters (HTML tags, Markdown emphasis and tables), tables of contents with dotted leaders,
 * page numbers ("Side 3 af 12", "- 3 -") and bullet glyphs, which become a level.
 */

import { isWebChrome } from './label-lines.ts';

export type RawLine = {
  /** Trimmed text without its bullet glyph. */
  text: string;
  /** 0: not a bullet; 1: a bullet; 2: a nested bullet ("o", "▪", indented). */
  bullet: 0 | 1 | 2;
  /** Marked as a heading by the markup ("# Title", a DOCX heading). */
  heading: boolean;
  /** An empty line; `spaces` when it held only spaces (some converters mark paragraph ends so). */
  blank: false | 'empty' | 'spaces';
  /** Length of the line as it stood, with its glyph, for telling wrapped text from paragraphs. */
  width: number;
  /** Leading spaces. */
  indent: number;
};

/** Ligatures PDFs made by Word often hold ("ﬁnansiering"). */
const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

const BLOCK_TAGS = /<\/?(?:p|div|br|li|ol|ul|tr|table|h[1-6]|blockquote|section)\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function stripHtml(text: string): string {
  if (!/<\/?(?:p|br|li|ol|ul|div|span|i|b|u|strong|em|td|tr|table|h[1-6])\b[^<>]*>/i.test(text)) return text;
  return text
    .replace(BLOCK_TAGS, '\n')
    .replace(/<\/?t[dh]\b[^<>]*>/gi, ' ')
    .replace(ANY_TAG, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** Markdown emphasis ("**Vi udvikler**", "*bystrategisk sigte*"), kept as plain words. */
export function stripEmphasis(line: string): string {
  return line.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2').replace(/(?<![\p{L}\d*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\d*])/gu, '$1');
}

/** Dotted leaders or a tab before a page number: a line of a table of contents. */
const TOC_LEADER = /(?:\.{4,}|…{2,}|(?:\. ){3,}|_{4,})\s*\d{1,4}\s*$/;
const TOC_TAB = /\S\t+\s*\d{1,4}\s*$/;
const TOC_SPACED = /\S(?:\t+| {2,})\d{1,3}$/;
const TOC_NUMBERED = /^\d{1,2}(?:\.\d{1,2}|\.?[a-z])?[.)]?\s+\S/;
const TOC_HEADING = /^(?:indholdsfortegnelse|indhold|dagsordensoversigt)\s*:?$/i;

const PAGE_NUMBER = [
  /^(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:af|\/|of|ud af)\s*\d{1,4})?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^\[?\s*\d{1,4}\s*\/\s*\d{1,4}\s*\]?$/,
];

/** A page number on a line of its own ("Side 3 af 12", "- 3 -", "3/12" with 3 ≤ 12 ≤ 999). */
export function isPageNumberLine(text: string): boolean {
  const t = text.trim();
  if (!PAGE_NUMBER.some((re) => re.test(t))) return false;
  const slash = /^\[?\s*(\d+)\s*\/\s*(\d+)/.exec(t);
  return !slash || (+slash[1] <= +slash[2] && +slash[2] < 1000 && +slash[1] > 0);
}

/** A list marker with nothing before it: the gap after it is no column. */
const MARKER_ONLY = /^\s*(?:\d{1,2}[.)]?|[a-zA-Z][.)]|[-–•o▪*\uf0b7\uf0a7]|punkt \d+[.:]?|pkt\.? ?\d+[.:]?)$/i;

const NESTED_GLYPHS = 'o◦○▪■□\uf0a7\uf0a8';
// \u0335: the stroke some web pages put before a list's entries ("̵ Standerhejsning i Roskilde Roklub").
const GLYPHS = '-–—•●▪■◦○·►▶▷➢➤✓✔*o\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf0e8\uf02d\u2022\u2043\u2219\u0335';
const BULLET = new RegExp(`^([${GLYPHS.replace(/[-\]\\^]/g, '\\$&')}])(?:[ \\t\\u00a0]+|(?=[▶►➢]))`, 'u');

function bulletOf(line: string, indent: number): { level: 0 | 1 | 2; rest: string } {
  let rest = line.trim();
  const m = BULLET.exec(rest);
  if (!m) return { level: 0, rest };
  // "o" is a nested bullet only before a word ("o Lejerbo …"), not the Danish letter in a sentence.
  if (m[1] === 'o' && !/^o[ \t]+\S/.test(rest)) return { level: 0, rest };
  rest = rest.slice(m[0].length).trim();
  const again = BULLET.exec(rest); // "- ▶ Status …"
  if (again && again[1] !== 'o' && again[1] !== '-') rest = rest.slice(again[0].length).trim();
  const nested = NESTED_GLYPHS.includes(m[1]) || indent >= 3;
  return { level: nested ? 2 : 1, rest };
}

export function cleanText(input: string): RawLine[] {
  let text = input
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u00a0\u2007\u202f\u2009\u200a]/g, ' ')
    // Alternation, not a class: a class holding the zero-width joiner reads as one joined character.
    .replace(/\u200b|\u200c|\u200d|\ufeff|\u2060/g, '')
    .replace(/\u00ad(?=\p{L})/gu, '')
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c);
  text = stripHtml(text)
    // "Indholdsfortegnelse1. Fraværende": a web page's heading glued to its first entry.
    .replace(/(Indholdsfortegnelse|Indhold|Dagsorden)(?=\d{1,3}\.\s)/g, '$1\n');
  // Bullets run into one line ("… redskaber• Rammerne …"): one line each.
  const lines = text.split('\n').flatMap((line) => {
    const parts = line.split(/\s*[•\uf0b7●]\s*/);
    if (parts.length < 3 && !(parts.length === 2 && parts[0].trim())) return [line];
    return parts.map((p, i) => (i === 0 ? p : `• ${p}`)).filter((p) => p.trim() && p.trim() !== '•');
  });

  // Tables of contents: dotted leaders always, a tab before a number only in a run of such lines.
  const toc = lines.map((l) => TOC_LEADER.test(l));
  lines.forEach((l, i) => {
    if (TOC_TAB.test(l) && [i - 2, i - 1, i + 1, i + 2].some((j) => j >= 0 && j < lines.length && (TOC_TAB.test(lines[j]) || toc[j])))
      toc[i] = true;
  });
  // A PDF's table of contents: the gap before the page number is spaces ("1. Godkendelse    2"), and a
  // long title runs on to a line of its own. Only right after an "Indhold" heading, so a table with
  // numbers in its last column is not taken for one.
  lines.forEach((l, i) => {
    if (!TOC_HEADING.test(l.trim())) return;
    const entries: number[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j].trim();
      if (!t && !entries.length) continue;
      if (TOC_SPACED.test(t) || (TOC_NUMBERED.test(t) && /\s\d{1,3}$/.test(t))) entries.push(j);
      else if (t && !TOC_NUMBERED.test(t) && !/[.!?:]$/.test(t) && j + 1 < lines.length && TOC_SPACED.test(lines[j + 1].trim()))
        entries.push(j);
      else break;
    }
    if (entries.length < 2) return;
    toc[i] = true;
    for (const j of entries) toc[j] = true;
  });
  lines.forEach((l, i) => {
    if (!TOC_HEADING.test(l.trim())) return;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++)
      if (toc[j]) {
        toc[i] = true;
        break;
      }
  });

  const out: RawLine[] = [];
  lines.forEach((line, i) => {
    if (toc[i] || isWebChrome(line)) return;
    if (!line.trim()) {
      out.push({ text: '', bullet: 0, heading: false, blank: line.length > 0 ? 'spaces' : 'empty', width: 0, indent: 0 });
      return;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(?:[|\t]\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) || isPageNumberLine(line)) return;
    // Columns (a wide gap in a PDF line, tabs in a TXT export) become cells: "Lena Andersen | formand".
    let body = line
      .trimEnd()
      .replace(/(\S)(?: {3,}|\t[\t ]*)(?=\S)/g, (m, c: string, offset: number, all: string) =>
        MARKER_ONLY.test(all.slice(0, offset + 1)) ? `${c} ` : `${c} | `,
      )
      .replace(/\t/g, ' ');
    let heading = false;
    const h = /^\s*#{1,6}\s+(.*)$/.exec(body);
    if (h) {
      heading = true;
      body = h[1];
    }
    // Markdown table rows: cells kept, borders dropped.
    if (/^\s*\||\|\s*$/.test(body))
      body = body
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean)
        .join(' | ');
    // "R e f e r a t": letters spaced out for emphasis are one word.
    if (/^(?:\p{L} ){3,}\p{L}$/u.test(body.trim())) body = body.replace(/ /g, '');
    body = stripEmphasis(body)
      .replace(/[ ]{2,}/g, ' ')
      .replace(/\s+$/, '');
    const indent = /^ */.exec(line.replace(/\t/g, '    '))![0].length;
    let { level, rest } = bulletOf(body, indent);
    // "… for den kommende periode" / "– og afsætte en budgetramme": a wrap before a dash in a
    // sentence, not a bullet. A conjunction never starts a list entry.
    const previous = out[out.length - 1];
    if (
      level &&
      /^[–—]/.test(body.trim()) &&
      /^(?:og|men|eller|samt|hvilket|dog)\s/.test(rest) &&
      previous &&
      !previous.blank &&
      !/[.!?:;]["”'’)»]*$/.test(previous.text)
    ) {
      level = 0;
      rest = body.trim();
    }
    if (!rest || /^[-–—•*|\s]*$/.test(rest)) return;
    out.push({ text: rest, bullet: level, heading, blank: false, width: line.trim().length, indent });
  });
  return out;
}
