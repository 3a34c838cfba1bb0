import { listYearOf, setForListYear, type ThresholdKey, type ThresholdSet, type ThresholdUnit } from './thresholds.ts';
import type { ListKey } from './words.ts';

/*
 * Which of the lists of almenboligloven § 61 a and § 61 b an area's figures put it on. A pure
 * function of the area's yearly figures and the threshold sets (read from the database), tested at
 * and around every threshold.
 *
 * - udsat boligområde: at least min_residents residents and at least `udsat.criteria` of the four
 *   criteria met: outside work or education above the line (average of two years), convictions at
 *   least the line as a multiple of the national average (average of two years), only primary
 *   school above the line, income below the line as per cent of the region's;
 * - parallelsamfund: udsat with a share of non-Western immigrants and descendants above the line;
 * - omdannelsesområde: a parallelsamfund `omdannelse.years` years in a row (each year judged by the
 *   thresholds of its own list);
 * - forebyggelsesområde: at least min_residents residents, a non-Western share above the lower line
 *   and `forebyggelse.criteria` criteria met at the lower thresholds; not a parallelsamfund (those
 *   have their own, harder tools).
 */

export interface AreaYear {
  year: number;
  residents: number;
  outsideWorkPct: number | null;
  convictionsRatio: number | null;
  primarySchoolOnlyPct: number | null;
  incomeRatioPct: number | null;
  nonWesternPct: number | null;
}
export type AreaHistory = ReadonlyMap<number, AreaYear>;

type Comparison = 'above' | 'atLeast' | 'below';
export type CriterionKey = 'outside_work' | 'convictions' | 'primary_school' | 'income';

export interface Criterion {
  key: CriterionKey;
  field: 'outsideWorkPct' | 'convictionsRatio' | 'primarySchoolOnlyPct' | 'incomeRatioPct';
  /** The law averages this one over the year and the year before. */
  twoYear: boolean;
  comparison: Comparison;
  unit: ThresholdUnit;
  /** Short Danish name, for a table's row. */
  label: string;
  /** The subject of a sentence: "Andelen uden for arbejde eller uddannelse stiger …". */
  subject: string;
}

export const CRITERIA: readonly Criterion[] = [
  {
    key: 'outside_work',
    field: 'outsideWorkPct',
    twoYear: true,
    comparison: 'above',
    unit: 'pct',
    label: 'Uden for arbejde eller uddannelse (18–64 år)',
    subject: 'Andelen uden for arbejde eller uddannelse',
  },
  {
    key: 'convictions',
    field: 'convictionsRatio',
    twoYear: true,
    comparison: 'atLeast',
    unit: 'times',
    label: 'Dømte for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer',
    subject: 'Andelen af dømte',
  },
  {
    key: 'primary_school',
    field: 'primarySchoolOnlyPct',
    twoYear: false,
    comparison: 'above',
    unit: 'pct',
    label: 'Kun grundskoleuddannelse (30–59 år)',
    subject: 'Andelen med kun grundskoleuddannelse',
  },
  {
    key: 'income',
    field: 'incomeRatioPct',
    twoYear: false,
    comparison: 'below',
    unit: 'pctRegion',
    label: 'Gennemsnitlig bruttoindkomst (15–64 år) i forhold til regionens',
    subject: 'Indkomsten',
  },
];

/**
 * One value against one threshold. `margin` is how far the value lies on the side that meets the
 * criterion (positive) or short of it (negative), in the criterion's unit.
 */
export interface Check {
  threshold: number;
  comparison: Comparison;
  met: boolean;
  margin: number;
}

// Two-year averages of decimals (40,1 and 39,9) must land exactly on the line, not a hair below it.
const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function check(value: number, threshold: number, comparison: Comparison): Check {
  const margin = round(comparison === 'below' ? threshold - value : value - threshold);
  return { threshold, comparison, met: comparison === 'atLeast' ? margin >= 0 : margin > 0, margin };
}

/** The value a criterion is judged by in a year: the year's own, or the average with the year before where the law says so. */
export function criterionValue(history: AreaHistory, criterion: Criterion, year: number): { value: number; years: number[] } | null {
  const own = history.get(year)?.[criterion.field];
  if (own === null || own === undefined) return null;
  const before = criterion.twoYear ? history.get(year - 1)?.[criterion.field] : null;
  if (before === null || before === undefined) return { value: own, years: [year] };
  return { value: round((own + before) / 2), years: [year - 1, year] };
}

