import { check, criterionValue, type AreaHistory, type Criterion, type YearClassification } from './classify.ts';
import { listYearOf, setForListYear, type ThresholdKey, type ThresholdSet } from './thresholds.ts';
import { LIST_PLURALS, differenceUnit, formatOne, formatPlain, formatSlope, withUnit } from './words.ts';

/*
 * The early warning: an area not (yet) on a list that meets one of the four criteria at either
 * set of thresholds, or whose trend over the last three years (the least-squares slope of the
 * criterion's yearly values) reaches a threshold within two years. Each warning is explained in
 * one Danish sentence.
 */

/** Years of figures the trend is drawn through, and years ahead it looks. */
const TREND_YEARS = 3;
const HORIZON = 2;

/** The least-squares slope of y over x; null with fewer than two distinct x. */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number | null {
  if (points.length < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}

export type WarningSet = 'udsat' | 'forebyggelse';

export interface Warning {
  criterion: Criterion;
  /** Which set of thresholds: the udsat boligområde's or the forebyggelsesområde's lower ones. */
  set: WarningSet;
  kind: 'meets' | 'trend';
  value: number;
  threshold: number;
  /** Change per year (trend warnings). */
  slope: number | null;
  /** The year the trend reaches the threshold (trend warnings). */
  reachYear: number | null;
  sentence: string;
}

const COMPARISON_WORDS = { above: 'over', atLeast: 'på eller over', below: 'under' } as const;

function meetsSentence(c: Criterion, set: WarningSet, value: number, years: number[], threshold: number): string {
  const averaged = years.length === 2 ? ` (gennemsnit af ${years[0]} og ${years[1]})` : '';
  return `${c.subject} er ${withUnit(formatOne(value), c.unit)}${averaged} og ${COMPARISON_WORDS[c.comparison]} grænsen for ${LIST_PLURALS[set]} (${withUnit(formatPlain(threshold), c.unit)}).`;
}

function trendSentence(c: Criterion, set: WarningSet, slope: number, threshold: number, year: number): string {
  const verb = slope > 0 ? 'stiger' : 'falder';
  return `${c.subject} ${verb} ${formatSlope(Math.abs(slope))} ${differenceUnit(c.unit)} om året og når ${withUnit(formatPlain(threshold), c.unit)} i ${year} (grænsen for ${LIST_PLURALS[set]}).`;
}

/** The criterion's trend through its last three yearly values, ending with `year`; null when a year is missing. */
export function criterionTrend(history: AreaHistory, c: Criterion, year: number): number | null {
  const points: { x: number; y: number }[] = [];
  for (let y = year - TREND_YEARS + 1; y <= year; y++) {
    const v = criterionValue(history, c, y);
    if (!v) return null;
    points.push({ x: y, y: v.value });
  }
  return leastSquaresSlope(points);
}

/** The warnings of one classified year, udsat ones first; none for the lists the area is already on. */
export function earlyWarnings(history: AreaHistory, classification: YearClassification, sets: readonly ThresholdSet[]): Warning[] {
  const { year, lists } = classification;
  const t = classification.thresholds?.values;
  if (!t) return [];
  const watched: WarningSet[] = [];
  if (!lists.includes('udsat')) watched.push('udsat');
  if (!lists.includes('udsat') && !lists.includes('forebyggelse')) watched.push('forebyggelse');
  const warnings: Warning[] = [];
  for (const set of watched) {
    for (const result of classification.criteria) {
      const c = result.criterion;
      const now = result[set];
      if (result.value === null || !now) continue;
      if (now.met) {
        // Met at the udsat threshold is met at the lower one too: one warning says it.
        if (set === 'forebyggelse' && result.udsat?.met && watched.includes('udsat')) continue;
        warnings.push({
          criterion: c,
          set,
          kind: 'meets',
          value: result.value,
          threshold: now.threshold,
          slope: null,
          reachYear: null,
          sentence: meetsSentence(c, set, result.value, result.years, now.threshold),
        });
        continue;
      }
      const slope = criterionTrend(history, c, year);
      if (slope === null || (c.comparison === 'below' ? slope >= 0 : slope <= 0)) continue;
      for (let k = 1; k <= HORIZON; k++) {
        const later = setForListYear(sets, listYearOf(year + k))?.values ?? t;
        const threshold = later[`${set}.${c.key}` as ThresholdKey];
        if (!check(result.value + slope * k, threshold, c.comparison).met) continue;
        // Where both sets draw the same line (60 % with only primary school), the udsat warning says it.
        if (warnings.some((w) => w.criterion === c && w.threshold === threshold && w.reachYear === year + k)) break;
        warnings.push({
          criterion: c,
          set,
          kind: 'trend',
          value: result.value,
          threshold,
          slope,
          reachYear: year + k,
          sentence: trendSentence(c, set, slope, threshold, year + k),
        });
        break;
      }
    }
  }
  return warnings;
}
