import { describe, expect, it } from 'vitest';
import { evaluateTarget, type Target } from './target.ts';

const atLeast200By2027: Target = { comparator: 'gte', value: 200, year: 2027 };
const atMost5By2027: Target = { comparator: 'lte', value: 5, year: 2027 };
const state = (t: Target, figures: [number, number][], now: number) =>
  evaluateTarget(
    t,
    figures.map(([year, value]) => ({ year, value })),
    now,
  ).state;

describe('evaluateTarget', () => {
  it('has no verdict without figures before the target year is out', () => {
    expect(state(atLeast200By2027, [], 2026)).toBe('ingen_tal');
    expect(state(atLeast200By2027, [], 2027)).toBe('ingen_tal');
  });

  it('is missed once the year after the target year (when its accounts come) has passed without its figure', () => {
    expect(state(atLeast200By2027, [], 2028)).toBe('ingen_tal');
    expect(state(atLeast200By2027, [[2025, 150]], 2028)).toBe('ikke_paa_vej');
    expect(state(atLeast200By2027, [], 2029)).toBe('ikke_opfyldt');
    expect(state(atLeast200By2027, [[2025, 150]], 2029)).toBe('ikke_opfyldt');
  });

  it('judges by the target year when its figure is in, the target itself included', () => {
    expect(state(atLeast200By2027, [[2027, 200]], 2028)).toBe('opfyldt');
    expect(state(atLeast200By2027, [[2027, 199.99]], 2028)).toBe('ikke_opfyldt');
    expect(state(atMost5By2027, [[2027, 5]], 2028)).toBe('opfyldt');
    expect(state(atMost5By2027, [[2027, 5.01]], 2028)).toBe('ikke_opfyldt');
  });

  it('lets the target year decide even when an earlier year met it', () => {
    expect(
      state(
        atLeast200By2027,
        [
          [2025, 250],
          [2027, 180],
        ],
        2028,
      ),
    ).toBe('ikke_opfyldt');
  });

  it('is met early when the latest figure already meets it', () => {
    expect(state(atLeast200By2027, [[2025, 200]], 2026)).toBe('opfyldt');
  });

  it('is on the way when the latest figure moved toward the target, not when it stood still or went back', () => {
    const rising: [number, number][] = [
      [2024, 120],
      [2025, 150],
    ];
    expect(state(atLeast200By2027, rising, 2026)).toBe('paa_vej');
    expect(
      state(
        atLeast200By2027,
        [
          [2024, 150],
          [2025, 150],
        ],
        2026,
      ),
    ).toBe('ikke_paa_vej');
    expect(
      state(
        atMost5By2027,
        [
          [2024, 8],
          [2025, 6],
        ],
        2026,
      ),
    ).toBe('paa_vej');
    expect(
      state(
        atMost5By2027,
        [
          [2024, 6],
          [2025, 8],
        ],
        2026,
      ),
    ).toBe('ikke_paa_vej');
    expect(state(atLeast200By2027, [[2025, 150]], 2026)).toBe('ikke_paa_vej');
  });

  it('shows the figures up to the target year as evidence, oldest first, and ignores later years', () => {
    const v = evaluateTarget(
      atLeast200By2027,
      [
        { year: 2028, value: 100 },
        { year: 2026, value: 210 },
        { year: 2025, value: 190 },
      ],
      2029,
    );
    expect(v).toEqual({
      state: 'ikke_opfyldt',
      evidence: [
        { year: 2025, value: 190 },
        { year: 2026, value: 210 },
      ],
    });
  });
});
