/*
 * Item numbers at the start of a line: "1.", "1)", "2 a.", "2a)", "1.a", "2.1", "a)",
 * "Punkt 3", "Punkt 3:", "Pkt. 5", "Ad 4", "Dagsordenspunkt 2".
 */
import { MONTH_PATTERN } from '../text/dates.ts';

export type NumberKind = 'punkt' | 'ad' | 'plain' | 'sub' | 'decimal' | 'letter';

export type NumberMark = {
  kind: NumberKind;
  /** The number as written without punctuation: "3", "2a", "2.1", "a". */
  number: string;
  /** The main number (3 for "3", "3a", "3.1"); null for a bare letter. */
  major: number | null;
  /** The letter or second number ("a" in "2a", "1" in "2.1"); null for a whole number. */
  minor: string | null;
  /** The text after the number. */
  rest: string;
};

const PUNKT = /^(?:dagsordens?punkt|punkt|pkt\.?)\s*(\d{1,3})(?:\s*([a-zæøå])(?![\p{L}]))?\s*[:.)–-]?\s*(.*)$/iu;
const AD = /^ad\.?\s*(?:pkt\.?|punkt)?\s*(\d{1,3})([a-z])?\s*(?:[:.)](?!\d)|(?=\s+\p{Lu})|$)\s*(.*)$/iu;
const SUB = /^(\d{1,2})\s*\.?\s*([a-zæøå])\s*[.)]\s*(\S.*)?$/u;
const SUB_SPACE = /^(\d{1,2})(?:\.([a-zæøå])\.?|([a-zæøå]))\s+(\p{Lu}.*)$/u;
const DECIMAL = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/;
const PLAIN = /^(\d{1,3})(?:\s*([.)])(?:\s+(\S.*))?|\s*(\|)\s*(\S.*))$/;
const BARE = /^(\d{1,2})\s+(\p{Lu}\p{Ll}.*)$/u;
const LETTER = /^([a-zæøå])\s*[.)]\s+(\S.*)$/u;
const MONTH_START = new RegExp(`^(?:${MONTH_PATTERN})\\b`, 'i');

/** The item number at the start of `text`, or null. */
export function parseNumber(text: string): NumberMark | null {
  const t = text.trim();
  let m = PUNKT.exec(t);
  if (m)
    return {
      kind: 'punkt',
      number: m[1] + (m[2] ?? '').toLowerCase(),
      major: +m[1],
      minor: m[2]?.toLowerCase() ?? null,
      rest: m[3].trim(),
    };
  m = AD.exec(t);
  if (m) return { kind: 'ad', number: m[1] + (m[2] ?? ''), major: +m[1], minor: m[2] ?? null, rest: m[3].trim() };
  m = DECIMAL.exec(t);
  if (m && !/^\d/.test(m[3]))
    return { kind: 'decimal', number: `${+m[1]}.${+m[2]}`, major: +m[1], minor: String(+m[2]), rest: m[3].trim() };
  m = SUB.exec(t);
  const s = SUB_SPACE.exec(t);
  if (!m && s) m = [s[0], s[1], s[2] ?? s[3], s[4]] as unknown as RegExpExecArray;
  if (m) return { kind: 'sub', number: `${+m[1]}${m[2]}`, major: +m[1], minor: m[2], rest: (m[3] ?? '').trim() };
  // "1. Title", "1) Title", and a table row "1 | Title | text".
  m = PLAIN.exec(t);
  const rest = (m?.[3] ?? m?.[5] ?? '').trim();
  // Councils number their cases through the year ("183. Fraværende"): a number past 60 only before a title.
  const title = m && +m[1] > 60 ? /^\p{Lu}/u.test(rest) && rest.length <= 200 && !/^(?:punkt|pkt|side|stk)\b/i.test(rest) : true;
  if (m && !MONTH_START.test(rest) && title) return { kind: 'plain', number: String(+m[1]), major: +m[1], minor: null, rest };
  // "2 Status for afdelingerne": a number and a short capitalised title, as Word numbers headings.
  m = BARE.exec(t);
  if (m && t.length <= 80 && !/[.,;]$/.test(t) && !MONTH_START.test(m[2]))
    return { kind: 'plain', number: String(+m[1]), major: +m[1], minor: null, rest: m[2].trim() };
  m = LETTER.exec(t);
  if (m) return { kind: 'letter', number: m[1], major: null, minor: m[1], rest: m[2].trim() };
  return null;
}

/** A line that starts a numbered entry (an item or a list entry), so is not joined to the line before. */
export function startsEnumeration(text: string): boolean {
  const mark = parseNumber(text);
  if (!mark) return false;
  // "1) at der …" and "a) …" start list entries too; a bare "1." needs something after it or nothing at all.
  return mark.kind !== 'ad' || mark.rest.length > 0;
}
