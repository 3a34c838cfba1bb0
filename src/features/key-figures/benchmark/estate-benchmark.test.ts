import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../auth/scope.ts';
import type { Database } from '../../../db/client.ts';
import { makeEstate, makeOrganisation } from '../../../demo/factories.ts';
import { freshDatabase } from '../../../../test/db.ts';
import { estateFigures } from '../tables.ts';
import { trendOption } from './chart.ts';
import { trendCsv } from './csv.ts';
import { benchmarkRows, estateBenchmark, yearStatus } from './estate-benchmark.ts';
import { refreshRanks } from './ranks.ts';
import { estateTrend } from './trend.ts';

/*
 * Eight estates with known figures. Seven are twins (family homes, 50–149 homes, Region
 * Hovedstaden, built 1960–1979): six supervised by Hillerød (0219), one by Helsingør (0217).
 * The eighth is Hillerød's elderly homes, alone in its twin group and its kind.
 *
 * henlæggelser 2025: twins 100 150 200 250 300 400 (Hillerød) and 500 (Helsingør); the elderly 50.
 *   twin median (7 values)          = 250
 *   Hillerød's median (7 values)    = median of 50 100 150 200 250 300 400 = 200
 *   national median (8 values)      = (200 + 250) / 2 = 225
 *   percentile of 200 among twins   = percent_rank = 2 / 6 = 33.3
 */

let t: Database;
const ids: number[] = [];
let elderly: number;

beforeAll(async () => {
  t = await freshDatabase();
  const hilleroed = await makeOrganisation(t.db, { municipalityCode: '0219', name: 'Hillerød Bolig' });
  const helsingoer = await makeOrganisation(t.db, { municipalityCode: '0217' });
  const twin = { homesFamily: 100, yearBuilt: 1970, municipalityCode: '0219' };
  for (let i = 0; i < 6; i++)
    ids.push((await makeEstate(t.db, { organisationId: hilleroed.id, ...twin, number: i + 1, name: `Tvilling ${i + 1}` })).id);
  ids.push((await makeEstate(t.db, { organisationId: helsingoer.id, ...twin, municipalityCode: '0217' })).id);
  elderly = (await makeEstate(t.db, { organisationId: hilleroed.id, homesFamily: 0, homesElderly: 60, yearBuilt: 1990, number: 99 })).id;
  const h2025 = [100, 150, 200, 250, 300, 400, 500];
  await t.db
    .insert(estateFigures)
    .values([
      ...ids.map((estateId, i) => ({ estateId, year: 2025, values: { henlaeggelser: h2025[i]!, aarets_resultat: i === 2 ? -10 : 5 } })),
      ...ids.map((estateId, i) => ({ estateId, year: 2024, values: { henlaeggelser: h2025[i]! - 20, aarets_resultat: i === 2 ? -3 : 5 } })),
      { estateId: ids[2]!, year: 2023, values: { henlaeggelser: 170, aarets_resultat: -1 } },
      { estateId: elderly, year: 2025, values: { henlaeggelser: 50 } },
    ]);
  await refreshRanks(t.db, [2023, 2024, 2025]);
});
afterAll(() => t.close());

describe('estateBenchmark', () => {
  it('gives the percentile among twins and the twin, municipal and national medians as computed by hand', async () => {
    const b = await estateBenchmark(t.db, { actor: SYSTEM_ACTOR, estateId: ids[2]! });
    expect(b.twinWords).toBe('familieboliger, 50–149 boliger, Region Hovedstaden, opført 1960–1979');
    const row = benchmarkRows(b, 2025).find((r) => r.indicator.code === 'henlaeggelser')!;
    expect(row).toMatchObject({
      value: 200,
      colour: 'green',
      percentile: 33.3,
      comparedWith: { group: 'twins', count: 7 },
      groupMedian: 250,
      twinCount: 7,
      municipalMedian: 200,
      nationalMedian: 225,
    });
    expect(b.estate.supervisorName).toBe('Hillerød Kommune');
  });

  it('compares nothing when neither the twins nor the kind of homes reach five estates', async () => {
    const b = await estateBenchmark(t.db, { actor: SYSTEM_ACTOR, estateId: elderly });
    const row = benchmarkRows(b, 2025).find((r) => r.indicator.code === 'henlaeggelser')!;
    expect(row).toMatchObject({ value: 50, colour: 'red', percentile: null, comparedWith: null, groupMedian: null, twinCount: 1 });
    expect(row.nationalMedian).toBe(225);
  });

  it('flags three red years in a row', async () => {
    const b = await estateBenchmark(t.db, { actor: SYSTEM_ACTOR, estateId: ids[2]! });
    expect(yearStatus(b, 2025)).toEqual({ overall: 'red', redThreeYears: true });
    expect(yearStatus(b, 2024).redThreeYears).toBe(false);
    const other = await estateBenchmark(t.db, { actor: SYSTEM_ACTOR, estateId: ids[0]! });
    // 100 kr./m² is exactly the red threshold: not below it, so yellow.
    expect(yearStatus(other, 2025)).toEqual({ overall: 'yellow', redThreeYears: false });
  });

  it('draws, tabulates and writes to CSV the same numbers', async () => {
    const b = await estateBenchmark(t.db, { actor: SYSTEM_ACTOR, estateId: ids[2]! });
    const trend = estateTrend(
      b,
      b.indicators.find((i) => i.code === 'henlaeggelser')!,
    );
    expect(trend.years).toEqual([2023, 2024, 2025]);
    // 2023: only this estate has figures, so no medians (fewer than five estates). 2024: twins 80 130 180
    // 230 280 380 480 → 230; Hillerød 80 130 180 230 280 380 (the elderly estate has no 2024) → 205.
    expect(trend.series.map((s) => s.values)).toEqual([
      [170, 180, 200],
      [null, 230, 250],
      [null, 205, 200],
    ]);
    const option = trendOption(trend);
    expect(option.xAxis.data).toEqual(['2023', '2024', '2025']);
    expect(option.series.map((s) => s.data)).toEqual(trend.series.map((s) => s.values));
    expect(option.series.map((s) => s.name)).toEqual(trend.series.map((s) => s.label));

    const csv = trendCsv(trend);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(csv.slice(1), { delimiter: ';' });
    expect(rows[0]).toEqual([
      'År',
      'Afd. 3 Tvilling 3 – Henlæggelser pr. m² (kr./m²/år)',
      'Tvillingernes median – Henlæggelser pr. m² (kr./m²/år)',
      'Median i Hillerød Kommune – Henlæggelser pr. m² (kr./m²/år)',
    ]);
    const fromCsv = (cell: string) => (cell === '' ? null : Number(cell.replace(',', '.')));
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(option.xAxis.data.map(Number));
    expect(option.series.map((_, col) => rows.slice(1).map((r) => fromCsv(r[col + 1]!)))).toEqual(option.series.map((s) => s.data));
  });
});
