import { formatNumber } from '../../../ui/format.ts';
import type { Indicator } from '../catalogue/service.ts';
import { medianOf, type EstateBenchmark } from './estate-benchmark.ts';

/*
 * One indicator's development over the years: the numbers a chart draws, its table shows and its
 * CSV holds. All three are made from this one object, so they cannot disagree.
 */

export type SeriesKey = 'estate' | 'twins' | 'municipality' | 'organisation';

export interface Trend {
  indicator: Pick<Indicator, 'code' | 'name' | 'unit' | 'decimals'>;
  /** What the chart is of, e.g. "Afd. 12 Agerhønevej". */
  subject: string;
  years: number[];
  /** Values in the years' order, rounded to the indicator's decimals; null where there is none. */
  series: { key: SeriesKey; label: string; values: (number | null)[] }[];
}

type TrendIndicator = Trend['indicator'];

/** The estate's own line: its value of each year, rounded to the indicator's decimals. */
function estateLine(lights: { year: number; values: Record<string, number> }[], years: number[], indicator: TrendIndicator, label: string) {
  const byYear = new Map(lights.map((l) => [l.year, l.values]));
  return {
    key: 'estate' as const,
    label,
    values: years.map((y) => {
      const v = byYear.get(y)?.[indicator.code];
      return v === undefined || v === null ? null : Number(v.toFixed(indicator.decimals));
    }),
  };
}

/** The estate's line against its twin group's median and its supervising municipality's median. */
export function estateTrend(b: EstateBenchmark, indicator: Indicator): Trend {
  const { code, decimals } = indicator;
  const subject = `Afd. ${b.estate.number} ${b.estate.name}`;
  const series: Trend['series'] = [
    estateLine(b.lights, b.years, indicator, subject),
    { key: 'twins', label: 'Tvillingernes median', values: b.years.map((y) => medianOf(b, 'twins', y, code, decimals)) },
    {
      key: 'municipality',
      label: `Median i ${b.estate.supervisorName}`,
      values: b.years.map((y) => medianOf(b, 'municipality', y, code, decimals)),
    },
  ];
  // A median no year has (too few estates to compare with) is left out of the chart, its table and its CSV alike.
  return { indicator, subject, years: b.years, series: series.filter((s) => s.key === 'estate' || s.values.some((v) => v !== null)) };
}

/**
 * The estate's own line only, over the years of `lights` (ascending): what the public site draws
 * for the years it names public. No medians: see estateFiguresOfYears (lights/public-lights.ts).
 */
export function estateOwnTrend(
  lights: { year: number; values: Record<string, number> }[],
  indicator: TrendIndicator,
  subject: string,
): Trend {
  const years = lights.map((l) => l.year);
  return { indicator, subject, years, series: [estateLine(lights, years, indicator, subject)] };
}

/**
 * The chart's text alternative: what it shows, the first and last value of each line, and where
 * the same numbers stand as a table.
 */
export function trendAlt(t: Trend): string {
  const { name, unit, decimals } = t.indicator;
  if (t.years.length === 0) return `Linjediagram over ${name} for ${t.subject}: der er ingen tal.`;
  const span = t.years.length > 1 ? `${t.years[0]}–${t.years.at(-1)}` : String(t.years[0]);
  const lines = t.series.map((s) => {
    const points = s.values.map((v, i) => [t.years[i], v] as const).filter((p): p is readonly [number, number] => p[1] !== null);
    if (points.length === 0) return `${s.label}: ingen tal`;
    const [first, last] = [points[0], points.at(-1)!];
    const at = (p: readonly [number, number]) => `${formatNumber(p[1], decimals)} ${unit} i ${p[0]}`;
    return points.length === 1 ? `${s.label}: ${at(first)}` : `${s.label}: fra ${at(first)} til ${at(last)}`;
  });
  return `Linjediagram over ${name} ${span}. ${lines.join('. ')}. Tallene står også i tabellen ved diagrammet.`;
}
