import { asc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { estates, organisations } from '../db/schema.ts';
import { refreshRanks } from '../features/key-figures/benchmark/ranks.ts';
import { estateFigures, organisationFigures } from '../features/key-figures/tables.ts';

/*
 * Six years of key figures for every demo estate and organisation, so the key-figure pages show
 * green, yellow and red estates right after the first start: Solbakken has had a deficit three
 * years in a row ("rød tre år i træk"), Østervang saves too little for maintenance (yellow).
 * Plausible, not real: the levels follow each estate's number, the years drift a little.
 */

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

export async function loadDemoKeyFigures(db: Db): Promise<void> {
  const all = await db.select({ id: estates.id, name: estates.name, number: estates.number }).from(estates).orderBy(asc(estates.id));
  const rows = all.flatMap((e, n) =>
    YEARS.map((year, i) => {
      const wave = ((n * 7 + i * 3) % 10) / 10;
      // A spread that differs per indicator, so no estate is lowest or highest on everything.
      const spread = (k: number) => ((n * (31 + k * 17) + k * 7) % 23) / 22;
      const values: Record<string, number> = {
        husleje: Math.round(850 + spread(1) * 300 + i * 18),
        henlaeggelser: Math.round(190 + spread(2) * 120 + i * 4),
        aarets_resultat: Math.round((20 + spread(3) * 60 - wave * 30) * 1000),
        opsamlet_resultat: Math.round((250 + spread(4) * 400 + i * 30) * 1000),
        tomgang_dage: Math.round(20 + spread(5) * 90 + wave * 20),
        lejetab: Math.round(5000 + spread(6) * 30_000),
        fraflytning: Math.round((8 + spread(7) * 9 + wave * 2) * 10) / 10,
        venteliste: Math.round(150 + spread(8) * 900),
        effektivitetstal: Math.round(92 + spread(9) * 16 - wave * 4),
      };
      if (e.name === 'Solbakken' && year >= 2023) {
        values.aarets_resultat = -[180_000, 240_000, 95_000][year - 2023]!;
        values.effektivitetstal = 74 + i;
      }
      if (e.name === 'Østervang') values.henlaeggelser = 150 + i * 5;
      return { estateId: e.id, year, values };
    }),
  );
  if (rows.length > 0) await db.insert(estateFigures).values(rows);
  const orgs = await db.select({ id: organisations.id }).from(organisations).orderBy(asc(organisations.id));
  const own = orgs.flatMap((o, n) =>
    YEARS.map((year, i) => ({
      organisationId: o.id,
      year,
      values: { dispositionsfond_bolig: 9000 + ((n * 1700) % 9000) + i * 350, arbejdskapital_bolig: 1800 + ((n * 400) % 2000) + i * 60 },
    })),
  );
  if (own.length > 0) await db.insert(organisationFigures).values(own);
  await refreshRanks(db, YEARS);
}
