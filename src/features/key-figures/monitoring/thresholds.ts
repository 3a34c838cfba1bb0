import { formatPlain } from './words.ts';

/*
 * The thresholds of almenboligloven § 61 a and § 61 b as data: a set of values per year it applies
 * from. The year of a set is a list year (the lists are published on 1 December): a change of the
 * law "from 2027" is a set from 2027, which judges the figures the list of 1 December 2027 is
 * made from. Nothing here holds a threshold's value; the values live in monitoring_thresholds.
 */

export const THRESHOLD_KEYS = [
  'min_residents',
  'udsat.criteria',
  'udsat.outside_work',
  'udsat.convictions',
  'udsat.primary_school',
  'udsat.income',
  'parallel.non_western',
  'omdannelse.years',
  'forebyggelse.criteria',
  'forebyggelse.non_western',
  'forebyggelse.outside_work',
  'forebyggelse.convictions',
  'forebyggelse.primary_school',
  'forebyggelse.income',
] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];
export type Thresholds = Record<ThresholdKey, number>;

export interface ThresholdSet {
  /** The first list year the set applies to. */
  validFrom: number;
  values: Thresholds;
}

export type ThresholdUnit = 'residents' | 'count' | 'years' | 'pct' | 'times' | 'pctRegion';

/** How each value is asked for and shown: its Danish label, unit and allowed range. */
export const THRESHOLD_FIELDS: Record<ThresholdKey, { label: string; unit: ThresholdUnit; min: number; max: number; whole: boolean }> = {
  min_residents: { label: 'Mindste antal beboere', unit: 'residents', min: 0, max: 100_000, whole: true },
  'udsat.criteria': { label: 'Udsat: antal kriterier, der skal være opfyldt', unit: 'count', min: 1, max: 4, whole: true },
  'udsat.outside_work': { label: 'Udsat: uden for arbejde eller uddannelse over', unit: 'pct', min: 0, max: 100, whole: false },
  'udsat.convictions': { label: 'Udsat: dømte mindst', unit: 'times', min: 0.01, max: 100, whole: false },
  'udsat.primary_school': { label: 'Udsat: kun grundskole over', unit: 'pct', min: 0, max: 100, whole: false },
  'udsat.income': { label: 'Udsat: indkomst under', unit: 'pctRegion', min: 0, max: 100, whole: false },
  'parallel.non_western': { label: 'Parallelsamfund: ikke-vestlige over', unit: 'pct', min: 0, max: 100, whole: false },
  'omdannelse.years': { label: 'Omdannelsesområde: år i træk som parallelsamfund', unit: 'years', min: 1, max: 20, whole: true },
  'forebyggelse.criteria': { label: 'Forebyggelse: antal kriterier, der skal være opfyldt', unit: 'count', min: 1, max: 4, whole: true },
  'forebyggelse.non_western': { label: 'Forebyggelse: ikke-vestlige over', unit: 'pct', min: 0, max: 100, whole: false },
  'forebyggelse.outside_work': {
    label: 'Forebyggelse: uden for arbejde eller uddannelse over',
    unit: 'pct',
    min: 0,
    max: 100,
    whole: false,
  },
  'forebyggelse.convictions': { label: 'Forebyggelse: dømte mindst', unit: 'times', min: 0.01, max: 100, whole: false },
  'forebyggelse.primary_school': { label: 'Forebyggelse: kun grundskole over', unit: 'pct', min: 0, max: 100, whole: false },
  'forebyggelse.income': { label: 'Forebyggelse: indkomst under', unit: 'pctRegion', min: 0, max: 100, whole: false },
};

/** The list published on 1 December of the year after the figures' year is the one they count for. */
export const listYearOf = (statisticsYear: number) => statisticsYear + 1;

/** The newest set that applies to a list year, or null when the law had no such lists yet. */
export function setForListYear(sets: readonly ThresholdSet[], listYear: number): ThresholdSet | null {
  let best: ThresholdSet | null = null;
  for (const s of sets) if (s.validFrom <= listYear && (!best || s.validFrom > best.validFrom)) best = s;
  return best;
}

/** Rows of monitoring_thresholds grouped into sets, newest first; a set missing a key is left out (it cannot judge). */
export function groupThresholds(rows: readonly { validFrom: number; key: string; value: number }[]): ThresholdSet[] {
  const byYear = new Map<number, Partial<Thresholds>>();
  for (const r of rows) {
    if (!(THRESHOLD_KEYS as readonly string[]).includes(r.key)) continue;
    const set = byYear.get(r.validFrom) ?? {};
    set[r.key as ThresholdKey] = Number(r.value);
    byYear.set(r.validFrom, set);
  }
  return [...byYear]
    .filter(([, values]) => THRESHOLD_KEYS.every((k) => values[k] !== undefined))
    .map(([validFrom, values]) => ({ validFrom, values: values as Thresholds }))
    .sort((a, b) => b.validFrom - a.validFrom);
}

/**
 * Where a set contradicts itself, in Danish by key: the lower thresholds of a forebyggelsesområde
 * must be easier to meet than those of an udsat boligområde (a share above 30 % before one above
 * 40 %; an income below 65 % of the region's before one below 55 %).
 */
export function thresholdContradictions(v: Thresholds): Partial<Record<ThresholdKey, string>> {
  const problems: Partial<Record<ThresholdKey, string>> = {};
  const notAbove = (lower: ThresholdKey, upper: ThresholdKey, what: string) => {
    if (v[lower] > v[upper])
      problems[lower] = `Grænsen for forebyggelsesområder må ikke ligge over grænsen for ${what} (${formatPlain(v[upper])}).`;
  };
  notAbove('forebyggelse.outside_work', 'udsat.outside_work', 'udsatte boligområder');
  notAbove('forebyggelse.convictions', 'udsat.convictions', 'udsatte boligområder');
  notAbove('forebyggelse.primary_school', 'udsat.primary_school', 'udsatte boligområder');
  notAbove('forebyggelse.non_western', 'parallel.non_western', 'parallelsamfund');
  if (v['forebyggelse.income'] < v['udsat.income']) {
    problems['forebyggelse.income'] =
      `Indkomstgrænsen for forebyggelsesområder må ikke ligge under grænsen for udsatte boligområder (${formatPlain(v['udsat.income'])}): et forebyggelsesområde er et område med en lidt højere indkomst.`;
  }
  return problems;
}
