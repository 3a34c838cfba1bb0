import { describe, expect, it } from 'vitest';
import { danishToday, daysBetween } from './calendar-date.ts';

describe('Danish dates', () => {
  it('turn over at Danish midnight, in winter and summer time', () => {
    expect(danishToday(new Date('2026-11-24T22:59:00Z'))).toBe('2026-11-24');
    expect(danishToday(new Date('2026-11-24T23:00:00Z'))).toBe('2026-11-25');
    expect(danishToday(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(danishToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('count days across a change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
