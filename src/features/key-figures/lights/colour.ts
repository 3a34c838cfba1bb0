import type { Direction, RuleKind } from '../tables.ts';

/*
 * The traffic light of one value under one rule, and an estate's overall colour. Pure rules,
 * tested at their boundaries; the thresholds come from the database (defaults and a
 * municipality's own).
 */

export const COLOURS = ['green', 'yellow', 'red'] as const;
export type Colour = (typeof COLOURS)[number];

export const COLOUR_LABELS: Record<Colour, string> = { green: 'Grøn', yellow: 'Gul', red: 'Rød' };

export interface LightRule {
  kind: RuleKind;
  yellow: number;
  red: number;
}

/**
 * Absolute: with higher better, below `red` is red and below `yellow` yellow; with lower better,
 * above `red` is red and above `yellow` yellow. Relative: `percentile` (0–100, 0 = the lowest
 * value among comparable estates) is turned so that 0 is the bad end, and the worst `red` per cent
 * are red, the worst `yellow` per cent yellow. No value, no rule or no direction: no colour.
 */
export function colourOf(rule: LightRule | undefined, direction: Direction, value: number | undefined, percentile?: number): Colour | null {
  if (!rule || direction === 'none' || value === undefined || !Number.isFinite(value)) return null;
  if (rule.kind === 'absolute') {
    if (direction === 'higher') return value < rule.red ? 'red' : value < rule.yellow ? 'yellow' : 'green';
    return value > rule.red ? 'red' : value > rule.yellow ? 'yellow' : 'green';
  }
  if (percentile === undefined || !Number.isFinite(percentile)) return null;
  const fromBadEnd = direction === 'higher' ? percentile : 100 - percentile;
  return fromBadEnd < rule.red ? 'red' : fromBadEnd < rule.yellow ? 'yellow' : 'green';
}

/** The overall colour is the worst of the estate's colours: one red figure is a red estate. */
export function overallColour(colours: (Colour | null)[]): Colour | null {
  let worst: Colour | null = null;
  for (const c of colours) if (c && (worst === null || COLOURS.indexOf(c) > COLOURS.indexOf(worst))) worst = c;
  return worst;
}

/**
 * Why a rule contradicts itself, in Danish for the field, or null. With higher better the yellow
 * threshold must not lie below the red one (and the reverse with lower better); relative
 * thresholds are shares of comparable estates.
 */
export function ruleProblem(rule: LightRule, direction: Direction): { field: 'yellow' | 'red'; message: string } | null {
  if (direction === 'none')
    return { field: 'yellow', message: 'Nøgletallet har ingen retning (hverken højt eller lavt er godt), så det kan ikke få trafiklys.' };
  if (rule.kind === 'relative') {
    for (const field of ['red', 'yellow'] as const) {
      if (rule[field] < 0 || rule[field] > 100)
        return { field, message: 'En relativ grænse er en andel af sammenlignelige afdelinger og skal ligge mellem 0 og 100 %.' };
    }
    if (rule.yellow < rule.red)
      return { field: 'yellow', message: 'Gul skal omfatte mindst lige så stor en andel som rød (de dårligste gule omfatter de røde).' };
    return null;
  }
  if (direction === 'higher' && rule.yellow < rule.red) {
    return { field: 'yellow', message: 'Når højere er bedre, må grænsen for gul ikke ligge under grænsen for rød.' };
  }
  if (direction === 'lower' && rule.yellow > rule.red) {
    return { field: 'yellow', message: 'Når lavere er bedre, må grænsen for gul ikke ligge over grænsen for rød.' };
  }
  return null;
}
