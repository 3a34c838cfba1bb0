import { describe, expect, it } from 'vitest';
import { sampleWritten } from '../lib/written-document/sample.ts';
import { WrittenDocumentView } from './written-document.tsx';

describe('WrittenDocumentView', () => {
  it('shows the sections as headings, tables with figures to the right, and the signatures', async () => {
    const html = String(
      await (
        <WrittenDocumentView doc={sampleWritten} sectionExtra={(s) => (s.heading === 'Aftaler' ? <a href="/x">Rediger</a> : null)} />
      ).toString(),
    );
    expect(html).toContain('<h2>Fokuspunkter for det kommende år</h2>');
    expect(html).toContain('<h3>Afd. 12 Præstøvej</h3>');
    expect(html).toContain('<h2>Aftaler</h2><a href="/x">Rediger</a>');
    expect(html).toContain('<td class="sd-number">1.512</td>');
    expect(html).toContain('<li>herunder samarbejdet med jobcentret om anvisning</li>');
    expect(html).toContain('<strong>For Lejerbo Næstved</strong>');
    expect(html).toContain('<dt>Status</dt><dd>Offentliggjort 4. april 2022</dd>');
  });
});
