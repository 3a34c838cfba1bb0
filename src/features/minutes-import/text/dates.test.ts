import { describe, expect, it } from 'vitest';
import { endOf, findDates, firstDate } from './dates.ts';

describe('Danish dates', () => {
  it.each([
    ['Onsdag den 3. november 2021', '2021-11-03'],
    ['Mødedato Onsdag d. 07. april 2021 kl. 10:00', '2021-04-07'],
    ['REFERAT Rådet for Almene Boligforhold d. 07-04-2021', '2021-04-07'],
    ['afholdt d. 3/3-2022 på rådhuset', '2022-03-03'],
    ['Dato: 3.3.2022', '2022-03-03'],
    ['Dato: 3.3.22', '2022-03-03'],
    ['Dato: 3/11 2021', '2021-11-03'],
    ['2022-03-03', '2022-03-03'],
    ['den 12. jan. 2023', '2023-01-12'],
    ['den 1 feb 2023', '2023-02-01'],
    ['5. marts 2024', '2024-03-05'],
    ['17. maj 2022', '2022-05-17'],
    ['den 4. okt. 2021', '2021-10-04'],
    ['d. 30. sept. 2021', '2021-09-30'],
    ['torsdag den 9. December 2021', '2021-12-09'],
  ])('%s → %s', (text, iso) => {
    expect(firstDate(text)).toBe(iso);
  });

  it('ignores numbers that are not dates', () => {
    for (const text of [
      '20/25312',
      'perioden 2018-2021',
      '1.300 boliger',
      'kl. 10.00',
      'pkt. 2.1.',
      '31. februar 2021',
      'ca. 14,7 mio. kr.',
      '2 stemmer mod 1',
    ]) {
      expect(firstDate(text), text).toBeNull();
    }
  });

  it('finds dates without a year only when asked, with the year from the reference', () => {
    expect(findDates('senest 1. marts')).toEqual([]);
    expect(findDates('senest 1. marts', { partial: true, reference: '2022-11-03' })[0].iso).toBe('2023-03-01');
    expect(findDates('inden d. 15/4', { partial: true, reference: '2022-03-03' })[0].iso).toBe('2022-04-15');
  });

  it('reports positions', () => {
    const [d] = findDates('Mødet den 3. november 2021 kl. 10');
    expect(d.index).toBe(10);
    expect(d.length).toBe('3. november 2021'.length);
  });

  it('computes the end of a month or a year', () => {
    expect(endOf('februar', 2024)).toBe('2024-02-29');
    expect(endOf(null, 2023)).toBe('2023-12-31');
  });

  it('reads the month as a word between dashes ("03-maj-2001") and English web dates ("Onsdag, April 3, 2019")', () => {
    expect(firstDate('Afbud fra: Torsdag den 03-maj-2001 Udvalgsværelse II')).toBe('2001-05-03');
    expect(firstDate('Dato: Onsdag, April 3, 2019 - 18:00')).toBe('2019-04-03');
    expect(firstDate('Date: 3 May 2019')).toBeNull(); // a Danish reader; "3. maj 2019" is the Danish form
    expect(firstDate('03-mar-20')).toBeNull(); // a two-digit year after a month word is no date
  });
});
