import { describe, expect, it } from 'vitest';
import { renderVote, type Vote } from './votes.ts';

const none: Vote = {
  outcome: null,
  votesFor: null,
  votesAgainst: null,
  votesAbstain: null,
  partiesFor: null,
  partiesAgainst: null,
  partiesAbstain: null,
};

describe('renderVote', () => {
  it('writes a rejected proposal as seed 002 does: the votes against first, the minority with its party', () => {
    expect(renderVote({ ...none, outcome: 'forkastet', votesFor: 1, votesAgainst: 8, partiesFor: 'O' })).toBe(
      'Forslaget blev forkastet med 8 stemmer mod 1 (O).',
    );
    expect(renderVote({ ...none, outcome: 'forkastet', votesFor: 2, votesAgainst: 23, partiesFor: 'O' })).toBe(
      'Forslaget blev forkastet med 23 stemmer mod 2 (O).',
    );
  });

  it('writes an adopted recommendation with the minority against', () => {
    expect(renderVote({ ...none, outcome: 'anbefalet', votesFor: 8, votesAgainst: 1, partiesAgainst: 'Ø' }, 'Indstillingen')).toBe(
      'Indstillingen blev anbefalet med 8 stemmer mod 1 (Ø).',
    );
  });

  it('adds abstentions with their parties, and the majority parties when given', () => {
    expect(
      renderVote({
        ...none,
        outcome: 'vedtaget',
        votesFor: 20,
        votesAgainst: 3,
        votesAbstain: 2,
        partiesFor: 'A, C, V',
        partiesAgainst: 'Ø',
        partiesAbstain: 'F',
      }),
    ).toBe('Forslaget blev vedtaget med 20 stemmer (A, C, V) mod 3 (Ø), 2 undlod at stemme (F).');
  });

  it('says unanimous when nobody voted against or abstained, and singular for one vote', () => {
    expect(renderVote({ ...none, outcome: 'godkendt', votesFor: 9 })).toBe('Forslaget blev enstemmigt godkendt med 9 stemmer.');
    expect(renderVote({ ...none, outcome: 'vedtaget', votesFor: 2, votesAgainst: 1 })).toBe('Forslaget blev vedtaget med 2 stemmer mod 1.');
    expect(renderVote({ ...none, outcome: 'forkastet', votesFor: 0, votesAgainst: 1 })).toBe(
      'Forslaget blev enstemmigt forkastet med 1 stemme.',
    );
  });

  it('derives the outcome from the count when none was chosen, and is null without a count', () => {
    expect(renderVote({ ...none, votesFor: 3, votesAgainst: 5 })).toBe('Forslaget blev forkastet med 5 stemmer mod 3.');
    expect(renderVote(none)).toBeNull();
    expect(renderVote({ ...none, votesAbstain: 5, partiesAbstain: 'F' })).toBe('Alle 5 undlod at stemme (F).');
  });
});
