/*
 * Scores the reader's result on one corpus file against its hand-made expected JSON: date,
 * title, parties (municipality and organisations), items, sub-items, decisions, actions (with
 * responsible and due date), participants with sides, and coverage of the input's words. Each
 * part is 0–1; the file's score is their mean. Expected entries starting with "?" are optional:
 * found or not, they count neither for nor against.
 */
import { resultText, wordCoverage } from '../coverage.ts';
import type { ImportedItem, ImportedMinutes, ParticipantSide } from '../types.ts';

export type ExpectedAction = { text: string; responsible?: string | null; due?: string | null };
export type ExpectedItem = {
  number: string | null;
  title: string;
  decisions?: string[];
  actions?: ExpectedAction[];
  items?: ExpectedItem[];
};
export type ExpectedPerson = { name: string; side: ParticipantSide | null };
export type Expected = {
  date: string | null;
  title: string;
  municipality: string | null;
  organisations: string[];
  participants: ExpectedPerson[];
  absent: ExpectedPerson[];
  items: ExpectedItem[];
  /** Text removed on purpose (page headers, a table of contents): not counted in coverage. */
  removed?: string[];
  /** Raw published text as extracted (page numbers, "Side 1 af 47", web-page chrome): scored against a floor of its own. */
  raw?: boolean;
};

