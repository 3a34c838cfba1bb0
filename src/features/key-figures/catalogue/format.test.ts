import { describe, expect, it } from 'vitest';
import { formatIndicatorValue } from './format.ts';

describe('formatIndicatorValue', () => {
  it('writes the value in Danish with the decimals and unit of its indicator', () => {
    expect(formatIndicatorValue({ unit: 'kr./m²/år', decimals: 1 }, 1234.5)).toBe('1.234,5 kr./m²/år');
    expect(formatIndicatorValue({ unit: 'kr./m²/år', decimals: 0 }, 1234.5)).toBe('1.235 kr./m²/år');
    expect(formatIndicatorValue({ unit: '%', decimals: 1 }, 12)).toBe('12,0 %');
    expect(formatIndicatorValue({ unit: 'kr.', decimals: 0 }, -250000)).toBe('-250.000 kr.');
  });

  it('leaves out an empty unit, and shows a dash for no value', () => {
    expect(formatIndicatorValue({ unit: '', decimals: 2 }, 98.765)).toBe('98,77');
    expect(formatIndicatorValue({ unit: 'kr.', decimals: 0 }, null)).toBe('–');
    expect(formatIndicatorValue({ unit: 'kr.', decimals: 0 }, undefined)).toBe('–');
  });
});
