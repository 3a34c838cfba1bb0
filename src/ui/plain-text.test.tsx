import { describe, expect, it } from 'vitest';
import { PlainText } from './plain-text.tsx';

const html = async (text: string) => String(await (<PlainText text={text} />).toString());

describe('PlainText', () => {
  it('shows paragraphs, nested bullets and labelled items as the PDF prints them', async () => {
    expect(
      await html(
        'Indsatser:\n1. Fireårige rammeudbud\n2. Modvirke udsatte områder\n\n- Overordnet\n  - Detalje\n- Næste\nGadeteamet: 5588 2177\nPension: 5588 1320',
      ),
    ).toBe(
      '<div class="sd-plain"><p>Indsatser:</p>' +
        '<ul><li class="sd-labelled"><span class="sd-label">1. </span>Fireårige rammeudbud</li><li class="sd-labelled"><span class="sd-label">2. </span>Modvirke udsatte områder</li>' +
        '<li>Overordnet<ul><li>Detalje</li></ul></li><li>Næste</li></ul>' +
        '<p>Gadeteamet: 5588 2177<br/>Pension: 5588 1320</p></div>',
    );
  });

  it('escapes what it shows and shows nothing for empty text', async () => {
    expect(await html('<script>alert(1)</script>')).toBe('<div class="sd-plain"><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></div>');
    expect(await html('  \n ')).toBe('');
  });
});
