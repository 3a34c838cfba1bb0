import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../catalogue/defaults.ts';
import { classifyYear, type AreaYear } from './classify.ts';
import { THRESHOLD_KEYS, groupThresholds, setForListYear, thresholdContradictions, type ThresholdSet } from './thresholds.ts';

/*
 * The § 61 a/b classification on hand-made areas, at, just below and just above each threshold of
 * the default set (udsat 40 %, 3×, 60 %, 55 %; parallelsamfund 50 %; forebyggelse 30 %, 30 %, 2×,
 * 60 %, 65 %; 1,000 residents; five years as parallelsamfund). Figures of year Y count for the list
 * of 1 December Y+1, so the 2021 set judges figures from 2020.
 */

const SETS = groupThresholds(DEFAULT_THRESHOLDS);
const YEAR = 2024;

/** An area far from every line, so each test moves only what it tests. */
const QUIET: Omit<AreaYear, 'year'> = {
  residents: 2000,
  outsideWorkPct: 20,
  convictionsRatio: 1,
  primarySchoolOnlyPct: 40,
  incomeRatioPct: 80,
  nonWesternPct: 10,
};

/** The same figures in every year from `from` to YEAR, with `change` in YEAR (and `before` in the year before). */
function area(change: Partial<AreaYear>, opts: { before?: Partial<AreaYear>; from?: number; sets?: ThresholdSet[] } = {}) {
  const years = new Map<number, AreaYear>();
  for (let y = opts.from ?? YEAR - 1; y <= YEAR; y++) {
    years.set(y, { ...QUIET, year: y, ...(y === YEAR - 1 ? (opts.before ?? change) : {}), ...(y === YEAR ? change : {}) });
  }
  return classifyYear(years, YEAR, opts.sets ?? SETS)!;
}

/** Two udsat criteria met besides the one tested, so the area's status turns on `change`. */
const ONE_MORE = { primarySchoolOnlyPct: 70 };

describe('the default thresholds', () => {
  it('are one complete set from the list of 2021, without contradictions', () => {
    expect(SETS).toHaveLength(1);
    expect(SETS[0].validFrom).toBe(2021);
    expect(Object.keys(SETS[0].values).sort()).toEqual([...THRESHOLD_KEYS].sort());
    expect(thresholdContradictions(SETS[0].values)).toEqual({});
  });
});

describe('residents', () => {
  const twoCriteria = { outsideWorkPct: 45, primarySchoolOnlyPct: 70 };
  it.each([
    [999, false],
    [1000, true],
    [1001, true],
  ])('%i residents: udsat %s', (residents, udsat) => {
    const c = area({ ...twoCriteria, residents });
    expect(c.residentsCheck?.met).toBe(udsat);
    expect(c.udsatCount).toBe(2);
    expect(c.lists.includes('udsat')).toBe(udsat);
  });
  it('a small area is no forebyggelsesområde either', () => {
    const c = area({ residents: 999, nonWesternPct: 40, outsideWorkPct: 35, primarySchoolOnlyPct: 65 });
    expect(c.forebyggelseCount).toBe(2);
    expect(c.lists).toEqual([]);
  });
});

describe('outside work or education: above 40 % as the average of two years', () => {
  it.each([
    [39.99, false],
    [40, false],
    [40.01, true],
  ])('%d %% both years: met %s', (pct, met) => {
    const c = area({ ...ONE_MORE, outsideWorkPct: pct });
    expect(c.criteria[0].udsat?.met).toBe(met);
    expect(c.lists.includes('udsat')).toBe(met);
  });
  it('averages the year with the year before', () => {
    // 40,1 and 39,9 average to exactly 40: on the line is not above it.
    expect(area({ ...ONE_MORE, outsideWorkPct: 40.1 }, { before: { outsideWorkPct: 39.9 } }).criteria[0]).toMatchObject({
      value: 40,
      years: [2023, 2024],
      udsat: { met: false, margin: 0 },
    });
    expect(area({ ...ONE_MORE, outsideWorkPct: 40.1 }, { before: { outsideWorkPct: 40 } }).criteria[0].udsat).toMatchObject({
      met: true,
      margin: 0.05,
    });
    // One high year alone does not make the average.
    expect(area({ ...ONE_MORE, outsideWorkPct: 45 }, { before: { outsideWorkPct: 30 } }).lists).toEqual([]);
  });
  it('uses the one year there is when the year before has no figures', () => {
    const c = area({ ...ONE_MORE, outsideWorkPct: 41 }, { from: YEAR });
    expect(c.criteria[0]).toMatchObject({ value: 41, years: [2024] });
    expect(c.lists).toEqual(['udsat']);
  });
});

