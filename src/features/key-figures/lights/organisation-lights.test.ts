import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, actorFor } from '../../../auth/scope.ts';
import type { Database } from '../../../db/client.ts';
import { makeEstate, makeOrganisation } from '../../../demo/factories.ts';
import { freshDatabase } from '../../../../test/db.ts';
import { estateFigures, trafficLightRules } from '../tables.ts';
import { estateLights, redThreeYearsRun } from './estate-lights.ts';
import { organisationLights } from './organisation-lights.ts';

/*
 * The overview counts colours in SQL; estateLights colours in TypeScript. On the same figures,
 * own rules and percentiles they must agree, including the runs of three red years.
 */

let t: Database;
const orgs: number[] = [];
beforeAll(async () => {
  t = await freshDatabase();
  await t.db.insert(trafficLightRules).values([
    { indicatorCode: 'henlaeggelser', municipalityCode: '0370', kind: 'absolute', yellow: 250, red: 150 },
    { indicatorCode: 'effektivitetstal', municipalityCode: '0370', kind: 'relative', yellow: 40, red: 20 },
  ]);
  // A small deterministic spread of figures: some estates red for years, some not, some with gaps.
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (const [i, code] of ['0219', '0370', '0370'].entries()) {
    const org = await makeOrganisation(t.db, { municipalityCode: code });
    orgs.push(org.id);
    for (let e = 0; e < 6; e++) {
      const estate = await makeEstate(t.db, { organisationId: org.id });
      const last = 2025 - ((i + e) % 3 === 0 ? 1 : 0);
      for (let year = 2019; year <= last; year++) {
        if (e === 5 && year === 2023) continue;
        await t.db.insert(estateFigures).values({
          estateId: estate.id,
          year,
          values: {
            aarets_resultat: e < 2 ? -1000 : Math.round(next() * 2000 - 500),
            henlaeggelser: Math.round(next() * 300),
            effektivitetstal: Math.round(60 + next() * 50),
            husleje: 900,
          },
          ranks: { effektivitetstal: Math.round(next() * 100), husleje: e * 20 },
        });
      }
    }
  }
});
afterAll(() => t.close());

async function expected(year: number) {
  const { lights } = await estateLights(t.db, { actor: SYSTEM_ACTOR, toYear: year });
  const out = new Map<number, { year: number; red: number; yellow: number; green: number; redThreeYears: number }>();
  for (const [org, ofOrg] of Map.groupBy(lights, (l) => l.organisationId)) {
    const latest = Math.max(...ofOrg.map((l) => l.year));
    const counts = { year: latest, red: 0, yellow: 0, green: 0, redThreeYears: 0 };
    for (const [, ofEstate] of Map.groupBy(ofOrg, (l) => l.estateId)) {
      const now = ofEstate.find((l) => l.year === latest)?.overall;
      if (now) counts[now]++;
      if (redThreeYearsRun(ofEstate, latest)) counts.redThreeYears++;
    }
    out.set(org, counts);
  }
  return out;
}

describe('organisationLights', () => {
  it('counts what estateLights and redThreeYearsRun say, by each organisation’s latest year', async () => {
    for (const year of [2025, 2024, 2022]) {
      const actual = await organisationLights(t.db, { actor: SYSTEM_ACTOR, organisationIds: orgs, year });
      expect(actual, `up to ${year}`).toEqual(await expected(year));
    }
    const counts = await organisationLights(t.db, { actor: SYSTEM_ACTOR, organisationIds: orgs, year: 2025 });
    // The first two estates of every organisation have a deficit every year.
    expect([...counts.values()].every((c) => c.red >= 1 && c.redThreeYears >= 1)).toBe(true);
  });

  it('reads only the organisations asked for and the estates the actor may see', async () => {
    expect(await organisationLights(t.db, { actor: SYSTEM_ACTOR, organisationIds: [orgs[0]], year: 2025 })).toHaveProperty('size', 1);
    expect(await organisationLights(t.db, { actor: SYSTEM_ACTOR, organisationIds: [], year: 2025 })).toHaveProperty('size', 0);
    const outsider = actorFor({
      id: 1,
      name: 'X',
      email: 'x@x.dk',
      role: 'municipality_editor',
      municipalityCode: '0101',
      organisationId: null,
      administratorId: null,
    });
    expect((await organisationLights(t.db, { actor: outsider, organisationIds: orgs, year: 2025 })).size).toBe(0);
    expect(await organisationLights(t.db, { actor: SYSTEM_ACTOR, organisationIds: orgs, year: 2018 })).toHaveProperty('size', 0);
  });
});
