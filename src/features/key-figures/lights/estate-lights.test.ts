import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, actorFor } from '../../../auth/scope.ts';
import type { Database } from '../../../db/client.ts';
import { makeEstate, makeOrganisation } from '../../../demo/factories.ts';
import { freshDatabase } from '../../../../test/db.ts';
import { estateFigures, trafficLightRules } from '../tables.ts';
import { estateLights, redThreeYearsRun } from './estate-lights.ts';

let t: Database;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

describe('estateLights', () => {
  it('colours by the supervising municipality’s own rule where it has one, else the default, and finds three red years', async () => {
    const hilleroed = await makeOrganisation(t.db, { municipalityCode: '0219' });
    const naestved = await makeOrganisation(t.db, { municipalityCode: '0370' });
    const a = await makeEstate(t.db, { organisationId: hilleroed.id });
    const b = await makeEstate(t.db, { organisationId: naestved.id });
    // Næstved asks 250 kr./m² for green; the default asks 200.
    await t.db
      .insert(trafficLightRules)
      .values({ indicatorCode: 'henlaeggelser', municipalityCode: '0370', kind: 'absolute', yellow: 250, red: 100 });
    await t.db.insert(estateFigures).values([
      { estateId: a.id, year: 2023, values: { aarets_resultat: -5 } },
      { estateId: a.id, year: 2024, values: { aarets_resultat: -1 } },
      { estateId: a.id, year: 2025, values: { aarets_resultat: -1, henlaeggelser: 220 } },
      { estateId: b.id, year: 2025, values: { aarets_resultat: 10, henlaeggelser: 220 } },
    ]);
    const { lights } = await estateLights(t.db, { actor: SYSTEM_ACTOR, ids: [a.id, b.id] });
    const of = (id: number, year: number) => lights.find((l) => l.estateId === id && l.year === year)!;
    expect(of(a.id, 2025).colours).toEqual({ aarets_resultat: 'red', henlaeggelser: 'green' });
    expect(of(a.id, 2025).overall).toBe('red');
    expect(of(b.id, 2025).colours.henlaeggelser).toBe('yellow');
    expect(of(b.id, 2025).overall).toBe('yellow');
    const ofA = lights.filter((l) => l.estateId === a.id);
    expect(redThreeYearsRun(ofA, 2025)).toBe(true);
    expect(redThreeYearsRun(ofA, 2026)).toBe(false);
    expect(
      redThreeYearsRun(
        lights.filter((l) => l.estateId === b.id),
        2025,
      ),
    ).toBe(false);
  });

  it('reads only the estates the actor may see', async () => {
    const org = await makeOrganisation(t.db, { municipalityCode: '0217' });
    const e = await makeEstate(t.db, { organisationId: org.id, municipalityCode: '0217' });
    await t.db.insert(estateFigures).values({ estateId: e.id, year: 2025, values: { henlaeggelser: 50 } });
    const outsider = actorFor({
      id: 1,
      name: 'X',
      email: 'x@x.dk',
      role: 'municipality_editor',
      municipalityCode: '0101',
      organisationId: null,
      administratorId: null,
    });
    expect((await estateLights(t.db, { actor: outsider, ids: [e.id] })).lights).toEqual([]);
    expect((await estateLights(t.db, { actor: SYSTEM_ACTOR, ids: [e.id] })).lights).toHaveLength(1);
  });
});
