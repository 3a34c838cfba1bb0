import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatFiscalYearEnd, formatInteger, formatKroner, formatNumber, formatShortDate } from './format.ts';

describe('Danish formatting', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatInteger(1234567)).toBe('1.234.567');
    expect(formatKroner(74_800_000)).toBe('748.000 kr.');
    expect(formatKroner(123_450)).toBe('1.234,50 kr.');
    expect(formatInteger(null)).toBe('–');
  });

  it('formats plain dates as that calendar day', () => {
    expect(formatDate('2021-11-03')).toBe('3. november 2021');
    expect(formatShortDate('2021-04-07')).toBe('07.04.2021');
  });

  it('shows instants in Copenhagen time, also across daylight saving', () => {
    expect(formatDateTime(new Date('2026-07-01T22:30:00Z'))).toContain('2. jul. 2026');
    expect(formatDateTime(new Date('2026-01-15T09:05:00Z'))).toContain('10.05');
  });

  it('names the fiscal year end by its last day', () => {
    expect(formatFiscalYearEnd(12)).toBe('31. december');
    expect(formatFiscalYearEnd(5)).toBe('31. maj');
    expect(formatFiscalYearEnd(9)).toBe('30. september');
    expect(formatFiscalYearEnd(2)).toBe('28. februar');
  });
});

describe('formatNumber', () => {
  it('shows exactly the decimals asked for, rounded, with Danish separators', () => {
    expect(formatNumber(1234.56, 1)).toBe('1.234,6');
    expect(formatNumber(1234, 2)).toBe('1.234,00');
    expect(formatNumber(-98765.4321, 0)).toBe('-98.765');
    expect(formatNumber(0.12345, 4)).toBe('0,1235');
    expect(formatNumber(null, 1)).toBe('–');
    expect(formatNumber(Number.NaN, 1)).toBe('–');
  });

  it('never shows "-0", and signs a difference when asked', () => {
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatNumber(50, 0, { signed: true })).toBe('+50');
    expect(formatNumber(-50, 0, { signed: true })).toBe('-50');
    expect(formatNumber(0, 0, { signed: true })).toBe('0');
  });
});
