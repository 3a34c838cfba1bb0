import type { Db } from '../../../db/client.ts';
import { estateOwnTrend, type Trend } from '../benchmark/trend.ts';
import { formatIndicatorValue } from '../catalogue/format.ts';
import { listIndicators } from '../catalogue/service.ts';
import type { Colour } from './colour.ts';
import { estateLights } from './estate-lights.ts';

interface PublicFigureYear {
  year: number;
  overall: Colour | null;
  figures: { code: string; name: string; value: string; colour: Colour | null }[];
}

type Catalogue = Awaited<ReturnType<typeof listIndicators>>;
type Light = Awaited<ReturnType<typeof estateLights>>['lights'][number];

const publicYear = (catalogue: Catalogue, l: Light): PublicFigureYear => ({
  year: l.year,
  overall: l.overall,
  figures: catalogue
    .filter((i) => l.values[i.code] !== undefined && l.values[i.code] !== null)
    .map((i) => ({ code: i.code, name: i.name, value: formatIndicatorValue(i, l.values[i.code]), colour: l.colours[i.code] ?? null })),
});

/**
 * An estate's key figures for the years given (the public site names the years whose dialogue
 * meeting is held): per year, newest first, the figures with their traffic-light colours (active
 * estate indicators with a value only); and per indicator with a direction and values in two of
 * those years or more, its development, oldest first, as the charts draw it. No actor: the caller
 * decides the years.
 *
 * The trends hold the estate's own line only. The twin group's and the municipality's medians
 * (benchmark_medians) are taken over every estate's figures of a year, also of organisations
 * whose dialogue meeting of that year is not held, so they are not made of public data alone;
 * in a small group a median is close to single estates' values. Medians of public figures only
 * would be another computation per set of public years, and are left out.
 */
export async function estateFiguresOfYears(
  db: Db,
  input: { estateId: number; years: number[]; subject: string },
): Promise<{ byYear: PublicFigureYear[]; trends: Trend[] }> {
  if (input.years.length === 0) return { byYear: [], trends: [] };
  const [{ lights }, catalogue] = await Promise.all([
    estateLights(db, { actor: null, ids: [input.estateId], years: input.years }),
    listIndicators(db, { level: 'estate', activeOnly: true }),
  ]);
  const has = (values: Record<string, number>, code: string) => values[code] !== undefined && values[code] !== null;
  const byYear = lights.map((l) => publicYear(catalogue, l)).reverse();
  // As the logged-in estate page: the indicators with a direction (those a colour judges), in the
  // catalogue's order; a development needs two years at least (one point draws no line).
  const trends = catalogue
    .filter((i) => i.direction !== 'none' && lights.filter((l) => has(l.values, i.code)).length >= 2)
    .map((i) => estateOwnTrend(lights, i, input.subject));
  return { byYear, trends };
}

/** The figures by year (as above, without trends) of every estate of an organisation at once (the open data's downloads), by estate id. */
export async function organisationFiguresOfYears(
  db: Db,
  input: { organisationId: number; years: number[] },
): Promise<Map<number, PublicFigureYear[]>> {
  const byEstate = new Map<number, PublicFigureYear[]>();
  if (input.years.length === 0) return byEstate;
  const [{ lights }, catalogue] = await Promise.all([
    estateLights(db, { actor: null, organisationId: input.organisationId, years: input.years }),
    listIndicators(db, { level: 'estate', activeOnly: true }),
  ]);
  // Lights come by estate, then year ascending: newest first per estate.
  for (const l of lights) byEstate.set(l.estateId, [publicYear(catalogue, l), ...(byEstate.get(l.estateId) ?? [])]);
  return byEstate;
}
