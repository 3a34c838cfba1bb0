import { count } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../auth/scope.ts';
import { users } from '../auth/tables.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Wiring } from '../wiring.ts';
import { recordAudit } from '../features/audit/index.ts';
import { warmTextExtraction } from '../features/documentation/extractor.ts';
import { warmPdfCheck } from '../lib/archive-limits.ts';
import { loadDemoDialogues } from './demo-dialogues.ts';
import { loadDemoHousingArea, loadDemoKeyFigures } from './demo-key-figures.ts';
import { loadDemoAgreementDocuments } from './demo-agreement-documents.ts';
import { loadDemoAgreements } from './demo-agreements.ts';
import { loadDemoLettings } from './demo-letting.ts';
import { loadDemoCouncilReport } from './demo-council-report.ts';
import { loadDemoMeetings } from './demo-meetings.ts';
import { makeAdministrator, makeEstate, makeForum, makeMembership, makeOrganisation, makePerson, makeUser } from './factories.ts';

export const DEMO_PASSWORD = 'Styringsdialog2026';

/** One demo user per role; the README lists the same table. */
export const DEMO_USERS = [
  { email: 'admin@demo.dk', name: 'Alma Admin', role: 'admin', scope: 'hele installationen' },
  { email: 'tilsyn.hilleroed@demo.dk', name: 'Tina Lyhne', role: 'municipality_editor', scope: 'Hillerød Kommune (tilsyn)' },
  { email: 'laeser.hilleroed@demo.dk', name: 'Lars Olsen', role: 'municipality_reader', scope: 'Hillerød Kommune (læser)' },
  { email: 'tilsyn.naestved@demo.dk', name: 'Nanna Holm', role: 'municipality_editor', scope: 'Næstved Kommune (tilsyn)' },
  { email: 'tilsyn.helsingoer@demo.dk', name: 'Mette Lene Jensen', role: 'municipality_editor', scope: 'Helsingør Kommune (tilsyn)' },
  { email: 'lejerbo.naestved@demo.dk', name: 'Jette Kragh', role: 'organisation_editor', scope: 'Lejerbo Næstved (redaktør)' },
  {
    email: 'bestyrelse.hilleroed@demo.dk',
    name: 'Lena Andersen',
    role: 'organisation_reader',
    scope: 'Hillerød Almene Boligselskab (læser)',
  },
  { email: 'bdk@demo.dk', name: 'Christian Fries', role: 'administrator_staff', scope: 'Boligkontoret Danmark (alle dets organisationer)' },
] as const;

/**
 * Fills an empty installation with the organisations, estates, people and
 * fora named in the seed documents (Hillerød: seed 000; Helsingør: seed 002; Næstved:
 * seed 003), with plausible figures where the seeds give none, and dialogues whose stages agree
 * with what happened (packages sent with their files in the data folder's file store, meetings
 * held). Does nothing if users exist.
 */
