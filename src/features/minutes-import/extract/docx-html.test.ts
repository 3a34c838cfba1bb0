import { describe, expect, it } from 'vitest';
import { htmlToText } from './docx-html.ts';

describe('DOCX HTML to text', () => {
  it('writes headings, bold headings, paragraphs, lists and tables', () => {
    const html =
      '<h1>Referat</h1><p><strong>Status for afdelingerne</strong></p><p>Tekst med <em>fremhævning</em> &amp; mere.</p>' +
      '<ul><li>Første</li><li>Anden<ul><li>Under</li></ul></li></ul><ol><li>Et</li><li>To</li></ol>' +
      '<table><tr><td><p>Jens Hansen</p></td><td><p>Formand</p></td></tr></table><p><strong>Beslutning:</strong></p>';
    expect(htmlToText(html)).toBe(
      [
        '# Referat',
        '',
        '## Status for afdelingerne',
        '',
        'Tekst med fremhævning & mere.',
        '',
        '• Første',
        '• Anden',
        '◦ Under',
        '1. Et',
        '2. To',
        'Jens Hansen | Formand',
        '',
        'Beslutning:',
      ].join('\n'),
    );
  });

  it('leaves out footnotes', () => {
    const html =
      '<p>Aftalen<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> blev forlænget.</p><ol><li id="footnote-1"><p>Se bilag 2. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe('Aftalen blev forlænget.');
  });

  it('keeps a tab between words as a column, as a TXT export does, and drops tabs that indent or pad', () => {
    const html =
      '<p>Møder\t2 årlige møder</p><p>\tIndrykket tekst.\t</p><h2>Punkt\t3</h2><table><tr><td><p>Jens\tHansen</p></td></tr></table>';
    expect(htmlToText(html)).toBe('Møder\t2 årlige møder\n\nIndrykket tekst.\n\n## Punkt 3\n\nJens Hansen');
  });
});
