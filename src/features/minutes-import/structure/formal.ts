/*
 * A council's minutes (seed 002) print each item as a formal case: a case number, "Sagen afgøres
 * i:" with the deciding body, the sections Indledning … Indstilling, then the decisions and the
 * absent members. The reader finds them in an item's text, so the import can save a formal item
 * that looks like one made here.
 */
import type { FormalSections, SectionKey } from '../types.ts';

/** How long each part may be where it is saved: a part over its limit was not read right, and the text stays minutes. */
export type FormalLimits = { caseNumber: number; decidingBody: number; absent: number; section: number };
const NO_LIMITS: FormalLimits = { caseNumber: Infinity, decidingBody: Infinity, absent: Infinity, section: Infinity };

export type FormalParts = {
  caseNumber: string | null;
  decidingBody: string | null;
  sections: FormalSections;
  absent: string[];
  notes: string;
};

// Headings as councils write them; the vision section's name varies ("… og tværgående politikker").
const HEADINGS: [RegExp, SectionKey][] = [
  [/^indledning$/i, 'indledning'],
  [/^retsgrundlag$/i, 'retsgrundlag'],
  [/^relation til (?:vision|politikker)/i, 'relation'],
  [/^sagsfremstilling$/i, 'sagsfremstilling'],
  // "Økonomi/Personaleforhold", "Kommunikation/Høring/Borgerinddragelse", "Økonomi og finansiering"
  [/^økonomi(?:$|\s*\/|\s+og\s)/i, 'oekonomi'],
  [/^(?:kommunikation|høring)(?:$|\s*\/|\s+og\s)/i, 'kommunikation'],
  [/^(?:administrationens\s+)?indstilling$/i, 'indstilling'],
];
const DECIDING_BODY = /^sagen afgøres i:?\s*(.*)$/i;
// "20/25312", "21/4954", and KLE-style journal numbers "27.00.00-A00-1-21".
const CASE_NUMBER = /^(?:sagsnr\.?:?\s*)?(\d{2}\/\d{1,7}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2})$/i;
// The decisions end the case; what follows is minutes, kept as the item's notes.
const DECISIONS = /^(?:beslutning(?:er)?|udvalgets beslutning|byrådets beslutning)\b/i;
const ABSENT = /^(?:fraværende|afbud)\s*:?\s*(.*)$/i;
const ATTACHMENTS = /^bilag\s*:?$/i;

// A heading is a short line of its own; "Økonomien er …" in running text is not one.
const sectionOf = (line: string): SectionKey | null => (line.length > 60 ? null : (HEADINGS.find(([re]) => re.test(line))?.[1] ?? null));

/** The formal parts of an item's text, or null when the text is not a formal case. */
export function formalPartsOf(text: string, limits: FormalLimits = NO_LIMITS): FormalParts | null {
  const lines = text.split('\n');
  const trimmed = lines.map((l) => l.trim());
  const headings = new Set(trimmed.map(sectionOf).filter((k) => k !== null));
  const hasBody = trimmed.some((l) => DECIDING_BODY.test(l));
  // Ordinary minutes may have a line "Økonomi"; a case has the deciding body or its core sections.
  if (!hasBody && !(headings.size >= 2 && (headings.has('indstilling') || headings.has('sagsfremstilling') || headings.has('indledning'))))
    return null;

  let caseNumber: string | null = null;
  let decidingBody: string | null = null;
  const sections: Record<string, string[]> = {};
  const absent: string[] = [];
  const notes: string[] = [];
  let current: string[] | null = null; // lines of the section being read; null before the first and after the decisions
  let afterDecisions = false;
  let readingAbsent = false;
  let wantBody = false;

  for (let i = 0; i < lines.length; i++) {
    const line = trimmed[i];
    if (wantBody) {
      if (!line) continue;
      decidingBody = line;
      wantBody = false;
      continue;
    }
    if (readingAbsent) {
      if (!line) continue;
      if (DECISIONS.test(line) || ATTACHMENTS.test(line) || sectionOf(line)) readingAbsent = false;
      else {
        absent.push(line);
        continue;
      }
    }
    const absentMatch = ABSENT.exec(line);
    if (absentMatch) {
      if (absentMatch[1]) absent.push(...absentMatch[1].split(/\s*,\s*/).filter(Boolean));
      else readingAbsent = true;
      continue;
    }
    if (!afterDecisions) {
      const cn: RegExpExecArray | null = caseNumber === null && current === null ? CASE_NUMBER.exec(line) : null;
      if (cn) {
        caseNumber = cn[1];
        continue;
      }
      const body = DECIDING_BODY.exec(line);
      if (body && decidingBody === null) {
        if (body[1]) decidingBody = body[1];
        else wantBody = true;
        continue;
      }
      const key = sectionOf(line);
      if (key) {
        current = sections[key] ??= [];
        continue;
      }
      if (DECISIONS.test(line)) {
        afterDecisions = true;
        current = null;
        notes.push(lines[i]);
        continue;
      }
      if (current) {
        current.push(lines[i]);
        continue;
      }
    }
    notes.push(lines[i]);
  }

  const tidy = (ls: string[]) =>
    ls
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const out: FormalSections = {};
  for (const [key, ls] of Object.entries(sections)) {
    const t = tidy(ls);
    if (t) out[key as SectionKey] = t;
  }
  // Parts longer than the item form allows were not read right (or could never be edited): the
  // text stays as it was, as minutes.
  const tooLong =
    (caseNumber?.length ?? 0) > limits.caseNumber ||
    (decidingBody?.length ?? 0) > limits.decidingBody ||
    absent.join(', ').length > limits.absent ||
    Object.values(out).some((t) => t.length > limits.section);
  return tooLong ? null : { caseNumber, decidingBody, sections: out, absent, notes: tidy(notes) };
}
