import { stringify } from 'csv-stringify/sync';
import { SYSTEM_ACTOR } from '../auth/scope.ts';
import type { Db } from '../db/client.ts';
import { createArea, importFigures, writeAreaYear } from '../features/key-figures/index.ts';
import { estateProfiles } from '../features/registry/index.ts';
import type { Wiring } from '../wiring.ts';

/*
 * The demo's key figures, 2020–2025, in the import layout: plausible numbers with a story a
 * newcomer can see at once — most estates green or yellow, Manøvej's savings for maintenance
 * too low (red), Præstøvej's efficiency figure rising from 75 (gul) to 98 (grøn) as in the seed
 * minutes, Solbakken with a deficit three years running ("rød tre år i træk", seed 000), and one
 * estate whose m² differ between the registry and Landsbyggefonden (a data-quality mismatch).
 */

export const DEMO_FIGURE_YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

export interface DemoEstate {
  lbfNumber: number;
  number: number;
  name: string;
  homes: number;
  areaM2: number;
}

/** A small wobble that is the same on every run: demo pages must look the same for everyone. */
const wobble = (seed: number, year: number) => (((seed * 37 + year * 11) % 17) - 8) / 8;

/** Special stories by estate name; everyone else follows the common path. */
const STORIES: Record<string, (year: number) => Record<string, number>> = {
  Manøvej: () => ({ henlaeggelser: 85 }),
  Agerhønevej: () => ({ henlaeggelser: 160 }),
  Præstøvej: (year) => ({ effektivitetstal: 75 + Math.round(((year - 2020) * 23) / 5) }),
  Solbakken: (year) => ({ aarets_resultat: year >= 2023 ? -180_000 - (year - 2023) * 40_000 : 95_000 }),
  Vapnagård: () => ({ fraflytning: 19.5 }),
};

/** Where Landsbyggefonden's m² differ from the registry's. */
const AREA_MISMATCH: Record<string, number> = { Østervang: -150 };

export function demoEstateFigures(estate: DemoEstate, year: number): Record<string, number> {
  const w = wobble(estate.number + estate.lbfNumber, year);
  const growth = 1 + (year - 2020) * 0.022;
  let accumulated = 0;
  const base: Record<string, number> = {
    boliger: estate.homes,
    areal: estate.areaM2 + (AREA_MISMATCH[estate.name] ?? 0),
    husleje: Math.round((1_050 + w * 90) * growth),
    henlaeggelser: Math.round(235 + w * 25),
    aarets_resultat: Math.round(estate.homes * (900 + w * 700)),
    tomgang_dage: Math.max(0, Math.round(estate.homes * (0.35 + w * 0.2))),
    tomgangstab: Math.max(0, Math.round(estate.homes * (240 + w * 140))),
    lejetab: Math.max(0, Math.round(estate.homes * (110 + w * 70))),
    fraflytning: Math.round((10.5 + w * 2.5) * 10) / 10,
    venteliste: Math.round(estate.homes * (4 + w * 2)),
    effektivitetstal: Math.round(101 + w * 8),
  };
  const story = STORIES[estate.name]?.(year) ?? {};
  for (let y = 2020; y <= year; y++) {
    const r = y === year ? { ...base, ...story }.aarets_resultat! : (STORIES[estate.name]?.(y).aarets_resultat ?? base.aarets_resultat!);
    accumulated += r;
  }
  return { ...base, ...story, opsamlet_resultat: accumulated };
}

export function demoOrganisationFigures(lbfNumber: number, year: number): Record<string, number> {
  const w = wobble(lbfNumber, year);
  return { dispositionsfond_bolig: Math.round(9_500 + w * 3_000 + (year - 2020) * 250), arbejdskapital_bolig: Math.round(3_400 + w * 900) };
}

/** The demo's figures as a CSV file in the import layout (semicolon, as Danish Excel writes it). */
export function demoKeyFiguresCsv(estates: DemoEstate[], years = DEMO_FIGURE_YEARS): string {
  const codes = Object.keys(demoEstateFigures(estates[0]!, years[0]!));
  const orgCodes = Object.keys(demoOrganisationFigures(1, years[0]!));
  const rows: (string | number)[][] = [];
  for (const year of years) {
    for (const lbf of [...new Set(estates.map((e) => e.lbfNumber))]) {
      const org = demoOrganisationFigures(lbf, year);
      rows.push([year, lbf, '', ...codes.map(() => ''), ...orgCodes.map((c) => org[c]!)]);
    }
    for (const e of estates) {
      const f = demoEstateFigures(e, year);
      rows.push([year, e.lbfNumber, e.number, ...codes.map((c) => f[c]!), ...orgCodes.map(() => '')]);
    }
  }
  return stringify(rows, { header: true, columns: ['aar', 'lbf_nr', 'afdeling_nr', ...codes, ...orgCodes], delimiter: ';' });
}

/**
 * Imports the demo's figures the way a user would (the import, its history, the action plans it
 * asks for and the data-quality facts), as from Landsbyggefonden.
 */
export async function loadDemoKeyFigures(db: Db, wiring: Wiring): Promise<void> {
  const p = estateProfiles(db);
  const estates = await db
    .select({ lbfNumber: p.lbfNumber, number: p.number, name: p.name, homes: p.homes, areaM2: p.areaM2 })
    .from(p)
    .orderBy(p.lbfNumber, p.number);
  const result = await importFigures({
    db,
    actor: SYSTEM_ACTOR,
    hooks: wiring.hooks,
    fileName: 'noegletal-demo.csv',
    bytes: new TextEncoder().encode(demoKeyFiguresCsv(estates)),
    source: 'Landsbyggefonden',
    year: null,
  });
  if (!result.ok) throw new Error(`The demo's key figures do not import: ${JSON.stringify(result)}`);
}

/**
 * Helsingør's Vapnagård and Nøjsomhed as a housing area under monitoring (seed 002 asks for the
 * figures): income below 55 % of the region's meets one criterion, and the share outside work or
 * education rises towards 40 %: the area is on the early-warning list, not on a list.
 */
export async function loadDemoHousingArea(db: Db): Promise<void> {
  const p = estateProfiles(db, { supervisorCode: '0217' });
  const estates = await db.select({ id: p.estateId, name: p.name }).from(p);
  const estateIds = estates.filter((e) => e.name === 'Vapnagård' || e.name === 'Nøjsomhed').map((e) => e.id);
  const area = await createArea({
    db,
    actor: SYSTEM_ACTOR,
    municipalityCode: '0217',
    input: { name: 'Vapnagård og Nøjsomhed', estateIds },
  });
  for (const [i, year] of DEMO_FIGURE_YEARS.entries()) {
    await writeAreaYear(db, SYSTEM_ACTOR, area.id, {
      year,
      residents: 3_650 + i * 20,
      outsideWorkPct: Math.round((32 + i * 1.2) * 10) / 10,
      convictionsRatio: 1.4,
      primarySchoolOnlyPct: 44,
      incomeRatioPct: 52.5,
      nonWesternPct: 27.5,
    });
  }
}