describe('convictions: at least 3 times the national average, as the average of two years', () => {
  it.each([
    [2.99, false],
    [3, true],
    [3.01, true],
  ])('%d both years: met %s', (ratio, met) => {
    expect(area({ ...ONE_MORE, convictionsRatio: ratio }).criteria[1].udsat?.met).toBe(met);
  });
  it('2,9 and 3,1 average to 3, which meets it', () => {
    expect(area({ ...ONE_MORE, convictionsRatio: 3.1 }, { before: { convictionsRatio: 2.9 } }).lists).toEqual(['udsat']);
  });
});

describe('only primary school: above 60 %', () => {
  it.each([
    [59.99, false],
    [60, false],
    [60.01, true],
  ])('%d %%: met %s', (pct, met) => {
    const c = area({ outsideWorkPct: 45, primarySchoolOnlyPct: pct }, { before: { outsideWorkPct: 45, primarySchoolOnlyPct: 0 } });
    // The year's own figure counts, not an average.
    expect(c.criteria[2]).toMatchObject({ value: pct, years: [2024], udsat: { met } });
  });
});

describe('income: below 55 % of the region’s', () => {
  it.each([
    [54.99, true],
    [55, false],
    [55.01, false],
  ])('%d %%: met %s', (pct, met) => {
    const c = area({ ...ONE_MORE, incomeRatioPct: pct });
    expect(c.criteria[3].udsat?.met).toBe(met);
    expect(c.criteria[3].udsat?.margin).toBeCloseTo(55 - pct, 6);
    expect(c.lists.includes('udsat')).toBe(met);
  });
});

describe('how many criteria', () => {
  it('one criterion is not enough, two are', () => {
    expect(area({ outsideWorkPct: 45 }).lists).toEqual([]);
    expect(area({ outsideWorkPct: 45, incomeRatioPct: 50 }).lists).toEqual(['udsat']);
    expect(area({ outsideWorkPct: 45, incomeRatioPct: 50, convictionsRatio: 4, primarySchoolOnlyPct: 70 }).udsatCount).toBe(4);
  });
  it('a criterion without figures is not met', () => {
    const c = area({ outsideWorkPct: null, incomeRatioPct: 50 });
    expect(c.criteria[0]).toMatchObject({ value: null, udsat: null });
    expect(c.lists).toEqual([]);
  });
});

describe('parallelsamfund: udsat and more than 50 % non-Western', () => {
  const udsat = { outsideWorkPct: 45, primarySchoolOnlyPct: 70 };
  it.each([
    [49.99, false],
    [50, false],
    [50.01, true],
  ])('%d %% non-Western: parallelsamfund %s', (pct, parallel) => {
    const c = area({ ...udsat, nonWesternPct: pct });
    expect(c.lists.includes('parallel')).toBe(parallel);
    expect(c.lists.includes('udsat')).toBe(true);
  });
  it('a non-Western majority alone is no list', () => {
    expect(area({ nonWesternPct: 80 }).lists).toEqual([]);
  });
});

describe('omdannelsesområde: a parallelsamfund five years in a row', () => {
  const parallel = { outsideWorkPct: 45, primarySchoolOnlyPct: 70, nonWesternPct: 60 };
  it('four years is a parallelsamfund, five an omdannelsesområde', () => {
    const four = area(parallel, { from: YEAR - 3 });
    expect(four.parallelRun).toBe(1);
    const years = (n: number) => {
      const m = new Map<number, AreaYear>();
      for (let y = YEAR - n + 1; y <= YEAR; y++) m.set(y, { ...QUIET, ...parallel, year: y });
      return m;
    };
    expect(classifyYear(years(4), YEAR, SETS)).toMatchObject({ parallelRun: 4, lists: ['parallel', 'udsat'] });
    expect(classifyYear(years(5), YEAR, SETS)).toMatchObject({ parallelRun: 5, lists: ['omdannelse', 'parallel', 'udsat'] });
  });
  it('a year without figures, or below the line, breaks the run', () => {
    const m = new Map<number, AreaYear>();
    for (let y = 2019; y <= YEAR; y++) m.set(y, { ...QUIET, ...parallel, year: y });
    m.delete(2021);
    expect(classifyYear(m, YEAR, SETS)?.parallelRun).toBe(3);
    m.set(2021, { ...QUIET, ...parallel, nonWesternPct: 50, year: 2021 });
    expect(classifyYear(m, YEAR, SETS)?.parallelRun).toBe(3);
  });
  it('a year whose list had no thresholds breaks it too', () => {
    const m = new Map<number, AreaYear>();
    for (let y = 2016; y <= 2024; y++) m.set(y, { ...QUIET, ...parallel, year: y });
    // Figures from 2020 count for the list of 2021, the first with a set; 2019's for 2020, which had none.
    expect(classifyYear(m, 2024, SETS)?.parallelRun).toBe(5);
    expect(classifyYear(m, 2023, SETS)).toMatchObject({ parallelRun: 4, lists: ['parallel', 'udsat'] });
    expect(classifyYear(m, 2019, SETS)).toMatchObject({ thresholds: null, lists: [], parallelRun: 0 });
  });
});

