import { formatNumber } from '../../../ui/format.ts';

/** What formatting a value needs to know of its indicator. */
export interface IndicatorFormat {
  unit: string;
  decimals: number;
}

/**
 * An indicator's value in Danish with as many decimals as the catalogue says and its unit:
 * "1.234,5 kr./m²/år", "12,5 %", "–" when there is no value.
 */
export function formatIndicatorValue(indicator: IndicatorFormat, value: number | null | undefined): string {
  const number = formatNumber(value, indicator.decimals);
  if (number === '–' || !indicator.unit) return number;
  return `${number} ${indicator.unit}`;
}
