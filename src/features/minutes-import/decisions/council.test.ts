import { describe, expect, it } from 'vitest';
import { seed } from '../fixtures/seeds.ts';
import { parseMinutes } from '../parse.ts';
import { renderVote } from '../../meetings/minutes/votes.ts';
import { councilDecisions } from './council.ts';
import { formalPartsOf } from '../structure/formal.ts';

describe('council decisions of an imported formal item', () => {
  it("puts a body's decision lines back together with its date, and leaves the rest in the minutes", () => {
    const notes = [
      'Beslutninger Økonomiudvalget den 14-12-2020',
      '',
      'Sagen blev drøftet.',
      '',
      'Forslaget blev forkastet med 8 stemmer mod 1 (O).',
      '',
      'Beslutninger Byrådet den 21. december 2020',
      '',
      'Indstillingen blev vedtaget med 23 stemmer mod 2 (Ø).',
      '',
      'Supplerende sagsfremstilling',
      '',
      'Sagen er revideret.',
    ].join('\n');
    const { decisions, notes: rest } = councilDecisions(notes, [
      'Sagen blev drøftet.',
      'Forslaget blev forkastet med 8 stemmer mod 1 (O).',
      'Indstillingen blev vedtaget med 23 stemmer mod 2 (Ø).',
      'Et punkt for sig.',
    ]);
    expect(decisions).toEqual([
      {
        text: 'Sagen blev drøftet.',
        body: 'Økonomiudvalget',
        decidedOn: '2020-12-14',
        outcome: 'forkastet',
        votesFor: 1,
        votesAgainst: 8,
        partiesFor: 'O',
        partiesAgainst: null,
      },
      {
        text: 'Indstillingen blev vedtaget med 23 stemmer mod 2 (Ø).',
        body: 'Byrådet',
        decidedOn: '2020-12-21',
        outcome: null,
        votesFor: null,
        votesAgainst: null,
        partiesFor: null,
        partiesAgainst: null,
      },
      {
        text: 'Et punkt for sig.',
        body: null,
        decidedOn: null,
        outcome: null,
        votesFor: null,
        votesAgainst: null,
        partiesFor: null,
        partiesAgainst: null,
      },
    ]);
    // The vote read back renders as the minutes wrote it.
    expect(renderVote({ ...decisions[0], votesAbstain: null, partiesAbstain: null })).toBe(
      'Forslaget blev forkastet med 8 stemmer mod 1 (O).',
    );
    expect(rest).toBe('Supplerende sagsfremstilling\n\nSagen er revideret.');
  });

  it('reads seed 002 as one decision per body and date', () => {
    const item = parseMinutes(seed('002').text, { fileName: '002.txt' }).items[1];
    const { decisions } = councilDecisions(formalPartsOf(item.text)!.notes, item.decisions);
    expect(decisions.map((d) => [d.body, d.decidedOn])).toEqual([
      ['By-, Plan- og Miljøudvalget 2018-2021', '2020-12-03'],
      ['Økonomiudvalget 2018-2021', '2020-12-14'],
      ['Byrådet 2018-2021', '2020-12-21'],
      ['Rådet for Almene Boligforhold', '2021-04-07'],
    ]);
    expect(decisions[2].text).toContain(
      'Forslaget blev forkastet med 23 stemmer mod 2 (O). Ad 1-2: Indstillingerne godkendt med 23 stemmer mod 2(Ø).',
    );
    expect(decisions[2].text).toContain('5) der iværksættes en strategisk indsats vedrørende udviklingen af Nøjsomhed');
  });
});

describe('votes too large for any body', () => {
  it('stay text instead of overflowing the vote columns', () => {
    const { decisions } = councilDecisions(
      'Beslutninger Rådet den 07-04-2021\n\nGodkendt. Forslaget blev vedtaget med 99999999999 stemmer mod 1 (O).',
      ['Godkendt. Forslaget blev vedtaget med 99999999999 stemmer mod 1 (O).'],
    );
    expect(decisions[0]).toMatchObject({
      votesFor: null,
      votesAgainst: null,
      text: 'Godkendt. Forslaget blev vedtaget med 99999999999 stemmer mod 1 (O).',
    });
  });
});