export async function loadDemoData(db: Db, wiring: Wiring, config: Config, say?: (line: string) => void): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n > 0) return false;
  say?.('Indlæser demodata (organisationer, brugere, styringsdialoger og møder fra tre referater) …');
  // The packages' 32 PDFs are checked and read in two threads that each load pdf.js first (~0.5 s
  // on the two-core machine): they load while the registry is filled.
  warmPdfCheck();
  warmTextExtraction();

  await db.transaction(async (tx) => {
    const bdk = await makeAdministrator(tx, {
      name: 'Boligkontoret Danmark',
      cvr: '62185914',
      address: 'Søren Frichs Vej 38 K, 8230 Åbyhøj',
      email: 'bdk@bdk.dk',
    });
    const lejerboAdm = await makeAdministrator(tx, { name: 'Lejerbo', address: 'Vesterbrogade 39, 1620 København V' });
    const kab = await makeAdministrator(tx, { name: 'KAB', address: 'Vester Voldgade 17, 1552 København V' });

    // Hillerød (seed 000): an organisation administered by Boligkontoret Danmark.
    const hil = await makeOrganisation(tx, {
      name: 'Hillerød Almene Boligselskab',
      lbfNumber: 219,
      municipalityCode: '0219',
      administratorId: bdk.id,
      address: 'Milnersvej 42',
      postalCode: '3400',
      city: 'Hillerød',
      fiscalYearEndMonth: 12,
    });
    for (const [number, name, family, elderly, care, m2, year] of [
      [1, 'Solbakken', 120, 0, 0, 9800, 1962],
      [2, 'Ullerødbyen', 64, 24, 0, 6900, 2015],
      [3, 'Skovgårdsparken', 0, 48, 36, 5400, 1998],
      [5, 'Østervang', 210, 0, 0, 17400, 1971],
    ] as const) {
      await makeEstate(tx, {
        organisationId: hil.id,
        number,
        name,
        municipalityCode: '0219',
        postalCode: '3400',
        city: 'Hillerød',
        homesFamily: family,
        homesElderly: elderly,
        homesCare: care,
        areaM2: m2,
        yearBuilt: year,
      });
    }
    const hil2 = await makeOrganisation(tx, {
      name: 'Boligselskabet Nordsjælland',
      lbfNumber: 2190,
      municipalityCode: '0219',
      administratorId: kab.id,
      city: 'Hillerød',
      postalCode: '3400',
      fiscalYearEndMonth: 9,
    });
    await makeEstate(tx, {
      organisationId: hil2.id,
      number: 1,
      name: 'Trollesbro',
      municipalityCode: '0219',
      homesFamily: 86,
      areaM2: 7100,
      yearBuilt: 1984,
    });
    await makeEstate(tx, {
      organisationId: hil2.id,
      number: 2,
      name: 'Favrholm',
      municipalityCode: '0219',
      homesFamily: 40,
      homesYouth: 30,
      areaM2: 4300,
      yearBuilt: 2021,
    });

    // Næstved (seed 003): Lejerbo's afdelinger on Agerhønevej, Manøvej and Præstøvej, and Bolig Næstved.
    const lejerbo = await makeOrganisation(tx, {
      name: 'Lejerbo Næstved',
      lbfNumber: 370,
      municipalityCode: '0370',
      administratorId: lejerboAdm.id,
      postalCode: '4700',
      city: 'Næstved',
      fiscalYearEndMonth: 12,
    });
    for (const [number, name, family, elderly, m2, year] of [
      [101, 'Agerhønevej', 96, 0, 7800, 1969],
      [102, 'Manøvej', 144, 12, 12100, 1972],
      [103, 'Præstøvej', 88, 20, 7900, 1975],
    ] as const) {
      await makeEstate(tx, {
        organisationId: lejerbo.id,
        number,
        name,
        address: name,
        municipalityCode: '0370',
        postalCode: '4700',
        city: 'Næstved',
        homesFamily: family,
        homesElderly: elderly,
        areaM2: m2,
        yearBuilt: year,
      });
    }
    const boligNaestved = await makeOrganisation(tx, {
      name: 'Bolig Næstved',
      lbfNumber: 371,
      municipalityCode: '0370',
      postalCode: '4700',
      city: 'Næstved',
      fiscalYearEndMonth: 12,
    });
    await makeEstate(tx, {
      organisationId: boligNaestved.id,
      number: 1,
      name: 'Vandtårnsparken',
      municipalityCode: '0370',
      homesFamily: 420,
      areaM2: 31500,
      yearBuilt: 1968,
    });
    await makeEstate(tx, {
      organisationId: boligNaestved.id,
      number: 2,
      name: 'Kalbygård',
      municipalityCode: '0370',
      homesFamily: 180,
      homesElderly: 40,
      areaM2: 16200,
      yearBuilt: 1979,
    });

    // Helsingør (seed 002): an organisation administered by Boligkontoret Danmark, and the standing fora.
    const hel = await makeOrganisation(tx, {
      name: 'Helsingør Almennyttige Boligselskab',
      lbfNumber: 217,
      municipalityCode: '0217',
      administratorId: bdk.id,
      postalCode: '3000',
      city: 'Helsingør',
      fiscalYearEndMonth: 5,
    });
    await makeEstate(tx, {
      organisationId: hel.id,
      number: 10,
      name: 'Nøjsomhed',
      municipalityCode: '0217',
      homesFamily: 310,
      areaM2: 24800,
      yearBuilt: 1970,
    });
    await makeEstate(tx, {
      organisationId: hel.id,
      number: 11,
      name: 'Vapnagård',
      municipalityCode: '0217',
      homesFamily: 1200,
      areaM2: 96000,
      yearBuilt: 1974,
    });
    // An estate in Fredensborg owned by a Helsingør organisation: Fredensborg may look at it, not change it.
    await makeEstate(tx, {
      organisationId: hel.id,
      number: 12,
      name: 'Kokkedal Vest',
      municipalityCode: '0210',
      homesFamily: 140,
      areaM2: 11200,
      yearBuilt: 1971,
    });

    // Ballerup, administered by KAB: shows one administrator serving several municipalities.
    const bal = await makeOrganisation(tx, {
      name: 'Ballerup Boligselskab',
      lbfNumber: 151,
      municipalityCode: '0151',
      administratorId: kab.id,
      postalCode: '2750',
      city: 'Ballerup',
      fiscalYearEndMonth: 12,
    });
    await makeEstate(tx, {
      organisationId: bal.id,
      number: 1,
      name: 'Hedeparken',
      municipalityCode: '0151',
      homesFamily: 580,
      areaM2: 44000,
      yearBuilt: 1968,
    });

    // People with their titles as the seed minutes list them.
    const member = async (
      name: string,
      title: string,
      role: 'formand' | 'naestformand' | 'medlem' | 'sekretariat' | 'medarbejder',
      body: Record<string, unknown>,
    ) => {
      const person = await makePerson(tx, { name });
      await makeMembership(tx, { personId: person.id, title, role, startDate: '2021-01-01', ...body });
    };
    await member('Lena Andersen', 'Formand for organisationsbestyrelsen', 'formand', { organisationId: hil.id });
    await member('Sanne Madsen', 'Næstformand for organisationsbestyrelsen', 'naestformand', { organisationId: hil.id });
    await member('Christian Fries', 'Forretningsfører', 'medarbejder', { administratorId: bdk.id });
    await member('Stephanie Kelmann', 'Chefkonsulent', 'medarbejder', { administratorId: bdk.id });
    await member('Tina Lyhne', 'Borger- og Socialchef', 'medarbejder', { municipalityCode: '0219' });
    await member('Lars Olsen', 'AC, Borger- og Socialservice', 'medarbejder', { municipalityCode: '0219' });
    await member('Stine Bøgebjerg Hansen', 'Souschef, Ældre og Sundhed', 'medarbejder', { municipalityCode: '0219' });
    await member('Monica Nordahl', 'Chefkonsulent, Byrådssekretariatet, jura', 'medarbejder', { municipalityCode: '0219' });

    const raad = await makeForum(tx, {
      municipalityCode: '0217',
      name: 'Rådet for Almene Boligforhold',
      meetingsPerYear: 4,
      secretariat: 'By, Plan og Miljø, Stengade 72',
      termsOfReference:
        'Rådet drøfter udviklingen på almenboligområdet og rådgiver Byrådet om strategiske indsatser for de almene boliger.',
    });
    for (const [name, role] of [
      ['Palle Wørmann', 'formand'],
      ['Kristina Kongsted', 'medlem'],
      ['Lisbeth Læssøe', 'medlem'],
      ['Mette Lene Jensen', 'sekretariat'],
      ['Lene Lindberg', 'medlem'],
      ['Anje Holmstad', 'medlem'],
    ] as const) {
      await member(name, role === 'formand' ? 'Formand' : role === 'sekretariat' ? 'Sekretariat' : 'Medlem', role, { forumId: raad.id });
    }
    await makeForum(tx, {
      municipalityCode: '0217',
      name: 'Dialogforum for almene boliger',
      meetingsPerYear: 2,
      secretariat: 'Helsingør Kommune',
      termsOfReference: 'Fælles dialog mellem kommunen og alle boligorganisationer om boligpolitikken.',
    });
    await makeForum(tx, {
      municipalityCode: '0217',
      name: 'Bystrategisk partnerskab',
      meetingsPerYear: 4,
      secretariat: 'Helsingør Kommune',
    });

    const scopes: Record<string, { municipalityCode?: string; organisationId?: number; administratorId?: number }> = {
      'tilsyn.hilleroed@demo.dk': { municipalityCode: '0219' },
      'laeser.hilleroed@demo.dk': { municipalityCode: '0219' },
      'tilsyn.naestved@demo.dk': { municipalityCode: '0370' },
      'tilsyn.helsingoer@demo.dk': { municipalityCode: '0217' },
      'lejerbo.naestved@demo.dk': { organisationId: lejerbo.id },
      'bestyrelse.hilleroed@demo.dk': { organisationId: hil.id },
      'bdk@demo.dk': { administratorId: bdk.id },
    };
    for (const u of DEMO_USERS) {
      await makeUser(tx, { email: u.email, name: u.name, role: u.role, password: DEMO_PASSWORD, ...scopes[u.email] });
    }
    await loadDemoDialogues(tx, wiring, config, { hil, hil2, lejerbo, boligNaestved, hel, bal });
    await loadDemoMeetings(tx, { hilleroedOrganisationId: hil.id, lejerboId: lejerbo.id, raadId: raad.id });
    await loadDemoKeyFigures(tx, wiring);
    await loadDemoHousingArea(tx);
    await loadDemoAgreements(tx, { lejerboId: lejerbo.id, hilleroedId: hil.id });
    await loadDemoLettings(tx, { hil, lejerbo });
    await loadDemoAgreementDocuments(tx, wiring, config, { lejerboId: lejerbo.id });
    await loadDemoCouncilReport(tx, wiring);
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      entityType: 'installation',
      entityId: 'demo',
      action: 'import',
      summary: 'Demodata indlæst',
    });
  });
  return true;
}