export const PARTS = ['date', 'title', 'parties', 'items', 'subItems', 'decisions', 'actions', 'participants', 'coverage'] as const;
export type Part = (typeof PARTS)[number];
export type Score = Record<Part, number> & { total: number; lost: string[] };

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Dice coefficient of two texts' word sets. */
export function similarity(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (!x.size && !y.size) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Found text matches expected text: one holds the other, or most words are shared. */
function matches(expected: string, found: string, threshold = 0.6): boolean {
  const e = words(expected).join(' ');
  const f = words(found).join(' ');
  if (!e) return !f;
  return f.includes(e) || (e.includes(f) && f.length >= 0.5 * e.length) || similarity(expected, found) >= threshold;
}

const optional = (s: string) => s.startsWith('?');
const bare = (s: string) => s.replace(/^\?/, '');

/**
 * F1 of a greedy one-to-one matching; `weight` (0–1) grades a match; optional expected entries
 * neither count as misses nor make a found entry an extra.
 */
function f1<E, F>(expected: E[], found: F[], isOptional: (e: E) => boolean, match: (e: E, f: F) => number | null): number {
  const used = new Set<number>();
  let hit = 0;
  let required = 0;
  let optionalHits = 0;
  // Required entries first, so an optional one cannot take a found entry a required one needs.
  const order = [...expected.map((e, i) => ({ e, i }))].sort((a, b) => Number(isOptional(a.e)) - Number(isOptional(b.e)));
  for (const { e } of order) {
    const opt = isOptional(e);
    if (!opt) required++;
    let best = -1;
    let bestWeight = 0;
    found.forEach((f, j) => {
      if (used.has(j)) return;
      const w = match(e, f);
      if (w !== null && (best < 0 || w > bestWeight)) {
        best = j;
        bestWeight = w;
      }
    });
    if (best < 0) continue;
    used.add(best);
    if (opt) optionalHits++;
    else hit += bestWeight;
  }
  const foundCount = found.length - optionalHits;
  if (!required && !foundCount) return 1;
  if (!required || !foundCount) return 0;
  const precision = hit / foundCount;
  const recall = hit / required;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

function itemMatch(e: ExpectedItem, f: ImportedItem): number | null {
  if (e.number !== null && f.number !== e.number) return null;
  const s = similarity(e.title, f.title);
  return s >= 0.5 || matches(e.title, f.title) ? 1 : null;
}

/** Expected items paired with the found ones, depth-first. */
function pairs(expected: ExpectedItem[], found: ImportedItem[]): [ExpectedItem, ImportedItem | null][] {
  const used = new Set<number>();
  const out: [ExpectedItem, ImportedItem | null][] = [];
  for (const e of expected) {
    const j = found.findIndex((f, k) => !used.has(k) && itemMatch(e, f) !== null);
    if (j >= 0) used.add(j);
    out.push([e, j >= 0 ? found[j] : null]);
  }
  return out;
}

function allItems(items: ImportedItem[]): ImportedItem[] {
  return items.flatMap((i) => [i, ...allItems(i.items)]);
}

export function scoreMinutes(expected: Expected, found: ImportedMinutes | null, input: string): Score {
  if (!found) {
    const zero = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
    return { ...zero, total: 0, lost: ['(refused)'] };
  }
  let text = input;
  for (const r of expected.removed ?? []) text = text.split(r).join(' ');
  const cov = wordCoverage(text, resultText(found));

  const municipality = expected.municipality === found.municipality ? 1 : 0;
  const organisations = f1(
    expected.organisations,
    found.organisations,
    () => false,
    (e, f) => (matches(e, f, 0.8) ? 1 : null),
  );

  const top = pairs(expected.items, found.items);
  const items = f1(expected.items, found.items, () => false, itemMatch);
  const expectedSubs = expected.items.flatMap((e) => e.items ?? []);
  const foundSubs = found.items.flatMap((i) => i.items);
  const subItems = f1(expectedSubs, foundSubs, () => false, itemMatch);

  // Decisions and actions per matched item (sub-items included); those of unmatched items are misses.
  const matchedPairs: [ExpectedItem, ImportedItem | null][] = [...top];
  for (const [e, f] of top) if (e.items?.length) matchedPairs.push(...pairs(e.items, f?.items ?? []));
  const matchedFound = new Set(matchedPairs.map(([, f]) => f).filter(Boolean));
  const unmatchedFound = allItems(found.items).filter((f) => !matchedFound.has(f));
  const decisionsExpected: { item: number; text: string }[] = [];
  const decisionsFound: { item: number; text: string }[] = [];
  const actionsExpected: { item: number; action: ExpectedAction }[] = [];
  const actionsFound: { item: number; action: ImportedItem['actions'][number] }[] = [];
  matchedPairs.forEach(([e, f], k) => {
    for (const d of e.decisions ?? []) decisionsExpected.push({ item: k, text: d });
    for (const a of e.actions ?? []) actionsExpected.push({ item: k, action: a });
    if (f) {
      for (const d of f.decisions) decisionsFound.push({ item: k, text: d });
      for (const a of f.actions) actionsFound.push({ item: k, action: a });
    }
  });
  for (const f of unmatchedFound) {
    for (const d of f.decisions) decisionsFound.push({ item: -1, text: d });
    for (const a of f.actions) actionsFound.push({ item: -1, action: a });
  }
  const decisions = f1(
    decisionsExpected,
    decisionsFound,
    (e) => optional(e.text),
    (e, f) => (e.item === f.item && matches(bare(e.text), f.text, 0.5) ? 1 : null),
  );
  const actions = f1(
    actionsExpected,
    actionsFound,
    (e) => optional(e.action.text),
    (e, f) => {
      if (e.item !== f.item || !matches(bare(e.action.text), f.action.text, 0.5)) return null;
      const who =
        (e.action.responsible ?? null) === null
          ? 1
          : f.action.responsible && matches(e.action.responsible!, f.action.responsible, 0.5)
            ? 1
            : 0;
      const due = (e.action.due ?? null) === f.action.due ? 1 : 0;
      return (2 + who + due) / 4;
    },
  );

  const people = (list: ExpectedPerson[], absent: boolean) => list.map((p) => ({ ...p, absent }));
  const foundPeople = [...found.participants.map((p) => ({ ...p, absent: false })), ...found.absent.map((p) => ({ ...p, absent: true }))];
  const participants = f1(
    [...people(expected.participants, false), ...people(expected.absent, true)],
    foundPeople,
    () => false,
    (e, f) => {
      if (e.name.toLowerCase() !== f.name.toLowerCase()) return null;
      const side = e.side === null || e.side === f.side ? 1 : 0;
      const absent = e.absent === f.absent ? 1 : 0;
      return (2 + side + absent) / 4;
    },
  );

  const parts: Record<Part, number> = {
    date: expected.date === found.date ? 1 : 0,
    title: similarity(expected.title, found.title) >= 0.5 ? 1 : similarity(expected.title, found.title),
    parties: (municipality + organisations) / 2,
    items,
    subItems,
    decisions,
    actions,
    participants,
    coverage: cov.read ? cov.placed / cov.read : 1,
  };
  const total = PARTS.reduce((s, p) => s + parts[p], 0) / PARTS.length;
  return { ...parts, total, lost: cov.lost };
}
