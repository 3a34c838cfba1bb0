import { inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { indicators, trafficLightRules, type Direction } from '../tables.ts';
import { colourOf, overallColour, type Colour, type LightRule } from './colour.ts';

/**
 * The rules that colour figures, for the municipalities asked: each municipality's own rule
 * where it has one, else the default. Loaded in two queries, then applied in memory to as many
 * figures as a page shows.
 */
export interface RuleBook {
  /** The rule in force for an indicator in a municipality (its own, else the default). */
  ruleFor(municipalityCode: string, indicatorCode: string): (LightRule & { own: boolean }) | undefined;
  /** Each coloured indicator's colour, and the overall (worst) colour. */
  colour(
    municipalityCode: string,
    values: Record<string, number>,
    ranks: Record<string, number>,
  ): { colours: Record<string, Colour>; overall: Colour | null };
  direction(indicatorCode: string): Direction | undefined;
}

export async function loadRuleBook(db: Db, municipalityCodes: string[]): Promise<RuleBook> {
  const codes = [...new Set(municipalityCodes)];
  const [rules, catalogue] = await Promise.all([
    db
      .select()
      .from(trafficLightRules)
      .where(
        codes.length > 0
          ? or(isNull(trafficLightRules.municipalityCode), inArray(trafficLightRules.municipalityCode, codes))
          : isNull(trafficLightRules.municipalityCode),
      ),
    db.select({ code: indicators.code, direction: indicators.direction, active: indicators.active }).from(indicators),
  ]);
  const directions = new Map(catalogue.filter((i) => i.active).map((i) => [i.code, i.direction]));
  const defaults = new Map<string, LightRule>();
  const own = new Map<string, Map<string, LightRule>>();
  for (const r of rules) {
    const rule = { kind: r.kind, yellow: r.yellow, red: r.red };
    if (r.municipalityCode === null) defaults.set(r.indicatorCode, rule);
    else (own.get(r.municipalityCode) ?? own.set(r.municipalityCode, new Map()).get(r.municipalityCode)!).set(r.indicatorCode, rule);
  }
  const ruleFor = (municipalityCode: string, indicatorCode: string) => {
    const mine = own.get(municipalityCode)?.get(indicatorCode);
    if (mine) return { ...mine, own: true };
    const d = defaults.get(indicatorCode);
    return d ? { ...d, own: false } : undefined;
  };
  // Each municipality's rules in force, found once: a national import colours 100,000 estate-years.
  const inForce = new Map<string, [string, Direction, LightRule | undefined][]>();
  const rulesOf = (municipalityCode: string) =>
    inForce.get(municipalityCode) ??
    inForce
      .set(
        municipalityCode,
        [...directions].map(([code, direction]) => [code, direction, ruleFor(municipalityCode, code)]),
      )
      .get(municipalityCode)!;
  return {
    ruleFor,
    direction: (code) => directions.get(code),
    colour(municipalityCode, values, ranks) {
      const colours: Record<string, Colour> = {};
      for (const [code, direction, rule] of rulesOf(municipalityCode)) {
        const c = colourOf(rule, direction, values[code], ranks[code]);
        if (c) colours[code] = c;
      }
      return { colours, overall: overallColour(Object.values(colours)) };
    },
  };
}
