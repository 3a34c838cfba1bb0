import { describe, expect, it } from 'vitest';
import { attachment, cleanFileName } from './file-names.ts';

describe('download names', () => {
  it('gives the UTF-8 name and a readable ASCII one', () => {
    expect(attachment('Referat Styringsdialogmøde 2026 – Lejerbo Næstved.pdf')).toBe(
      `attachment; filename="Referat Styringsdialogmoede 2026 _ Lejerbo Naestved.pdf"; filename*=UTF-8''Referat%20Styringsdialogm%C3%B8de%202026%20%E2%80%93%20Lejerbo%20N%C3%A6stved.pdf`,
    );
    expect(attachment('plan "2026".pdf')).toBe(`attachment; filename="plan '2026'.pdf"; filename*=UTF-8''plan%20%222026%22.pdf`);
    expect(attachment('bilag.pdf')).toBe('attachment; filename=bilag.pdf');
  });
});

describe('file names from a browser', () => {
  it('keep the last part of a path and drop control characters', () => {
    expect(cleanFileName('C:\\Users\\jette\\Referat 2021.pdf')).toBe('Referat 2021.pdf');
    expect(cleanFileName('..\\..\\etc\\passwd.pdf')).toBe('passwd.pdf');
    expect(cleanFileName('a/b/c.pdf')).toBe('c.pdf');
    expect(cleanFileName('ny\r\nlinje.pdf')).toBe('nylinje.pdf');
    expect(cleanFileName('\u0000')).toBe('');
  });
});
