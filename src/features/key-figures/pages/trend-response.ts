import type { Context } from 'hono';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { trendSvg } from '../benchmark/chart.ts';
import { trendCsv } from '../benchmark/csv.ts';
import { trendAlt, type Trend } from '../benchmark/trend.ts';

/**
 * One chart as SVG or its numbers as CSV; both from the same Trend. `cacheControl`: the logged-in
 * pages' charts are private; the public site's are the same for everyone.
 */
export async function sendTrend(
  c: Context<AppEnv>,
  trend: Trend,
  format: 'svg' | 'csv',
  fileName: string,
  cacheControl = 'private, no-cache',
) {
  c.header('cache-control', cacheControl);
  if (format === 'csv') {
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="${fileName}.csv"`);
    return c.body(trendCsv(trend));
  }
  const svg = await trendSvg(trend, { title: `${trend.indicator.name} – ${trend.subject}`, alt: trendAlt(trend) });
  c.header('content-type', 'image/svg+xml; charset=utf-8');
  return c.body(svg);
}

const ascii = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A chart's file name, in ASCII: "noegletal-afd-3-engparken-henlaeggelser", or of an organisation's figure. */
export const trendFileName = (subject: { estate: { number: number; name: string } } | { organisation: string }, code: string) =>
  'estate' in subject
    ? `noegletal-afd-${subject.estate.number}-${ascii(subject.estate.name)}-${code}`
    : `noegletal-${ascii(subject.organisation)}-${code}`;
