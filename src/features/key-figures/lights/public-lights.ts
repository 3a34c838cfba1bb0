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

/**
 * An estate's key figures with their traffic-light colours for the years given (the public site
 * names the years whose dialogue meeting is held), newest first; active estate indicators with a
 * value only. No actor: the caller decides the years.
 */
export async function estateFiguresOfYears(db: Db, input: { estateId: number; years: number[] }): Promise<PublicFigureYear[]> {
  if (input.years.length === 0) return [];
  const [{ lights }, catalogue] = await Promise.all([
    estateLights(db, { actor: null, ids: [input.estateId], years: input.years }),
    listIndicators(db, { level: 'estate', activeOnly: true }),
  ]);
  return lights
    .map((l) => ({
      year: l.year,
      overall: l.overall,
      figures: catalogue
        .filter((i) => l.values[i.code] !== undefined && l.values[i.code] !== null)
        .map((i) => ({ code: i.code, name: i.name, value: formatIndicatorValue(i, l.values[i.code]), colour: l.colours[i.code] ?? null })),
    }))
    .reverse();
}
