/** PDF text: lines hyphenated at their end are joined where the hyphen was the line's, kept where it is a word's. */
import { describe, expect, it } from 'vitest';
import { extractMinutesText } from './extract.ts';
import type { Block } from '../fixtures/blocks.ts';
import { makePdf } from '../fixtures/pdf.ts';
import { parseMinutes } from '../parse.ts';

const line = (text: string): Block => ({ kind: 'line', text });

describe('PDF text', () => {
  it('joins end-of-line hyphenation and keeps real hyphens', async () => {
    const blocks: Block[] = [
      { kind: 'title', text: 'Referat af styringsdialogmøde den 3. marts 2022' },
      { kind: 'heading', text: '1. Vedligeholdelse' },
      line('Kommunen og boligselskabet drøftede tilstanden i bolig-'),
      line('afdelingen og den planlagte vedlige-'),
      line('holdelse af tagene. Et nyt IT-'),
      line('system og flere P-'),
      line('pladser til el-'),
      line('biler er planlagt i perioden 2021-'),
      line('2024. Tina Lyhne, Borger-'),
      line('og Socialchef, og repræsentanter fra Lejerbo-'),
      line('Afdelingen deltog i drøftelsen af ind-'),
      line('og udflytning.'),
      { kind: 'heading', text: '2. Eventuelt' },
      { kind: 'para', text: 'Intet.' },
    ];
    const extracted = await extractMinutesText(await makePdf(blocks, { header: 'Referat – Styringsdialog 2022' }), 'referat.pdf');
    if (!extracted.ok) throw new Error(extracted.message);
    const minutes = parseMinutes(extracted.text);
    expect(minutes.date).toBe('2022-03-03');
    expect(minutes.items.map((i) => i.title)).toEqual(['Vedligeholdelse', 'Eventuelt']);
    expect(minutes.items[0].text).toBe(
      'Kommunen og boligselskabet drøftede tilstanden i boligafdelingen og den planlagte vedligeholdelse af tagene. ' +
        'Et nyt IT-system og flere P-pladser til el-biler er planlagt i perioden 2021-2024. ' +
        'Tina Lyhne, Borger- og Socialchef, og repræsentanter fra Lejerbo-Afdelingen deltog i drøftelsen af ind- og udflytning.',
    );
  });

  it('reads Danish letters and keeps a paragraph running over a page break', async () => {
    const long = Array.from(
      { length: 60 },
      (_, i) =>
        `I afdeling ${i + 1} oplyste boligselskabet, at arbejdet med de små boliger i Æblehaven, Østergade og Åvænget pågår (${i * 7 + 3} boliger).`,
    ).join(' ');
    const blocks: Block[] = [
      { kind: 'heading', text: '1. Status' },
      { kind: 'para', text: long },
      { kind: 'heading', text: '2. Eventuelt' },
    ];
    const extracted = await extractMinutesText(await makePdf(blocks), 'referat.pdf');
    if (!extracted.ok) throw new Error(extracted.message);
    expect(extracted.pages).toBeGreaterThan(1);
    const [item] = parseMinutes(extracted.text).items;
    expect(item.text).toBe(long);
  });
});
