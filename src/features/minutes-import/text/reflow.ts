/*
 * Lines wrapped by a PDF, a converter or a typewriter-style TXT are joined back into
 * paragraphs; headings, list entries and bullets keep their own line. Works on any input: it
 * measures whether the text is hard-wrapped (many lines close to one width, not ending a
 * sentence) and whether it is "double spaced" (an empty line after every line).
 */
import { cleanText, stripEmphasis, type RawLine } from './clean.ts';
import { joinLabelLines } from './label-lines.ts';
import { splitRunOn } from './run-on.ts';
import { endsWithHyphen, joinHyphenated, Vocabulary } from '../extract/hyphenation.ts';
import { parseNumber, startsEnumeration } from '../structure/numbering.ts';
import { isPersonLine } from '../people/person-line.ts';

export type Line = {
  text: string;
  bullet: 0 | 1 | 2;
  heading: boolean;
  /** A paragraph break (blank line) stands before this line. */
  breakBefore: boolean;
};

const TERMINAL = /[.!?:;]["”'’)»]*$/;
/** Labels that start a line of their own ("Beslutning: …", "Ansvarlig: …"). */
const LABEL =
  /^(?:beslutning(?:er)?|konklusion|aftale|aftalt|ansvarlig|frist|deadline|handling|opfølgning|referent|fraværende|afbud|deltagere|bilag|næste møde|tid og sted|mødested|dato|sted)\s*:/i;

type Layout = { hardWrapped: boolean; width: number; maxWidth: number; doubleSpaced: boolean };

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0;
}

