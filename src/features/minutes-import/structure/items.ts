/*
 * Where the items are: numbered ("Punkt 3:", "1.", "Ad 4"), chosen as the longest run of
 * consecutive numbers whose entries have text between them (a list of five lines inside an
 * item, or the agenda at the top, is not the run); sub-items ("2a", "2.1", "a)") inside them;
 * or, without numbers, short heading lines followed by text.
 */
import type { Line } from '../text/reflow.ts';
import { parseNumber, type NumberMark } from './numbering.ts';

export type Segment = {
  number: string | null;
  title: string;
  /** Index of the item's first line (its title line). */
  start: number;
  /** Index of the first line of its text. */
  body: number;
  /** Index after its last line. */
  end: number;
  children: Segment[];
};

type Candidate = { index: number; mark: NumberMark };

const TERMINAL = /[.!?;,]["”)»]*$/;
/** Agenda titles that are items even with no text under them. */
const AGENDA_TITLES = /^(?:eventuelt|evt\.|næste møde|godkendelse af (?:dagsorden|referat)|afslutning)$/i;
/** Lines that are the document's title, not an item. */
export const TITLE_LINE =
  /^(?:(?:møde|beslutnings|besluttende\s+)?referat|dagsorden og referat|styringsdialog(?:møde)?|beslutningsprotokol)\b/i;

function isProse(line: Line | undefined): boolean {
  return !!line && (line.bullet > 0 || line.text.split(/\s+/).length >= 6);
}

function candidates(lines: Line[], kinds: NumberMark['kind'][]): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((line, index) => {
    const mark = parseNumber(line.text);
    // "• 159. Godkendelse af dagsorden": a case number behind a bullet is still an item.
    if (line.bullet && !(mark && mark.kind !== 'letter' && mark.major! > 9 && /^\p{Lu}/u.test(mark.rest) && line.text.length <= 200))
      return;
    if (mark && kinds.includes(mark.kind) && (mark.major !== null || mark.kind === 'letter')) out.push({ index, mark });
  });
  return out;
}

/** The best run of consecutive numbers (gaps of up to two allowed), by how item-like each entry is. */
function bestChain(lines: Line[], list: Candidate[]): Candidate[] {
  return scoredChain(lines, list).chain;
}

function scoredChain(lines: Line[], list: Candidate[]): { chain: Candidate[]; total: number } {
  const listed = new Set(list.map((c) => c.index));
  const score = (c: Candidate) => {
    const next = lines[c.index + 1];
    let s = 1;
    // "Punkt 2:" over "Vedtaget.": a decision's label, not an item with its title.
    if (!c.mark.rest && next && /[.!?]$/.test(next.text)) s -= 1;
    // A table row "1 | Title | text" carries its text along.
    const ownText = /\s\|\s/.test(c.mark.rest);
    if (ownText || (next && !listed.has(c.index + 1) && !parseNumber(next.text))) s += 1;
    if (c.index === 0 || lines[c.index].breakBefore) s += 0.5;
    if (listed.has(c.index - 1) && !lines[c.index].breakBefore && !ownText) s -= 1;
    if (c.mark.rest.length > 150 || /[.;]$/.test(c.mark.rest)) s -= 0.5;
    return s;
  };
  const best: number[] = [];
  const previous: number[] = [];
  list.forEach((c, i) => {
    best[i] = score(c) - (c.mark.major! > 1 ? 0.5 : 0);
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      const step = c.mark.major! - list[j].mark.major!;
      if (step < 1 || step > 3) continue;
      const total = best[j] + score(c) - 0.75 * (step - 1);
      if (total > best[i]) {
        best[i] = total;
        previous[i] = j;
      }
    }
  });
  let end = -1;
  best.forEach((b, i) => {
    if (end < 0 || b > best[end]) end = i;
  });
  const chain: Candidate[] = [];
  for (let i = end; i >= 0; i = previous[i]) chain.unshift(list[i]);
  return { chain, total: end < 0 ? 0 : best[end] };
}

function titleOf(lines: Line[], c: Candidate, agenda: Candidate[] = []): { title: string; body: number } {
  let title = c.mark.rest;
  let body = c.index + 1;
  // "Ad 1" alone on its line: the title is the agenda's entry with that number.
  const listed = !title && agenda.find((a) => a.mark.number === c.mark.number);
  if (listed) return { title: listed.mark.rest, body };
  // "1." on its own line, the title on the next.
  const next = lines[body];
  // Not a sentence, though: "Ad 1" over "Birgitte Holm bød velkommen." has its title in the agenda.
  const sentence = next && /[.!?]$/.test(next.text) && next.text.split(/\s+/).length >= 6;
  if (!title && next && !next.bullet && next.text.length <= 150 && !parseNumber(next.text) && !sentence) {
    title = next.text;
    body++;
  }
  return { title, body };
}

