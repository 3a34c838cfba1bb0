import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formValues, optionalDate, parseForm, postalCode, requiredText, wholeNumber } from './forms.ts';

const schema = z.object({
  name: requiredText('navn'),
  homes: wholeNumber('antal boliger'),
  zip: postalCode(),
  from: optionalDate('startdato'),
});

describe('formValues', () => {
  it('drops characters no one types (NUL, other controls, U+FFFE/U+FFFF) and keeps tabs and line breaks', () => {
    expect(formValues({ t: 'Møde\u0000 \u0007\u001b[31mrødt\uFFFE\tkl.\r\n10', n: 3, _csrf: 'x' })).toEqual({
      t: 'Møde [31mrødt\tkl.\r\n10',
    });
  });
});

describe('parseForm', () => {
  it('returns typed data for good input', () => {
    const r = parseForm(schema, { name: ' Agerhønevej ', homes: '1.234', zip: '4700', from: '2024-02-29', _csrf: 'x' });
    expect(r).toEqual({
      ok: true,
      data: { name: 'Agerhønevej', homes: 1234, zip: '4700', from: '2024-02-29' },
      values: { name: ' Agerhønevej ', homes: '1.234', zip: '4700', from: '2024-02-29' },
    });
  });

  it('gives a Danish message per field and keeps what was typed', () => {
    const r = parseForm(schema, { name: '', homes: '-3', zip: '47', from: '2023-02-29' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      name: 'Udfyld navn.',
      homes: 'Antal boliger kan ikke være negativt.',
      zip: 'Postnummeret skal være fire cifre, fx 3400.',
      from: 'Startdato er ikke en gyldig dato. Skriv den som åååå-mm-dd.',
    });
    expect(r.values.homes).toBe('-3');
  });

  it('refuses decimals where a whole number is asked for', () => {
    const r = parseForm(schema, { name: 'x', homes: '12,5' });
    expect(!r.ok && r.errors.homes).toBe('Antal boliger skal være et helt tal.');
  });
});
