import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import { queryRows, type Db } from '../../../db/client.ts';
import { RESULT_INDICATOR } from './estate-lights.ts';
import { recentColoursCtes } from './recent-colours-sql.ts';

/** An organisation's estates by colour in its latest year with figures, and how many were red three years in a row. */
export interface OrganisationLights {
  /** The latest year with figures among its estates, not after the year asked for. */
  year: number;
  red: number;
  yellow: number;
  green: number;
  /** Estates red three years in a row up to `year` (on årets resultat or overall), as redThreeYearsRun. */
  redThreeYears: number;
}

/**
 * The colours of the organisations' estates the actor may see, in one query: each organisation's
 * latest year with figures up to `year`, each estate's overall colour that year by its supervising
 * municipality's rules (its own, else the default), and the runs of three red years. An
 * organisation without figures is not in the map.
 */
export async function organisationLights(
  db: Db,
  { actor, organisationIds, year }: { actor: Actor; organisationIds: number[]; year: number },
): Promise<Map<number, OrganisationLights>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await queryRows<{ org: number; latest: number; red: number; yellow: number; green: number; runs: number }>(
    db,
    sql`with ${recentColoursCtes(db, { actor, organisationIds, year })}, ey as (
        select org, estate, year, latest, max(colour) as overall, max(colour) filter (where code = ${RESULT_INDICATOR}) as result
        from c group by org, estate, year, latest
      ), e as (
        select org, latest, max(overall) filter (where year = latest) as now,
          (count(*) filter (where overall = 2) = 3 or count(*) filter (where result = 2) = 3) as run
        from ey group by org, estate, latest
      )
      select org, latest,
        count(*) filter (where now = 2)::int as red,
        count(*) filter (where now = 1)::int as yellow,
        count(*) filter (where now = 0)::int as green,
        count(*) filter (where run)::int as runs
      from e group by org, latest`,
  );
  return new Map(
    rows.map((r) => [Number(r.org), { year: Number(r.latest), red: r.red, yellow: r.yellow, green: r.green, redThreeYears: r.runs }]),
  );
}
