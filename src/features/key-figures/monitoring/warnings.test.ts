import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../catalogue/defaults.ts';
import { classifyYear, type AreaYear } from './classify.ts';
import { groupThresholds, type ThresholdSet } from './thresholds.ts';
import { earlyWarnings, leastSquaresSlope } from './warnings.ts';

const SETS = groupThresholds(DEFAULT_THRESHOLDS);
const QUIET: Omit<AreaYear, 'year'> = {
  residents: 2000,
  outsideWorkPct: 20,
  convictionsRatio: 1,
  primarySchoolOnlyPct: 40,
  incomeRatioPct: 80,
  nonWesternPct: 10,
};

/** Figures for 2021–2024 (or the years given): each field a value per year, oldest first. */
function warningsOf(series: Partial<Record<keyof Omit<AreaYear, 'year'>, (number | null)[]>>, sets: ThresholdSet[] = SETS) {
  const length = Math.max(...Object.values(series).map((s) => s.length), 1);
  const first = 2024 - length + 1;
  const years = new Map<number, AreaYear>();
  for (let i = 0; i < length; i++) {
    const row: AreaYear = { ...QUIET, year: first + i };
    for (const [k, values] of Object.entries(series)) (row as unknown as Record<string, number | null>)[k] = values[i];
    years.set(first + i, row);
  }
  const c = classifyYear(years, 2024, sets)!;
  return { classification: c, warnings: earlyWarnings(years, c, sets) };
}

