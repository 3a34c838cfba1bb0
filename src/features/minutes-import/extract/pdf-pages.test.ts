import { describe, expect, it } from 'vitest';
import { joinPages } from './pdf-pages.ts';

const WORDS = ['Første', 'Anden', 'Tredje', 'Fjerde', 'Femte', 'Sjette', 'Syvende', 'Ottende', 'Niende', 'Tiende'];
const PAGES = ['', 'den første', 'den anden', 'den tredje', 'den fjerde'];
const body = (n: number) => WORDS.map((w) => `${w} linje på ${PAGES[n]} side.`);

describe('PDF pages', () => {
  it('removes running headers, footers and page numbers; the first page keeps its header', () => {
    const pages = [1, 2, 3].map((n) => ['Referat – Styringsdialog 2021', ...body(n), '', `Side ${n} af 3`]);
    pages[1].splice(pages[1].length - 1, 0, '2');
    expect(joinPages(pages)).toBe(['Referat – Styringsdialog 2021', ...body(1), ...body(2), ...body(3)].join('\n'));
  });

  it('removes "3/12", "- 3 -" and footers that change with the page number', () => {
    const pages = [1, 2, 3, 4].map((n) => [`- ${n} -`, ...body(n), `Hillerød Kommune · Dato 12-03-2022 · ${n}/4`]);
    expect(joinPages(pages)).toBe([1, 2, 3, 4].flatMap(body).join('\n'));
  });

  it('keeps lines that only look alike', () => {
    const pages = [1, 2, 3].map((n) => [`${n + 4}. Punkt om afdeling ${n * 3}`, ...body(n)]);
    expect(joinPages(pages).split('\n')).toContain('6. Punkt om afdeling 6');
  });

  it('keeps a one-page document as it is, without its page number', () => {
    expect(joinPages([['Referat', ...body(1), '1']])).toBe(['Referat', ...body(1)].join('\n'));
  });
});