export interface CriterionResult {
  criterion: Criterion;
  /** Null when the year has no figure for it: an unknown criterion is not met. */
  value: number | null;
  /** The years averaged (one where the year before has no figure). */
  years: number[];
  udsat: Check | null;
  forebyggelse: Check | null;
}

export interface YearClassification {
  year: number;
  /** The list (published 1 December) the figures count for. */
  listYear: number;
  /** The threshold set applied; null when no set applies to that list year, and nothing is judged. */
  thresholds: ThresholdSet | null;
  residents: number;
  residentsCheck: Check | null;
  nonWestern: { value: number | null; parallel: Check | null; forebyggelse: Check | null };
  criteria: CriterionResult[];
  udsatCount: number;
  forebyggelseCount: number;
  /** Years in a row, ending with this one, the area has been a parallelsamfund. */
  parallelRun: number;
  /** Every list the figures put the area on, the hardest first (an omdannelsesområde is also a parallelsamfund and udsat). */
  lists: ListKey[];
}

const key = (set: 'udsat' | 'forebyggelse', c: CriterionKey) => `${set}.${c}` as ThresholdKey;

interface Core {
  classification: Omit<YearClassification, 'parallelRun' | 'lists'>;
  udsat: boolean;
  parallel: boolean;
  forebyggelseConditions: boolean;
}

function judge(history: AreaHistory, year: number, sets: readonly ThresholdSet[]): Core | null {
  const row = history.get(year);
  if (!row) return null;
  const listYear = listYearOf(year);
  const set = setForListYear(sets, listYear);
  const t = set?.values;
  const criteria = CRITERIA.map((criterion): CriterionResult => {
    const v = criterionValue(history, criterion, year);
    return {
      criterion,
      value: v?.value ?? null,
      years: v?.years ?? [],
      udsat: t && v ? check(v.value, t[key('udsat', criterion.key)], criterion.comparison) : null,
      forebyggelse: t && v ? check(v.value, t[key('forebyggelse', criterion.key)], criterion.comparison) : null,
    };
  });
  const nw = row.nonWesternPct;
  const residentsCheck = t ? check(row.residents, t.min_residents, 'atLeast') : null;
  const nonWestern = {
    value: nw,
    parallel: t && nw !== null ? check(nw, t['parallel.non_western'], 'above') : null,
    forebyggelse: t && nw !== null ? check(nw, t['forebyggelse.non_western'], 'above') : null,
  };
  const udsatCount = criteria.filter((c) => c.udsat?.met).length;
  const forebyggelseCount = criteria.filter((c) => c.forebyggelse?.met).length;
  const big = residentsCheck?.met === true;
  const udsat = !!t && big && udsatCount >= t['udsat.criteria'];
  return {
    classification: {
      year,
      listYear,
      thresholds: set,
      residents: row.residents,
      residentsCheck,
      nonWestern,
      criteria,
      udsatCount,
      forebyggelseCount,
    },
    udsat,
    parallel: udsat && nonWestern.parallel?.met === true,
    forebyggelseConditions: !!t && big && nonWestern.forebyggelse?.met === true && forebyggelseCount >= t['forebyggelse.criteria'],
  };
}

/** The classification of one year's figures; null when the area has no figures for the year. */
export function classifyYear(history: AreaHistory, year: number, sets: readonly ThresholdSet[]): YearClassification | null {
  const core = judge(history, year, sets);
  if (!core) return null;
  let parallelRun = 0;
  // A year without figures, or without thresholds, breaks the run: it is not known to be a parallelsamfund.
  for (let y = year; parallelRun < 100; y--) {
    const c = y === year ? core : judge(history, y, sets);
    if (!c?.parallel) break;
    parallelRun++;
  }
  const t = core.classification.thresholds?.values;
  const lists: ListKey[] = [];
  if (t && core.parallel && parallelRun >= t['omdannelse.years']) lists.push('omdannelse');
  if (core.parallel) lists.push('parallel');
  if (core.udsat) lists.push('udsat');
  if (core.forebyggelseConditions && !core.parallel) lists.push('forebyggelse');
  return { ...core.classification, parallelRun, lists };
}
