import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { estateProfiles, getOrganisation } from '../../registry/index.ts';
import type { Colour } from '../lights/colour.ts';
import { estateLights, redThreeYearsRun } from '../lights/estate-lights.ts';
import { organisationFigures } from '../tables.ts';
import { listIndicators, type Indicator } from '../catalogue/service.ts';
import { roundTo } from './round.ts';
import type { Trend } from './trend.ts';

/*
 * An organisation's key figures for a dialogue meeting's screen: every estate the actor may see
 * with its colours in one year, and the organisation's own figures over the years. A fixed number
 * of queries whatever the number of estates: the organisation (1), its estates (1), its own
 * figures (1), the catalogue (1), the estates' figures of every year with colours (1 + 2).
 */

export interface OrganisationEstateRow {
  id: number;
  number: number;
  name: string;
  values: Record<string, number>;
  colours: Record<string, Colour>;
  overall: Colour | null;
  redThreeYears: boolean;
}

export async function organisationKeyFigures(db: Db, input: { actor: Actor; organisationId: number; year?: number }) {
  const { actor, organisationId } = input;
  const organisation = await getOrganisation({ db, actor, id: organisationId });
  const profiles = estateProfiles(db, { actor, organisationId });
  // All years' figures at once: they give the years to choose from and the three years before the
  // one shown (for "rød tre år i træk"), in one query instead of two.
  const [estates, own, catalogue, { lights: all }] = await Promise.all([
    db.select({ id: profiles.estateId, number: profiles.number, name: profiles.name }).from(profiles).orderBy(asc(profiles.number)),
    db
      .select({ year: organisationFigures.year, values: organisationFigures.values })
      .from(organisationFigures)
      .where(eq(organisationFigures.organisationId, organisationId))
      .orderBy(asc(organisationFigures.year)),
    listIndicators(db, { activeOnly: true }),
    estateLights(db, { actor, organisationId }),
  ]);
  const years = [...new Set([...all.map((l) => l.year), ...own.map((r) => r.year)])].sort((a, b) => a - b);
  const year = input.year ?? years.at(-1) ?? null;
  const lights = year === null ? [] : all.filter((l) => l.year >= year - 2 && l.year <= year);
  const byEstate = Map.groupBy(lights, (l) => l.estateId);
  const rows: OrganisationEstateRow[] = estates.map((e) => {
    const mine = byEstate.get(e.id) ?? [];
    const light = mine.find((l) => l.year === year);
    return {
      ...e,
      values: light?.values ?? {},
      colours: light?.colours ?? {},
      overall: light?.overall ?? null,
      redThreeYears: year !== null && redThreeYearsRun(mine, year),
    };
  });
  return {
    organisation: {
      id: organisation.id,
      name: organisation.name,
      municipalityName: organisation.municipalityName,
      canEdit: organisation.canEdit,
    },
    years,
    year,
    /** Whether any estate has figures in the year shown. */
    hasEstateFigures: rows.some((r) => Object.keys(r.values).length > 0),
    estates: rows,
    estateIndicators: catalogue.filter((i) => i.level === 'estate'),
    organisationIndicators: catalogue.filter((i) => i.level === 'organisation'),
    own,
  };
}

export type OrganisationKeyFigures = Awaited<ReturnType<typeof organisationKeyFigures>>;

/** The organisation's own figure over the years (dispositionsfond, arbejdskapital per home). */
export function organisationTrend(o: { organisation: { name: string }; own: OrganisationKeyFigures['own'] }, indicator: Indicator): Trend {
  const rows = o.own.filter((r) => r.values[indicator.code] !== undefined);
  return {
    indicator,
    subject: o.organisation.name,
    years: rows.map((r) => r.year),
    series: [
      { key: 'organisation', label: o.organisation.name, values: rows.map((r) => roundTo(r.values[indicator.code]!, indicator.decimals)) },
    ],
  };
}

/** Only the organisation's own figures and the catalogue: what one of its charts or CSV files needs. */
export async function organisationOwnFigures(db: Db, { actor, organisationId }: { actor: Actor; organisationId: number }) {
  const organisation = await getOrganisation({ db, actor, id: organisationId });
  const [own, catalogue] = await Promise.all([
    db
      .select({ year: organisationFigures.year, values: organisationFigures.values })
      .from(organisationFigures)
      .where(eq(organisationFigures.organisationId, organisationId))
      .orderBy(asc(organisationFigures.year)),
    listIndicators(db, { level: 'organisation', activeOnly: true }),
  ]);
  return {
    organisation: { id: organisation.id, name: organisation.name },
    own,
    organisationIndicators: catalogue,
  };
}