export function measureLayout(lines: RawLine[]): Layout {
  // Table rows ("a | b | c") are as wide as their columns, not the wrap: they say nothing about it.
  const text = lines.filter((l) => !l.blank && !l.text.includes(' | '));
  const widths = text
    .map((l) => l.width)
    .filter((w) => w >= 15)
    .sort((a, b) => a - b);
  const width = percentile(widths, 0.9);
  const long = text.filter((l) => l.width >= 0.75 * width);
  const overlong = text.filter((l) => l.width > 1.25 * width).length;
  const sentenceEnds = long.filter((l) => TERMINAL.test(l.text)).length;
  // Wrapped text goes on in lower case on the next line more often than not.
  let goesOn = 0;
  let cut = 0;
  text.forEach((line, i) => {
    if (line.width < 0.7 * width || TERMINAL.test(line.text) || !text[i + 1]) return;
    cut++;
    if (/^[\p{Ll}\d(]/u.test(text[i + 1].text)) goesOn++;
  });
  const hardWrapped =
    width >= 35 &&
    width <= 140 &&
    long.length >= 3 &&
    overlong <= 0.05 * text.length &&
    sentenceEnds < 0.5 * long.length &&
    goesOn >= 0.5 * cut;
  // Double spaced: lines cut by the wrap (long, no sentence end) are followed by an empty line.
  let wrapped = 0;
  let spaced = 0;
  lines.forEach((line, i) => {
    if (line.blank || line.width < 0.7 * width || TERMINAL.test(line.text) || i + 2 >= lines.length) return;
    wrapped++;
    if (lines[i + 1].blank === 'empty' && !lines[i + 2].blank) spaced++;
  });
  // … and most lines are.
  let single = 0;
  lines.forEach((line, i) => {
    if (!line.blank && lines[i + 1]?.blank === 'empty' && lines[i + 2] && !lines[i + 2].blank) single++;
  });
  const doubleSpaced = hardWrapped && wrapped >= 3 && spaced >= 0.5 * wrapped && single >= 0.55 * text.length;
  return { hardWrapped, width, maxWidth: percentile(widths, 0.98), doubleSpaced };
}

function startsLower(text: string, gap: number, layout: Layout): boolean {
  // "– og afsætte …": a dash in the sentence the wrap put first on the line (clean.ts kept it from being a bullet).
  if (/^(?:[–—]\s+)?[\p{Ll}(]/u.test(text)) return true;
  // "1.300 boliger" continues a wrapped line; "20/25312" (a case number) stands alone.
  return gap === 0 && layout.hardWrapped && /^\d/.test(text) && /\s/.test(text) && !startsEnumeration(text);
}

/** Words a heading does not end with, a wrapped line often does. */
const FUNCTION_WORD_END =
  /(?:^|\s)(?:på|i|til|af|og|at|en|et|de|der|som|med|for|om|fra|ved|er|har|den|det|eller|samt|men|hvis|når|så|hos|under|over|mellem|efter|inden|mod|vil|skal|kan|blev|var|sig|man|vores|deres|hvor|hvad|ikke|også)$/i;

/** Capitalised words that start sentences, not names. */
const SENTENCE_STARTER =
  /^(?:Der|Det|Den|De|Dette|Disse|Denne|I|Vi|Man|Han|Hun|Her|Som|Når|Hvis|Efter|Før|Under|Ved|Med|For|Fra|Til|På|Af|Om|Og|Men|Samt|Endvidere|Derudover|Desuden|Herunder|Herefter|Dermed|Derfor|Samtidig|Kommunen|Boligselskabet|Boligorganisationen|Tilsynet|Administrationen|Forvaltningen|Afdelingen|Bestyrelsen|Parterne|Mødet|Sagen|Punktet)\s/;

/** "4. Hvordan kommunen …": a numbered title (not "Ad 2: …" sections, "1) at der …" entries or prose). */
function isTitleLine(line: RawLine): boolean {
  const mark = !line.bullet && parseNumber(line.text);
  return !!mark && mark.kind !== 'ad' && /^\p{Lu}/u.test(mark.rest) && !/[.!?]\s+\p{Lu}/u.test(mark.rest);
}

const firstWord = (text: string) => /^\S+/.exec(text)?.[0].length ?? 0;

/** A short line without a sentence end that starts with a capital: a heading or a title. */
function headingLike(line: RawLine, layout: Layout): boolean {
  return !TERMINAL.test(line.text) && line.width < 0.6 * layout.width && /^[\p{Lu}"“]/u.test(line.text);
}

/**
 * Bullet glyphs lost in conversion (Word's "" become a space): after a line ending with ":",
 * indented lines that start with a capital are bullets, until a line that is neither such a
 * line nor the lowercase continuation of one.
 */
function recoverLostBullets(raw: RawLine[]): void {
  const text = raw.filter((l) => !l.blank);
  if (text.filter((l) => l.indent > 0 && l.bullet === 0).length > 0.2 * text.length) return;
  let inList = false;
  let previous: RawLine | null = null;
  for (const line of raw) {
    if (line.blank) continue;
    const lost = line.bullet === 0 && line.indent > 0 && line.indent < 8 && /^\p{Lu}/u.test(line.text);
    if (lost && (inList || (previous && /:\s*$/.test(previous.text)))) {
      line.bullet = 1;
      inList = true;
    } else if (!(inList && /^\p{Ll}/u.test(line.text) && line.bullet === 0)) {
      inList = false;
    }
    previous = line;
  }
}

/** "Gæster: …", "Roskilde Kommune: …", "Sagsnr.: …": a short label before a colon starts a line of its own. */
const SHORT_LABEL = /^\p{Lu}[\p{L}\d&/.-]*(?: [\p{L}\d&/.-]+){0,3}:\s/u;

/** "Beslutning i Teknisk Udvalg den 14. november 2022": the heading of a council's decision, never wrapped text. */
const DECISION_HEADING = /^[Bb]eslutning(?:er)?\s+(?:i\s+)?\p{Lu}.{0,80}\s(?:den|d\.)\s*\d/u;

function isListStart(line: RawLine): boolean {
  return (
    line.bullet > 0 ||
    line.heading ||
    startsEnumeration(line.text) ||
    LABEL.test(line.text) ||
    SHORT_LABEL.test(line.text) ||
    DECISION_HEADING.test(line.text)
  );
}

const unclosed = (text: string) => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;

/**
 * Decides whether `b` continues `a` (after `gap` blank lines, `spaces` if one held spaces);
 * `first`: `a` is the first line of its paragraph so far.
 */
function continues(a: RawLine, b: RawLine, gap: number, spaces: boolean, first: boolean, layout: Layout): boolean {
  // End-anchored tests look at the paragraph's end only: a run-on file's paragraph may be the whole file.
  const end = a.text.length > 300 ? a.text.slice(-300) : a.text;
  if (a.heading || isListStart(b)) return false;
  if (gap <= 1 && endsWithHyphen(end)) return true;
  // "… Gitte Poulsen (Randers" / "Kommune)": a parenthesis left open is closed on the next line.
  if (gap === 0 && unclosed(end) && /^[^()]{1,60}\)/.test(b.text)) return true;
  // One person a line ("Name, title" twice in a row): a list, however wide its entries.
  if (gap <= 1 && first && isPersonLine(a.text) && isPersonLine(b.text)) return false;
  const terminal = TERMINAL.test(end);
  // A lowercase word never starts a sentence: after "evt." or "bl.a." the line goes on.
  if (gap <= 1 && !/[:;!?]["”'’)»]*$/.test(end) && startsLower(b.text, gap, layout)) return true;
  // A line never ends on "i", "og" or "til": the wrap cut it, even where the text is too short to tell its width.
  if (gap === 0 && !a.bullet && FUNCTION_WORD_END.test(end) && a.text.split(/\s+/).length >= 4) return true;
  if (!layout.hardWrapped || /^\p{Ll}/u.test(b.text)) return false;
  // A line without a sentence end, then a new sentence ("… i boligområder" / "Der er behov …"): a heading.
  if (/[\p{L}\d)"”]$/u.test(end) && SENTENCE_STARTER.test(b.text) && !FUNCTION_WORD_END.test(end)) return false;
  // An item's title goes on only when it filled the line.
  if (isTitleLine(a)) return !terminal && a.width >= 0.9 * layout.width;
  // A sentence or a colon ends the line and a heading follows; or the line is a heading: the
  // next word would have fitted on it, so the break was not the wrap's.
  if ((terminal && headingLike(b, layout)) || /:\s*$/.test(end)) return false;
  if (
    first &&
    !a.bullet &&
    !terminal &&
    !FUNCTION_WORD_END.test(end) &&
    a.width <= 0.85 * layout.width &&
    (a.text.match(/,/g) ?? []).length < 2 &&
    a.width + 1 + firstWord(b.text) <= layout.maxWidth
  )
    return false;
  const paragraphBreak = layout.doubleSpaced ? gap >= 2 || spaces : gap >= 1;
  if (!paragraphBreak && a.width >= 0.7 * layout.width) return true;
  return gap <= 1 && !spaces && !terminal && a.width >= 0.8 * layout.width;
}

/** Logical lines of `text`: paragraphs joined, bullets and headings on their own line. */
export function toLines(text: string): Line[] {
  const raw = cleanText(splitRunOn(joinLabelLines(text)));
  recoverLostBullets(raw);
  const layout = measureLayout(raw);
  const vocabulary = new Vocabulary(raw.map((l) => l.text).join('\n'));
  const out: Line[] = [];
  let current: RawLine | null = null;
  let currentBreak = false;
  let first = true;
  let gap = 0;
  let spaces = false;
  // A paragraph's lines, joined at its end: a string grown line by line would be copied again at every line.
  let parts: string[] = [];
  const flush = () => {
    // Emphasis the wrap split ("*Vi udvikler … rum" / "og udfoldelsesmuligheder*") is whole only in the paragraph.
    const text = parts.join(' ');
    if (current)
      out.push({
        text: text.includes('*') ? stripEmphasis(text) : text,
        bullet: current.bullet,
        heading: current.heading,
        breakBefore: currentBreak,
      });
  };
  raw.forEach((line, index) => {
    if (line.blank) {
      gap++;
      if (line.blank === 'spaces') spaces = true;
      return;
    }
    // The line above "Sag nr. 342" / "Sagsnr. 24/012345" is its case's title, never wrapped text.
    const titled = CASE_NUMBER.test(raw.slice(index + 1, index + 3).find((l) => !l.blank)?.text ?? '');
    // Nor is "Sag nr. 130" itself: it never continues a long title wrapped above it.
    if (current && !titled && !CASE_NUMBER.test(line.text) && continues(current, line, gap, spaces, first, layout)) {
      first = false;
      const last = parts[parts.length - 1];
      if (endsWithHyphen(last)) parts[parts.length - 1] = joinHyphenated(last, line.text, vocabulary);
      else parts.push(line.text);
      // The joined line keeps the width of its last part, which decides the next join; its text is
      // its last two parts, all that the tests of a paragraph's end look at.
      current = {
        ...current,
        text: parts.length > 1 ? `${parts[parts.length - 2]} ${parts[parts.length - 1]}` : parts[0],
        width: line.width,
      };
    } else {
      flush();
      currentBreak = out.length > 0 && (layout.doubleSpaced ? gap >= 2 || spaces : gap >= 1);
      current = line;
      parts = [line.text];
      first = true;
    }
    gap = 0;
    spaces = false;
  });
  flush();
  // A PDF wraps a page's run-on text over many lines; joined again, it is taken apart as a TXT's is.
  if (!out.some((l) => l.text.length > RUN_ON_LENGTH)) return out;
  return out.flatMap((line) => {
    if (line.text.length <= RUN_ON_LENGTH) return [line];
    return splitRunOn(line.text)
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text, k) => ({ ...line, text, heading: line.heading && k === 0, breakBefore: k === 0 ? line.breakBefore : true }));
  });
}

const RUN_ON_LENGTH = 400;
const CASE_NUMBER = /^(?:sag\s*nr\.?|sagsnr\.?)\s*:?\s*\d/i;

/** Lines as item text: paragraphs separated by a blank line, bullets as "- " lines. */
export function renderLines(lines: Line[]): string {
  let out = '';
  lines.forEach((line, i) => {
    const prefix = line.bullet === 2 ? '  - ' : line.bullet === 1 ? '- ' : '';
    if (i > 0) {
      const prev = lines[i - 1];
      // Bullets and numbered entries are lists; "Ad 2: …" and "Punkt 3" sections are paragraphs.
      const kind = (l: Line) =>
        l.bullet > 0 ? 'bullet' : startsEnumeration(l.text) && !/^(?:ad|punkt|pkt)\b/i.test(l.text) ? 'entry' : null;
      const list = kind(line) !== null && (kind(line) === kind(prev) || !line.breakBefore || /:$/.test(prev.text));
      out += list ? '\n' : '\n\n';
    }
    out += prefix + line.text;
  });
  return out;
}
