/** Where the items are, for numberings that real minutes use. */
import { describe, expect, it } from 'vitest';
import { findNumberedItems } from './items.ts';
import { toLines } from '../text/reflow.ts';

describe('numbered items', () => {
  it('takes the titles of "Ad 1" lines without a title from the numbered agenda above them', () => {
    const lines = toLines(
      [
        'Dagsorden:',
        '1. Velkommen',
        '2. Den nye boligpolitik',
        '3. Eventuelt',
        '',
        'Ad 1',
        'Birgitte Holm bød velkommen og præsenterede dagsordenen.',
        '',
        'Ad 2',
        'Ole Riis gennemgik udkastet til den nye boligpolitik.',
        '',
        'Ad 3',
        'Intet.',
      ].join('\n'),
    );
    const items = findNumberedItems(lines)!;
    expect(items.map((s) => [s.number, s.title, lines[s.body].text])).toEqual([
      ['1', 'Velkommen', 'Birgitte Holm bød velkommen og præsenterede dagsordenen.'],
      ['2', 'Den nye boligpolitik', 'Ole Riis gennemgik udkastet til den nye boligpolitik.'],
      ['3', 'Eventuelt', 'Intet.'],
    ]);
  });
});
