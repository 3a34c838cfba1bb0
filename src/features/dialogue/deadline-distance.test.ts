import { describe, expect, it } from 'vitest';
import { deadlineDistance } from './deadline-distance.ts';

describe('deadlineDistance', () => {
  it('says how many days are left, that it is today, or by how much it is overdue', () => {
    expect(deadlineDistance('2026-10-15', '2026-10-12')).toEqual({ text: 'om 3 dage', overdue: false });
    expect(deadlineDistance('2026-10-15', '2026-10-14')).toEqual({ text: 'om 1 dag', overdue: false });
    expect(deadlineDistance('2026-10-15', '2026-10-15')).toEqual({ text: 'fristen er i dag', overdue: false });
    expect(deadlineDistance('2026-10-15', '2026-10-16')).toEqual({ text: 'overskredet med 1 dag', overdue: true });
    expect(deadlineDistance('2026-10-15', '2026-12-04')).toEqual({ text: 'overskredet med 50 dage', overdue: true });
  });

  it('counts calendar days across the change to summer time', () => {
    expect(deadlineDistance('2026-03-30', '2026-03-28')).toEqual({ text: 'om 2 dage', overdue: false });
  });
});
