import type { Db } from '../../../db/client.ts';
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
 * An estate's key figures with their traffic-light colours for the years given (the public site
 * names the years whose dialogue meeting is held), newest first; active estate indicators with a
 * value only. No actor: the caller decides the years.
 */
export async function estateFiguresOfYears(db: Db, input: { estateId: number; years: number[] }): Promise<PublicFigureYear[]> {
  return (await organisationFiguresOfYears(db, { ...input, organisationId: undefined })).get(input.estateId) ?? [];
}

/** The same for every estate of an organisation at once (the open data's downloads), by estate id. */
export async function organisationFiguresOfYears(
  db: Db,
  input: { organisationId?: number; estateId?: number; years: number[] },
): Promise<Map<number, PublicFigureYear[]>> {
  const byEstate = new Map<number, PublicFigureYear[]>();
  if (input.years.length === 0) return byEstate;
  const [{ lights }, catalogue] = await Promise.all([
    estateLights(db, {
      actor: null,
      ...(input.estateId !== undefined ? { ids: [input.estateId] } : { organisationId: input.organisationId }),
      years: input.years,
    }),
    listIndicators(db, { level: 'estate', activeOnly: true }),
  ]);
  // Lights come by estate, then year ascending: newest first per estate.
  for (const l of lights) byEstate.set(l.estateId, [publicYear(catalogue, l), ...(byEstate.get(l.estateId) ?? [])]);
  return byEstate;
}
