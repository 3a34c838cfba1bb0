import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { estateProfiles } from '../../registry/index.ts';
import { estateFigures } from '../tables.ts';
import type { Colour } from './colour.ts';
import { loadRuleBook, type RuleBook } from './rule-book.ts';

export interface EstateYearLight {
  estateId: number;
  organisationId: number;
  /** The supervising municipality, whose rules colour the figures. */
  supervisorCode: string;
  year: number;
  values: Record<string, number>;
  ranks: Record<string, number>;
  colours: Record<string, Colour>;
  overall: Colour | null;
}

/** The indicator whose deficit is "røde tal": three red years of it ask for an action plan as well as three red overall. */
export const RESULT_INDICATOR = 'aarets_resultat';

/**
 * Figures with their colours for the estates the actor may see (narrowed to some estates, one
 * organisation or one supervising municipality), from `fromYear` to `toYear` (or in `years`), ordered by estate
 * and year. One query for the figures, two for the rules.
 */
export async function estateLights(
  db: Db,
  input: {
    /** null: no scope, for the public site's figures of the years it names public. */
    actor: Actor | null;
    ids?: number[];
    organisationId?: number;
    supervisorCode?: string;
    fromYear?: number;
    toYear?: number;
    years?: number[];
  },
): Promise<{ lights: EstateYearLight[]; rules: RuleBook }> {
  const profiles = estateProfiles(db, { ...input, actor: input.actor ?? undefined });
  const rows = await db
    .select({
      estateId: estateFigures.estateId,
      organisationId: profiles.organisationId,
      supervisorCode: profiles.supervisorCode,
      year: estateFigures.year,
      values: estateFigures.values,
      ranks: estateFigures.ranks,
    })
    .from(estateFigures)
    .innerJoin(profiles, eq(profiles.estateId, estateFigures.estateId))
    .where(
      and(
        input.fromYear !== undefined ? gte(estateFigures.year, input.fromYear) : undefined,
        input.toYear !== undefined ? lte(estateFigures.year, input.toYear) : undefined,
        input.years ? inArray(estateFigures.year, input.years) : undefined,
      ),
    )
    .orderBy(asc(estateFigures.estateId), asc(estateFigures.year));
  const rules = await loadRuleBook(
    db,
    rows.map((r) => r.supervisorCode),
  );
  const lights = rows.map((r) => ({ ...r, ...rules.colour(r.supervisorCode, r.values, r.ranks) }));
  return { lights, rules };
}

/**
 * "Rød tre år i træk" for one estate in `year`: årets resultat red, or the overall colour red,
 * in that year and the two before it (a year without figures breaks the run).
 */
export function redThreeYearsRun(lightsOfEstate: EstateYearLight[], year: number): boolean {
  const byYear = new Map(lightsOfEstate.map((l) => [l.year, l]));
  const run = (pick: (l: EstateYearLight) => Colour | null | undefined) =>
    [year, year - 1, year - 2].every((y) => {
      const l = byYear.get(y);
      return l !== undefined && pick(l) === 'red';
    });
  return run((l) => l.colours[RESULT_INDICATOR]) || run((l) => l.overall);
}
