import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import { queryRows, type Db } from '../../../db/client.ts';
import { estateProfiles, getOrganisation } from '../../registry/index.ts';
import type { Colour } from '../lights/colour.ts';
import { estateLights, redThreeYearsRun } from '../lights/estate-lights.ts';
import { organisationFigures } from '../tables.ts';
import { activeIndicators, roundTo, type ShownIndicator } from './indicator-list.ts';
import type { Trend } from './trend.ts';

/*
 * An organisation's key figures for a dialogue meeting's screen: every estate the actor may see
 * with its colours in one year, and the organisation's own figures over the years. A fixed number
 * of queries whatever the number of estates: the organisation (1), its years (1), its estates (1),
 * its own figures (1), the catalogue (1), the estates' figures of three years with colours (1 + 2).
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
  const [yearRows, estates, own, catalogue] = await Promise.all([
    queryRows<{ year: number }>(
      db,
      sql`
      select year from estate_figures join ${profiles} on ${profiles.estateId} = estate_figures.estate_id
      union select year from ${organisationFigures} where ${organisationFigures.organisationId} = ${organisationId}
      order by year`,
    ),
    db.select({ id: profiles.estateId, number: profiles.number, name: profiles.name }).from(profiles).orderBy(asc(profiles.number)),
    db
      .select({ year: organisationFigures.year, values: organisationFigures.values })
      .from(organisationFigures)
      .where(eq(organisationFigures.organisationId, organisationId))
      .orderBy(asc(organisationFigures.year)),
    activeIndicators(db),
  ]);
  const years = yearRows.map((r) => Number(r.year));
  const year = input.year ?? years.at(-1) ?? null;
  const { lights } = year === null ? { lights: [] } : await estateLights(db, { actor, organisationId, fromYear: year - 2, toYear: year });
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
export function organisationTrend(
  o: { organisation: { name: string }; own: OrganisationKeyFigures['own'] },
  indicator: ShownIndicator,
): Trend {
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
    activeIndicators(db),
  ]);
  return {
    organisation: { id: organisation.id, name: organisation.name },
    own,
    organisationIndicators: catalogue.filter((i) => i.level === 'organisation'),
  };
}
