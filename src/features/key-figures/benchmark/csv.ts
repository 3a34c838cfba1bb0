import { stringify } from 'csv-stringify/sync';
import type { Trend } from './trend.ts';

/**
 * A trend as CSV for Excel in Danish: semicolons, a byte-order mark so Excel reads UTF-8 (æ ø å),
 * decimal comma and no thousands separator (so "1.234" is never read as a date or as 1,234).
 * One row per year, one column per line of the chart: exactly what the chart draws.
 */
export function trendCsv(t: Trend): string {
  const { decimals, unit, name } = t.indicator;
  const cell = (v: number | null) => (v === null ? '' : v.toFixed(decimals).replace('.', ','));
  return stringify(
    [
      [`År`, ...t.series.map((s) => `${s.label} – ${name} (${unit})`)],
      ...t.years.map((y, i) => [String(y), ...t.series.map((s) => cell(s.values[i]))]),
    ],
    { delimiter: ';', bom: true, record_delimiter: 'windows' },
  );
}
