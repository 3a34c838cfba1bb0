import { SYSTEM_ACTOR } from '../auth/scope.ts';
import type { Db } from '../db/client.ts';
import { createAgreement, saveFollowUp, setAgreementStatus, type AgreementInput } from '../features/agreements/index.ts';
import { estateProfiles } from '../features/registry/index.ts';

/*
 * The demo's agreements of the 2025 dialogues, made as a supervisor would: in Næstved (seed 003)
 * Præstøvej's efficiency target that the demo figures meet (75 → 98), Manøvej's savings for
 * maintenance that they miss (85 against 200), and a letting agreement not started; in Hillerød
 * one in progress with a follow-up note and one no longer relevant.
 */

const NONE = { targetIndicator: null, targetComparator: null, targetValue: null, targetYear: null, targetEstateId: null };

export async function loadDemoAgreements(db: Db, orgs: { lejerboId: number; hilleroedId: number }): Promise<void> {
  const actor = SYSTEM_ACTOR;
  const p = estateProfiles(db, { organisationIds: [orgs.lejerboId] });
  const estates = new Map((await db.select({ id: p.estateId, name: p.name }).from(p)).map((e) => [e.name, e.id]));
  const praestoe = estates.get('Præstøvej')!;
  const manoe = estates.get('Manøvej')!;
  type Given = Pick<AgreementInput, 'theme' | 'text' | 'responsibleSide' | 'deadline' | 'estateIds'> & Partial<AgreementInput>;
  const make = (organisationId: number, input: Given) =>
    createAgreement({ db, actor, organisationId, year: 2025, input: { ...NONE, responsiblePerson: null, ...input } });

  const met = await make(orgs.lejerboId, {
    theme: 'oekonomi',
    text: 'Præstøvej bringer effektivitetstallet op på mindst 95 inden 2025 gennem fælles indkøb og færre eksterne ydelser.',
    responsibleSide: 'boligorganisation',
    responsiblePerson: 'Jette Kragh',
    deadline: '2025-12-31',
    estateIds: [praestoe],
    targetIndicator: 'effektivitetstal',
    targetComparator: 'gte',
    targetValue: 95,
    targetYear: 2025,
    targetEstateId: praestoe,
  });
  await setAgreementStatus({
    db,
    actor,
    id: met,
    version: 1,
    status: 'opfyldt',
    note: 'Effektivitetstallet var 98 i regnskabet for 2025.',
  });

  const missed = await make(orgs.lejerboId, {
    theme: 'vedligeholdelse',
    text: 'Manøvej hæver henlæggelserne til mindst 200 kr./m²/år, så den langsigtede vedligeholdelse er dækket.',
    responsibleSide: 'boligorganisation',
    deadline: '2025-12-31',
    estateIds: [manoe],
    targetIndicator: 'henlaeggelser',
    targetComparator: 'gte',
    targetValue: 200,
    targetYear: 2025,
    targetEstateId: manoe,
  });
  await setAgreementStatus({
    db,
    actor,
    id: missed,
    version: 1,
    status: 'i_gang',
    note: 'Afdelingsmødet har vedtaget en huslejestigning fra 2026.',
  });

  await make(orgs.lejerboId, {
    theme: 'udlejning',
    text: 'Parterne udarbejder en aftale om fleksibel udlejning for Agerhønevej med fortrinsret for pendlere og studerende.',
    responsibleSide: 'begge',
    deadline: '2026-06-30',
    estateIds: [],
  });

  const progress = await make(orgs.hilleroedId, {
    theme: 'boligsocialt',
    text: 'Boligorganisationen søger Landsbyggefonden om en ny boligsocial helhedsplan.',
    responsibleSide: 'boligorganisation',
    responsiblePerson: 'Organisationsbestyrelsen',
    deadline: '2026-03-31',
    estateIds: [],
  });
  await setAgreementStatus({ db, actor, id: progress, version: 1, status: 'i_gang', note: null });
  await saveFollowUp({ db, actor, id: progress, year: 2026, note: 'Ansøgningen er sendt; svar ventes i foråret.' });

  const gone = await make(orgs.hilleroedId, {
    theme: 'klima_miljoe',
    text: 'Kommunen undersøger, om regnvand fra afdelingernes tage kan nedsives lokalt (LAR).',
    responsibleSide: 'kommune',
    deadline: '2025-12-31',
    estateIds: [],
  });
  await setAgreementStatus({ db, actor, id: gone, version: 1, status: 'udgaaet', note: 'Indgår nu i kommunens klimatilpasningsplan.' });
}