describe('least-squares slope', () => {
  it('against hand-computed values', () => {
    expect(
      leastSquaresSlope([
        { x: 2022, y: 30 },
        { x: 2023, y: 33 },
        { x: 2024, y: 36 },
      ]),
    ).toBe(3);
    // (1,1), (2,2), (3,4): x̄ = 2, ȳ = 7/3, Σ(x−x̄)(y−ȳ) = 3, Σ(x−x̄)² = 2.
    expect(
      leastSquaresSlope([
        { x: 1, y: 1 },
        { x: 2, y: 2 },
        { x: 3, y: 4 },
      ]),
    ).toBe(1.5);
    expect(
      leastSquaresSlope([
        { x: 1, y: 5 },
        { x: 2, y: 3 },
        { x: 3, y: 4 },
        { x: 4, y: 0 },
      ]),
    ).toBeCloseTo(-1.4, 10);
  });
  it('needs two distinct years', () => {
    expect(leastSquaresSlope([{ x: 1, y: 1 }])).toBeNull();
    expect(
      leastSquaresSlope([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeNull();
  });
});

describe('early warning: one criterion met', () => {
  it('at the udsat threshold, said once (not again at the lower one)', () => {
    const { classification, warnings } = warningsOf({ outsideWorkPct: [45, 45] });
    expect(classification.lists).toEqual([]);
    expect(warnings.map((w) => [w.set, w.kind, w.criterion.key])).toEqual([['udsat', 'meets', 'outside_work']]);
    expect(warnings[0].sentence).toBe(
      'Andelen uden for arbejde eller uddannelse er 45,0 % (gennemsnit af 2023 og 2024) og over grænsen for udsatte boligområder (40 %).',
    );
  });
  it('at the lower threshold only', () => {
    const { warnings } = warningsOf({ convictionsRatio: [2, 2] });
    expect(warnings.map((w) => [w.set, w.kind])).toEqual([['forebyggelse', 'meets']]);
    expect(warnings[0].sentence).toBe(
      'Andelen af dømte er 2,0 gange landsgennemsnittet (gennemsnit af 2023 og 2024) og på eller over grænsen for forebyggelsesområder (2 gange landsgennemsnittet).',
    );
  });
  it('just below either threshold: no warning', () => {
    expect(warningsOf({ outsideWorkPct: [30, 30], convictionsRatio: [1.99, 1.99], incomeRatioPct: [65, 65] }).warnings).toEqual([]);
  });
  it('none for the list the area is on', () => {
    const udsat = warningsOf({ outsideWorkPct: [45, 45], primarySchoolOnlyPct: [70, 70], incomeRatioPct: [60, 60] });
    expect(udsat.classification.lists).toEqual(['udsat']);
    expect(udsat.warnings).toEqual([]);
    // A forebyggelsesområde is warned about the udsat line only.
    const fbo = warningsOf({ nonWesternPct: [40, 40], outsideWorkPct: [45, 45], incomeRatioPct: [60, 60] });
    expect(fbo.classification.lists).toEqual(['forebyggelse']);
    expect(fbo.warnings.map((w) => [w.set, w.kind, w.criterion.key])).toEqual([['udsat', 'meets', 'outside_work']]);
  });
});

describe('early warning: the trend of the last three years', () => {
  it('reaches the threshold within two years', () => {
    // Two-year averages 31,5 → 34,5 → 37,5 (2022–2024): 3 points a year, above 40 in 2025.
    const { warnings } = warningsOf({ outsideWorkPct: [30, 33, 36, 39] });
    const trend = warnings.find((w) => w.kind === 'trend')!;
    expect(trend).toMatchObject({ set: 'udsat', slope: 3, reachYear: 2025, threshold: 40, value: 37.5 });
    expect(trend.sentence).toBe(
      'Andelen uden for arbejde eller uddannelse stiger 3,0 procentpoint om året og når 40 % i 2025 (grænsen for udsatte boligområder).',
    );
    // The lower threshold is met already.
    expect(warnings.find((w) => w.kind === 'meets')).toMatchObject({ set: 'forebyggelse' });
  });
  it('in the second year, or not within two', () => {
    // Only primary school is the year's own value: 52,2 → 54,2 → 56,2 is 60,2 in 2026. The lower line is 60 % as
    // well, so one warning says it.
    const second = warningsOf({ primarySchoolOnlyPct: [52.2, 54.2, 56.2] }).warnings;
    expect(second.map((w) => [w.set, w.kind, w.reachYear])).toEqual([['udsat', 'trend', 2026]]);
    // Reaching exactly 60 is not above it.
    expect(warningsOf({ primarySchoolOnlyPct: [52, 54, 56] }).warnings).toEqual([]);
    // One point a year from 57 is three years from above 60.
    expect(warningsOf({ primarySchoolOnlyPct: [55, 56, 57] }).warnings).toEqual([]);
  });
  it('a falling income, said as it falls', () => {
    const { warnings } = warningsOf({ incomeRatioPct: [60, 58, 56] });
    expect(warnings.map((w) => [w.set, w.kind, w.reachYear])).toEqual([
      ['udsat', 'trend', 2025],
      ['forebyggelse', 'meets', null],
    ]);
    expect(warnings[0].sentence).toBe(
      'Indkomsten falder 2,0 procentpoint om året og når 55 % af regionens i 2025 (grænsen for udsatte boligområder).',
    );
  });
  it('convictions rising towards the national average’s multiple', () => {
    const { warnings } = warningsOf({ convictionsRatio: [1.2, 1.4, 1.6, 1.8] });
    expect(warnings[0].sentence).toBe(
      'Andelen af dømte stiger 0,2 gange landsgennemsnittet om året og når 2 gange landsgennemsnittet i 2026 (grænsen for forebyggelsesområder).',
    );
  });
  it('an improving trend, or a missing year, warns of nothing', () => {
    expect(warningsOf({ outsideWorkPct: [39, 36, 33, 30] }).warnings.filter((w) => w.kind === 'trend')).toEqual([]);
    expect(warningsOf({ primarySchoolOnlyPct: [52.2, null, 56.2] }).warnings).toEqual([]);
  });
  it('uses the threshold of the list the later year counts for', () => {
    const law2026: ThresholdSet = { validFrom: 2026, values: { ...SETS[0].values, 'udsat.primary_school': 57 } };
    // Primary school 55 → 56 → 57 is judged by 60 % in 2024, but the 2025 figures count for the 2026 list, whose line is 57.
    const { warnings } = warningsOf({ primarySchoolOnlyPct: [55, 56, 57] }, [law2026, ...SETS]);
    expect(warnings.map((w) => [w.set, w.threshold, w.reachYear])).toEqual([['udsat', 57, 2025]]);
  });
});
