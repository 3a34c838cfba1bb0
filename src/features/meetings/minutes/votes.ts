import type { Outcome } from '../tables.ts';
import { countNoun } from '../../../lib/plural.ts';

export type Vote = {
  outcome: Outcome | null;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  partiesFor: string | null;
  partiesAgainst: string | null;
  partiesAbstain: string | null;
};

const VERB: Record<Outcome, string> = {
  vedtaget: 'vedtaget',
  forkastet: 'forkastet',
  anbefalet: 'anbefalet',
  godkendt: 'godkendt',
  taget_til_efterretning: 'taget til efterretning',
  udsat: 'udsat',
};

const parties = (p: string | null) => (p && p.trim() ? ` (${p.trim()})` : '');
const votes = (n: number) => countNoun(n, 'stemme', 'stemmer');

/**
 * A vote as Danish council minutes write it: the winning side first, the minority after
 * "mod" with its party letters — "Forslaget blev forkastet med 8 stemmer mod 1 (O)." A rejected proposal
 * won by the votes against it, so the sides swap. Null when no vote was counted.
 */
export function renderVote(v: Vote, subject = 'Forslaget'): string | null {
  const yes = v.votesFor ?? 0;
  const no = v.votesAgainst ?? 0;
  const abstain = v.votesAbstain ?? 0;
  if (yes + no + abstain === 0) return null;
  if (yes + no === 0) return `${abstain === 1 ? '1 undlod' : `Alle ${abstain} undlod`} at stemme${parties(v.partiesAbstain)}.`;
  const outcome: Outcome = v.outcome ?? (yes > no ? 'vedtaget' : 'forkastet');
  const rejected = outcome === 'forkastet';
  const [win, winParties, lose, loseParties] = rejected
    ? [no, v.partiesAgainst, yes, v.partiesFor]
    : [yes, v.partiesFor, no, v.partiesAgainst];
  let text =
    lose === 0 && abstain === 0
      ? `${subject} blev enstemmigt ${VERB[outcome]} med ${votes(win)}${parties(winParties)}`
      : `${subject} blev ${VERB[outcome]} med ${votes(win)}${parties(winParties)} mod ${lose}${parties(loseParties)}`;
  if (abstain > 0) text += `, ${abstain} undlod at stemme${parties(v.partiesAbstain)}`;
  return `${text}.`;
}
