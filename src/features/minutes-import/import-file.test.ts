import { describe, expect, it } from 'vitest';
import { startTimeOf } from './import-file.ts';

describe('startTimeOf', () => {
  it('reads the start from the header in its usual forms', () => {
    expect(startTimeOf('REFERAT Rådet\nMødedato Onsdag d. 07. april 2021 kl. 10:00\nMødested Stengade 72')).toBe('10:00');
    expect(startTimeOf('Referat\nDato: 12. oktober 2023, kl. 13.00-15.00')).toBe('13:00');
    expect(startTimeOf('Mødet blev holdt den 3/3-2022 Kl 9.30 på rådhuset')).toBe('09:30');
  });

  it('leaves a time in the body alone, and gives null without one', () => {
    const body = ['Referat', ...Array.from({ length: 15 }, (_, i) => `Linje ${i}`), 'Mette oplyste, at hun måtte gå kl. 11.00.'].join('\n');
    expect(startTimeOf(body)).toBeNull();
    expect(startTimeOf('Referat\nDato: 12. oktober 2023')).toBeNull();
    expect(startTimeOf('Referat kl. 25.00')).toBeNull();
  });
});