function segments(lines: Line[], chosen: Candidate[], end: number, agenda: Candidate[] = []): Segment[] {
  return chosen.map((c, i) => {
    const { title, body } = titleOf(lines, c, agenda);
    return { number: c.mark.number, title, start: c.index, body, end: i + 1 < chosen.length ? chosen[i + 1].index : end, children: [] };
  });
}

/** Sub-items inside `parent`: "2a"/"2.1" under item 2, or a run "a)", "b)" with text between. */
function subItems(lines: Line[], parent: Segment, major: number | null): Segment[] {
  const inside = (c: Candidate) => c.index >= parent.body && c.index < parent.end;
  const all = candidates(lines, ['sub', 'decimal', 'letter']).filter(inside);
  let chosen = all.filter((c) => c.mark.kind !== 'letter' && c.mark.major === major);
  if (!chosen.length) {
    const letters = all.filter((c) => c.mark.kind === 'letter');
    const run: Candidate[] = [];
    for (const c of letters) {
      const expected = String.fromCharCode(97 + run.length);
      if (c.mark.minor === expected && (run.length === 0 || c.index > run[run.length - 1].index + 1)) run.push(c);
    }
    const spaced = run.every((c, i) => (i + 1 < run.length ? run[i + 1].index : parent.end) > c.index + 1);
    if (run.length >= 2 && spaced) chosen = run;
  }
  return segments(lines, chosen, parent.end);
}

/** Numbered items, or null when the document does not number them. */
/** A numbered agenda: "1.", "2.", … on consecutive lines with no text between them. */
function agendaRun(list: Candidate[]): Candidate[] {
  const start = list.findIndex((c) => c.mark.major === 1);
  if (start < 0) return [];
  const run = [list[start]];
  for (const c of list.slice(start + 1)) {
    const last = run[run.length - 1];
    if (c.index !== last.index + 1 || c.mark.major !== last.mark.major! + 1) break;
    run.push(c);
  }
  return run.length >= 2 ? run : [];
}

function isNumberedTitle(line: Line): boolean {
  const mark = parseNumber(line.text);
  return !!mark && mark.kind !== 'letter' && /^\p{Lu}/u.test(mark.rest);
}

const CASE_LINE = /^(?:sag\s*nr\.?|sagsnr\.?)\s*:?\s*(\d[\d/.-]*)\s*$/i;

/**
 * Cases with their title on the line before "Sag nr. 162" or "Sagsnr. 24/012345" (Rødovre,
 * Aarhus): the title line starts the item; a plain number is its number, a file number is not.
 */
export function findCaseItems(lines: Line[]): Segment[] | null {
  const starts: { start: number; number: string | null }[] = [];
  lines.forEach((line, i) => {
    const m = CASE_LINE.exec(line.text);
    const title = lines[i - 1];
    if (!m || !title || title.bullet || title.text.length > 200 || /[.:]$/.test(title.text) || CASE_LINE.test(title.text)) return;
    // "1. Godkendelse af dagsorden" / "Åben sag" / "Sagsnr.: 15/23310": a numbered item's case line.
    if ([i - 1, i - 2, i - 3].some((j) => j >= 0 && isNumberedTitle(lines[j]))) return;
    starts.push({ start: i - 1, number: /^\d{1,4}$/.test(m[1]) ? m[1] : null });
  });
  if (starts.length < 2) return null;
  return starts.map((s, k) => ({
    number: s.number,
    title: lines[s.start].text,
    start: s.start,
    body: s.start + 1,
    end: k + 1 < starts.length ? starts[k + 1].start : lines.length,
    children: [],
  }));
}

export function findNumberedItems(lines: Line[]): Segment[] | null {
  const cases = findCaseItems(lines);
  if (cases) return cases;
  // The agenda at the top numbered "1.", the minutes below it "Ad 1", "Ad 2": the minutes are the items.
  let agenda: Candidate[] = [];
  const run = agendaRun(candidates(lines, ['plain']));
  if (run.length) {
    const after = candidates(lines, ['ad']).filter((c) => c.index > run[run.length - 1].index);
    if (after.length >= 2 && bestChain(lines, after).length >= 2) agenda = run;
  }
  // The first kind of number with a run is the items' — unless its numbers only label decisions
  // ("Punkt 2:" over "Vedtaget." under each case of Ballerup's minutes).
  let chosen: { kinds: NumberMark['kind'][] } | null = null;
  for (const kinds of KINDS) {
    if (kinds[0] === 'plain' && agenda.length) continue;
    const list = candidates(lines, kinds);
    if (!list.length) continue;
    const { chain } = scoredChain(lines, list);
    if (chain.length < 2 && !oneItem(kinds, chain, list)) continue;
    const labels = chain.filter((c) => !c.mark.rest && /[.!?]$/.test(lines[c.index + 1]?.text ?? '')).length;
    if (kinds[0] === 'punkt' && labels > chain.length / 2) continue;
    // "2. Anden budgetopfølgning …" … "Punkt 2: Godkendt.": each "Punkt" under the plain number it repeats labels its decision.
    if (kinds[0] === 'punkt' && repeatsPlain(lines, chain)) continue;
    chosen = { kinds };
    break;
  }
  return chosen ? numberedOf(lines, chosen.kinds, agenda) : null;
}

