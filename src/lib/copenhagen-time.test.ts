import { describe, expect, it } from 'vitest';
import { danishInstant, danishParts, danishToday, daysBetween } from './copenhagen-time.ts';

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

  it('turn a Danish date and time into an instant and back, in winter and summer time', () => {
    expect(danishInstant('2026-12-03', '10:00')?.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(danishInstant('2026-06-03', '10:00')?.toISOString()).toBe('2026-06-03T08:00:00.000Z');
    expect(danishInstant('2026-06-03', null)?.toISOString()).toBe('2026-06-02T22:00:00.000Z');
    expect(danishInstant(null, '10:00')).toBeNull();
    expect(danishParts(new Date('2026-06-03T08:00:00Z'))).toEqual({ date: '2026-06-03', time: '10:00' });
    expect(danishParts(null)).toEqual({ date: '', time: '' });
  });
});
