import { addMonths, addYears, format, parseISO } from 'date-fns';
import { SYSTEM_ACTOR } from '../auth/scope.ts';
import type { Db } from '../db/client.ts';
import { danishToday } from '../lib/copenhagen-time.ts';
import { createLetting, moveLetting } from '../features/agreements/index.ts';
import { estateProfiles } from '../features/registry/index.ts';

/*
 * The demo's letting agreements, made as the parties would: in Hillerød the fixed right to seven
 * homes at Hillerødsholmsalle 149 (seed 000) and a municipal assignment of every fourth home that
 * expires within six months of today (so its warning and agenda item show); in Næstved a flexible
 * letting submitted to the municipality and a combined letting still in draft.
 */

type Org = { id: number; administratorId: number | null; municipalityCode: string };

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

export async function loadDemoLettings(tx: Db, o: { hil: Org; lejerbo: Org }) {
  const today = parseISO(danishToday());
  const estateIds = async (org: Org, names: string[]) => {
    const rows = await tx.select().from(estateProfiles(tx, { organisationId: org.id }));
    return rows.filter((r) => names.includes(r.name)).map((r) => r.estateId);
  };
  const base = { sharePercent: null, homesCount: null, homesText: null, priorityGroups: [], evaluationDate: null, note: null };
  const make = async (org: Org, input: Parameters<typeof createLetting>[0]['input'], steps: ('indsend' | 'godkend')[]) => {
    let row = await createLetting({ db: tx, actor: SYSTEM_ACTOR, organisation: org, input });
    for (const step of steps) row = await moveLetting({ db: tx, actor: SYSTEM_ACTOR, id: row.id, version: row.version, step });
  };

  await make(
    o.hil,
    {
      ...base,
      kind: 'fast_anvisningsret',
      homesCount: 7,
      homesText: 'Syv boliger på Hillerødsholmsalle 149, hvoraf den ene bruges til fællesaktiviteter (opgangsfællesskabet).',
      estateIds: await estateIds(o.hil, ['Solbakken']),
      validFrom: '2024-01-01',
      validTo: '2027-12-31',
      evaluationDate: '2026-12-01',
      note: 'Kommunen ønsker flere boliger i nærheden af opgangsfællesskabet, hvis det er muligt (styringsdialogmødet, seed 000).',
    },
    ['indsend', 'godkend'],
  );
  await make(
    o.hil,
    {
      ...base,
      kind: 'kommunal_anvisning',
      sharePercent: 25,
      estateIds: await estateIds(o.hil, ['Solbakken', 'Østervang']),
      validFrom: iso(addYears(addMonths(today, 4), -4)),
      validTo: iso(addMonths(today, 4)),
      evaluationDate: iso(addMonths(today, 1)),
      note: 'Kommunen anviser hver fjerde ledige bolig og ønsker flere små boliger.',
    },
    ['indsend', 'godkend'],
  );
  await make(
    o.lejerbo,
    {
      ...base,
      kind: 'fleksibel_udlejning',
      sharePercent: 50,
      priorityGroups: ['pendlere', 'familier_med_boern'],
      estateIds: await estateIds(o.lejerbo, ['Manøvej', 'Præstøvej']),
      validFrom: '2026-01-01',
      validTo: '2029-12-31',
      evaluationDate: '2027-12-01',
    },
    ['indsend'],
  );
  await make(
    o.lejerbo,
    {
      ...base,
      kind: 'kombineret_udlejning',
      sharePercent: 30,
      priorityGroups: ['studerende', 'tilknytning_til_omraadet'],
      estateIds: await estateIds(o.lejerbo, ['Agerhønevej']),
      validFrom: '2027-01-01',
      validTo: '2030-12-31',
    },
    [],
  );
}
