import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { indicators } from '../tables.ts';

/*
 * The catalogue as the pages show it. A stand-in until the catalogue's own listIndicators and
 * formatIndicatorValue land (kf-quality); then these two give way to those.
 */

export type ShownIndicator = Pick<
  typeof indicators.$inferSelect,
  'code' | 'name' | 'description' | 'unit' | 'level' | 'direction' | 'decimals'
>;

/** The active indicators in the catalogue's order. */
export function activeIndicators(db: Db): Promise<ShownIndicator[]> {
  return db
    .select({
      code: indicators.code,
      name: indicators.name,
      description: indicators.description,
      unit: indicators.unit,
      level: indicators.level,
      direction: indicators.direction,
      decimals: indicators.decimals,
    })
    .from(indicators)
    .where(eq(indicators.active, true))
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
}

const formats = new Map<number, Intl.NumberFormat>();
const formatOf = (decimals: number) => {
  let f = formats.get(decimals);
  if (!f) formats.set(decimals, (f = new Intl.NumberFormat('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f;
};

/** "1.234,5" with the indicator's decimals; "–" for no value. */
export const formatNumber = (value: number | null | undefined, decimals: number) =>
  value == null || !Number.isFinite(value) ? '–' : formatOf(decimals).format(value);

/** "1.234 kr./m²/år", "12,5 %"; "–" for no value. */
export function formatValue(value: number | null | undefined, indicator: Pick<ShownIndicator, 'unit' | 'decimals'>): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return `${formatNumber(value, indicator.decimals)} ${indicator.unit}`;
}

/** The value as the pages show it and the charts draw it: rounded to the indicator's decimals. */
export const roundTo = (value: number, decimals: number) => Number(value.toFixed(decimals));
