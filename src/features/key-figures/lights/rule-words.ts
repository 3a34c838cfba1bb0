import type { Direction } from '../tables.ts';
import type { LightRule } from './colour.ts';
import { formatThreshold } from './numbers.ts';

/*
 * A rule as a sentence, for "how are colours decided" and beside every form: "Gul under
 * 200 kr./m²/år, rød under 100 kr./m²/år" or "Rød: de dårligste 10 % blandt sammenlignelige
 * afdelinger, gul: de næste 15 %". It says what colourOf does, boundaries included.
 */

/** "200 kr./m²/år", "15 %", "90" (an index has no unit to say). */
export function withUnit(value: number, unit: string): string {
  if (unit === 'indeks' || unit === '') return formatThreshold(value);
  return `${formatThreshold(value)} ${unit}`;
}

export function ruleInWords(rule: LightRule, indicator: { unit: string; direction: Direction }): string {
  if (indicator.direction === 'none') return 'Ingen farve: hverken højt eller lavt er godt.';
  if (rule.kind === 'absolute') {
    const word = indicator.direction === 'higher' ? 'under' : 'over';
    const red = `${word} ${withUnit(rule.red, indicator.unit)}`;
    // With both thresholds equal there is no yellow band: a deficit is red, anything else green.
    return rule.yellow === rule.red ? `Rød ${red}` : `Gul ${word} ${withUnit(rule.yellow, indicator.unit)}, rød ${red}`;
  }
  const among = 'blandt sammenlignelige afdelinger';
  if (rule.yellow <= 0) return 'Aldrig gul eller rød.';
  if (rule.red <= 0) return `Gul: de dårligste ${formatThreshold(rule.yellow)} % ${among}`;
  const red = `Rød: de dårligste ${formatThreshold(rule.red)} % ${among}`;
  return rule.yellow === rule.red ? red : `${red}, gul: de næste ${formatThreshold(rule.yellow - rule.red)} %`;
}

export const DIRECTION_WORDS: Record<Direction, string> = {
  higher: 'Højere er bedre',
  lower: 'Lavere er bedre',
  none: 'Hverken højt eller lavt er godt',
};