const KINDS: NumberMark['kind'][][] = [['punkt'], ['plain'], ['ad']];

/**
 * One item is items enough for "Punkt 1:", and for a "1." that is the only number of its kind in
 * the file (minutes of one item, or the first page of a longer set).
 */
function oneItem(kinds: NumberMark['kind'][], chain: Candidate[], list: Candidate[]): boolean {
  if (chain.length !== 1) return false;
  return kinds[0] === 'punkt' || (kinds[0] === 'plain' && list.length === 1 && chain[0].mark.major === 1);
}

function repeatsPlain(lines: Line[], chain: Candidate[]): boolean {
  const plain = bestChain(lines, candidates(lines, ['plain']));
  const under = chain.filter((c, k) =>
    plain.some((p) => p.mark.major === c.mark.major && p.index < c.index && (k === 0 || p.index > chain[k - 1].index)),
  );
  return plain.length >= 2 && under.length > chain.length / 2;
}

function numberedOf(lines: Line[], kinds: NumberMark['kind'][], agenda: Candidate[]): Segment[] | null {
  {
    const list = candidates(lines, kinds);
    const chain = bestChain(lines, list);
    if (chain.length < 2 && !oneItem(kinds, chain, list)) return null;
    // "2a", "2b" between items 1 and 3 with no item 2: items of their own.
    const majors = new Set(chain.map((c) => c.mark.major));
    const orphans = candidates(lines, ['sub']).filter(
      (c) =>
        !majors.has(c.mark.major) &&
        chain.some((p) => p.index < c.index && p.mark.major! < c.mark.major!) &&
        (chain.some((n) => n.index > c.index && n.mark.major! > c.mark.major!) ||
          chain[chain.length - 1].mark.major! === c.mark.major! - 1),
    );
    const chosen = [...chain, ...orphans].sort((a, b) => a.index - b.index);
    const items = segments(lines, chosen, lines.length, agenda);
    for (const item of items) {
      const mark = parseNumber(lines[item.start].text);
      item.children = mark?.minor ? [] : subItems(lines, item, mark?.major ?? null);
      if (item.children.length) item.children[item.children.length - 1].end = item.end;
    }
    return items;
  }
  return null;
}

/** A short line, no sentence end, capitalised, after a paragraph break: an unnumbered heading. */
function isHeading(lines: Line[], i: number, exclude: (i: number) => boolean): boolean {
  const line = lines[i];
  if (exclude(i) || TITLE_LINE.test(line.text)) return false;
  if (line.heading) return true;
  if (line.bullet) return false;
  const t = line.text;
  if (t.length > 90 || t.split(/\s+/).length > 12 || TERMINAL.test(t) || /:$/.test(t) || !/^[\p{Lu}"“\d]/u.test(t)) return false;
  if (i > 0 && !line.breakBefore && !/[.!?:]["”)»]*$/.test(lines[i - 1].text) && !exclude(i - 1)) return false;
  return true;
}

/** Unnumbered items: headings followed by text, from `from` on; `agenda`: titles from the agenda, in lower case. */
export function findHeadingItems(lines: Line[], from: number, exclude: (i: number) => boolean, agenda = new Set<string>()): Segment[] {
  const heads: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (agenda.has(lines[i].text.toLowerCase()) && !exclude(i) && !lines[i].bullet) {
      heads.push(i);
      continue;
    }
    if (!isHeading(lines, i, exclude)) continue;
    const next = lines[i + 1];
    const followedByText = next && isProse(next) && !isHeading(lines, i + 1, exclude);
    if (lines[i].heading || followedByText || AGENDA_TITLES.test(lines[i].text)) heads.push(i);
  }
  if (heads.length < 2 && !(heads.length === 1 && lines[heads[0]].heading)) return [];
  return heads.map((start, k) => ({
    number: null,
    title: lines[start].text,
    start,
    body: start + 1,
    end: k + 1 < heads.length ? heads[k + 1] : lines.length,
    children: [],
  }));
}
