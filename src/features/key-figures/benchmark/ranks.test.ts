import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client.ts';
import { makeEstate, makeOrganisation } from '../../../demo/factories.ts';
import { freshDatabase } from '../../../../test/db.ts';
import { estateFigures } from '../tables.ts';
import { refreshRanks } from './ranks.ts';

let t: Database;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

describe('refreshRanks', () => {
  it('gives each estate its percentile among twins, and none when fewer than five are comparable', async () => {
    const org = await makeOrganisation(t.db);
    const ids: number[] = [];
    for (let i = 1; i <= 6; i++) ids.push((await makeEstate(t.db, { organisationId: org.id, homesFamily: 100, yearBuilt: 1970 })).id);
    // henlæggelser 100, 200 … 600 (higher is better): percent_rank 0, 20, 40, 60, 80, 100.
    await t.db
      .insert(estateFigures)
      .values(ids.map((estateId, i) => ({ estateId, year: 2025, values: { henlaeggelser: (i + 1) * 100, boliger: 100 } })));
    // One estate alone in 2024: no percentile.
    await t.db.insert(estateFigures).values({ estateId: ids[0]!, year: 2024, values: { henlaeggelser: 50 } });
    await refreshRanks(t.db, [2024, 2025]);
    const rows = await t.db.select().from(estateFigures);
    const r2025 = rows.filter((r) => r.year === 2025).sort((a, b) => a.estateId - b.estateId);
    expect(r2025.map((r) => r.ranks.henlaeggelser)).toEqual([0, 20, 40, 60, 80, 100]);
    // Homes have no direction: no percentile.
    expect(r2025[0]!.ranks.boliger).toBeUndefined();
    expect(rows.find((r) => r.year === 2024)!.ranks).toEqual({});
  });
});