describe('forebyggelsesområde: more than 30 % non-Western and two criteria at the lower thresholds', () => {
  const two = { outsideWorkPct: 35, primarySchoolOnlyPct: 65 };
  it.each([
    [29.99, false],
    [30, false],
    [30.01, true],
  ])('%d %% non-Western: forebyggelse %s', (pct, yes) => {
    expect(area({ ...two, nonWesternPct: pct }).lists).toEqual(yes ? ['forebyggelse'] : []);
  });
  it.each([
    ['outside work 30 % is not above', { outsideWorkPct: 30 }, false],
    ['outside work 30,01 %', { outsideWorkPct: 30.01 }, true],
    ['convictions 1,99×', { convictionsRatio: 1.99 }, false],
    ['convictions 2× is at least', { convictionsRatio: 2 }, true],
    ['primary school 60 % is not above', { primarySchoolOnlyPct: 60 }, false],
    ['primary school 60,01 %', { primarySchoolOnlyPct: 60.01 }, true],
    ['income 65 % is not below', { incomeRatioPct: 65 }, false],
    ['income 64,99 %', { incomeRatioPct: 64.99 }, true],
  ])('%s, with one other lower criterion met', (_, change, yes) => {
    // The other: an income of 60 % (below 65 %, not below 55 %), or convictions at 2,5× when income is the one tested.
    const other = 'incomeRatioPct' in change ? { convictionsRatio: 2.5 } : { incomeRatioPct: 60 };
    const c = area({ nonWesternPct: 40, ...other, ...change });
    expect(c.forebyggelseCount).toBe(yes ? 2 : 1);
    expect(c.lists).toEqual(yes ? ['forebyggelse'] : []);
  });
  it('an udsat area may be a forebyggelsesområde too, a parallelsamfund may not', () => {
    expect(area({ outsideWorkPct: 45, primarySchoolOnlyPct: 70, nonWesternPct: 40 }).lists).toEqual(['udsat', 'forebyggelse']);
    expect(area({ outsideWorkPct: 45, primarySchoolOnlyPct: 70, nonWesternPct: 55 }).lists).toEqual(['parallel', 'udsat']);
  });
});

describe('which set applies', () => {
  const law2027: ThresholdSet = { validFrom: 2027, values: { ...SETS[0].values, 'udsat.outside_work': 35 } };
  const sets = [law2027, ...SETS];
  it('the newest set whose year is not after the list year', () => {
    expect(setForListYear(sets, 2020)).toBeNull();
    expect(setForListYear(sets, 2021)?.validFrom).toBe(2021);
    expect(setForListYear(sets, 2026)?.validFrom).toBe(2021);
    expect(setForListYear(sets, 2027)?.validFrom).toBe(2027);
    expect(setForListYear(sets, 2030)?.validFrom).toBe(2027);
  });
  it('figures of 2026 are judged by the law of the 2027 list, those of 2025 by the old one', () => {
    const make = (year: number) =>
      new Map([
        [year - 1, { ...QUIET, year: year - 1, outsideWorkPct: 38, primarySchoolOnlyPct: 70 }],
        [year, { ...QUIET, year, outsideWorkPct: 38, primarySchoolOnlyPct: 70 }],
      ]);
    expect(classifyYear(make(2026), 2026, sets)).toMatchObject({ listYear: 2027, thresholds: { validFrom: 2027 }, lists: ['udsat'] });
    expect(classifyYear(make(2025), 2025, sets)).toMatchObject({ listYear: 2026, thresholds: { validFrom: 2021 }, lists: [] });
  });
  it('a set missing a value is no set', () => {
    const rows = [...DEFAULT_THRESHOLDS, { validFrom: 2030, key: 'min_residents', value: 500 }];
    expect(groupThresholds(rows).map((s) => s.validFrom)).toEqual([2021]);
  });
  it('no figures for the year: nothing to classify', () => {
    expect(classifyYear(new Map(), 2024, SETS)).toBeNull();
  });
});

describe('contradicting thresholds', () => {
  it('names the lower threshold that is harder than the upper one', () => {
    const v = SETS[0].values;
    expect(Object.keys(thresholdContradictions({ ...v, 'forebyggelse.outside_work': 41 }))).toEqual(['forebyggelse.outside_work']);
    expect(thresholdContradictions({ ...v, 'forebyggelse.outside_work': 40 })).toEqual({});
    expect(Object.keys(thresholdContradictions({ ...v, 'forebyggelse.convictions': 3.5 }))).toEqual(['forebyggelse.convictions']);
    expect(Object.keys(thresholdContradictions({ ...v, 'forebyggelse.primary_school': 61 }))).toEqual(['forebyggelse.primary_school']);
    expect(Object.keys(thresholdContradictions({ ...v, 'forebyggelse.non_western': 51 }))).toEqual(['forebyggelse.non_western']);
    expect(thresholdContradictions({ ...v, 'forebyggelse.income': 50 })['forebyggelse.income']).toMatch(/må ikke ligge under .* \(55\)/);
  });
});
