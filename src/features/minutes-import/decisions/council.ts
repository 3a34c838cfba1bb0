/*
 * A council's minutes give each body's decision under a heading of its own — "Beslutninger
 * Økonomiudvalget 2018-2021 den 14-12-2020" — followed by a few lines: a proposal, the vote, the
 * outcome per part of the recommendation. The preview has one decision per line; this puts the
 * lines of one heading back together as that body's decision with its date, and reads the vote
 * ("Forslaget blev forkastet med 8 stemmer mod 1 (O).") into the vote fields.
 */
import { findDates } from '../text/dates.ts';
import type { VoteOutcome } from '../types.ts';

export type CouncilDecision = {
  text: string;
  body: string | null;
  decidedOn: string | null;
  outcome: VoteOutcome | null;
  votesFor: number | null;
  votesAgainst: number | null;
  partiesFor: string | null;
  partiesAgainst: string | null;
};

const HEADING = /^beslutning(?:er)?\s+(?:i\s+)?(.+?)\s+den\s+(.+)$/i;
// Only "X blev <outcome> med N stemmer mod M (P)": the sentence renderVote writes back. No body
// has a thousand members; a longer number stays text rather than overflowing the vote columns.
const VOTE =
  /(?:Forslaget|Indstillingen|Ændringsforslaget) blev (forkastet|vedtaget|godkendt|anbefalet) med (\d{1,3}) stemmer? mod (\d{1,3})\s*\(([^)]{1,40})\)\.?/g;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
// The minutes keep a list's bullets ("- 1) der iværksættes …"); the decision lines do not.
const bare = (s: string) => norm(s).replace(/^(?:[-–•o*]\s+)/, '');

function heading(line: string): { body: string; date: string } | null {
  // A heading is short; the length check also keeps the lazy match from slow backtracking on long lines.
  if (line.length > 200) return null;
  const m = HEADING.exec(line.trim());
  if (!m) return null;
  const [found] = findDates(m[2]);
  return found && found.index === 0 ? { body: m[1], date: found.iso } : null;
}

function withVote(text: string, body: string | null, decidedOn: string | null): CouncilDecision {
  const plain: CouncilDecision = {
    text,
    body,
    decidedOn,
    outcome: null,
    votesFor: null,
    votesAgainst: null,
    partiesFor: null,
    partiesAgainst: null,
  };
  const votes = [...text.matchAll(VOTE)];
  // Two votes in one decision (a proposal and the recommendation) stay as written, and so does a
  // vote with text after it: the rendered vote goes last, and must not change the order.
  if (votes.length !== 1 || text.slice(votes[0].index + votes[0][0].length).trim()) return plain;
  const [sentence, verb, winner, loser, parties] = votes[0];
  const outcome = verb as VoteOutcome;
  const rest = norm(text.replace(sentence, ' '));
  if (!rest) return plain;
  // "forkastet med 8 mod 1 (O)": the 1 vote for came from O; otherwise the minority voted against.
  return outcome === 'forkastet'
    ? { ...plain, text: rest, outcome, votesFor: +loser, votesAgainst: +winner, partiesFor: parties.trim() }
    : { ...plain, text: rest, outcome, votesFor: +winner, votesAgainst: +loser, partiesAgainst: parties.trim() };
}

/**
 * The decisions of a formal item: the preview's decision lines found under one heading in the
 * item's minutes become one decision of that body; other lines stay decisions of their own. The
 * headings and lines used are taken out of the minutes, which keep the rest.
 */
export function councilDecisions(notes: string, lines: string[]): { decisions: CouncilDecision[]; notes: string } {
  const noteLines = notes.split('\n');
  const blockOf: number[] = [];
  const headings = new Map<number, { body: string; date: string }>();
  let block = -1;
  noteLines.forEach((line, i) => {
    const h = heading(line);
    if (h) {
      headings.set(i, h);
      block = i;
    }
    blockOf.push(block);
  });

  // Lines under a heading by their text, in order: each decision line takes the first one left.
  const byText = new Map<string, number[]>();
  noteLines.forEach((n, k) => {
    if (blockOf[k] < 0 || headings.has(k)) return;
    const key = bare(n);
    if (!byText.has(key)) byText.set(key, []);
    byText.get(key)!.push(k);
  });
  const used = new Set<number>();
  const groups = new Map<number, string[]>();
  const order: ({ block: number } | { line: string })[] = [];
  for (const line of lines) {
    const i = byText.get(bare(line))?.shift();
    if (i === undefined) {
      order.push({ line });
      continue;
    }
    used.add(i);
    const b = blockOf[i];
    if (!groups.has(b)) {
      groups.set(b, []);
      order.push({ block: b });
      used.add(b);
    }
    groups.get(b)!.push(norm(line));
  }

  const decisions = order.map((o) => {
    if ('line' in o) return withVote(o.line, null, null);
    const h = headings.get(o.block)!;
    return withVote(groups.get(o.block)!.join(' '), h.body, h.date);
  });
  const rest = noteLines
    .filter((_, i) => !used.has(i))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { decisions, notes: rest };
}
