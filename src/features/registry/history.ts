import { inArray, sql } from 'drizzle-orm';
import { conditionFlag } from '../../lib/sql.ts';
import { formatFiscalYearEnd } from '../../ui/format.ts';
import { nameMap, numericIds, type EntityNamer, type HistoryKinds } from '../audit/index.ts';
import { membershipVisible, personVisible } from './member-policy.ts';
import { estateVisible, organisationVisible } from './policy.ts';
import { MEMBERSHIP_ROLES } from './schemas.ts';
import { administrators, estates, fora, memberships, municipalities, organisations, people } from './tables.ts';

/*
 * The registry's words in the history: its kinds of things, their fields, and their names with
 * links for the viewer (only where the viewer may open the page).
 */

const ADDRESS = { address: 'Adresse', postalCode: 'Postnummer', city: 'By' };

const organisationNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, open: conditionFlag(organisationVisible(actor)) })
    .from(organisations)
    .where(inArray(organisations.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({ name: r.name, href: r.open ? `/boligorganisationer/${r.id}` : null }),
  );
};

const estateNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({ id: estates.id, number: estates.number, name: estates.name, open: conditionFlag(estateVisible(actor)) })
    .from(estates)
    .where(inArray(estates.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({ name: `${r.number} ${r.name}`, href: r.open ? `/afdelinger/${r.id}` : null }),
  );
};

// Administrators', fora's and municipalities' pages open to everyone logged in (a forum hides only its contacts).
const administratorNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({ id: administrators.id, name: administrators.name })
    .from(administrators)
    .where(inArray(administrators.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({ name: r.name, href: actor.userId !== null ? `/administrationsorganisationer/${r.id}` : null }),
  );
};

const forumNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({ id: fora.id, name: fora.name })
    .from(fora)
    .where(inArray(fora.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({ name: r.name, href: actor.userId !== null ? `/fora/${r.id}` : null }),
  );
};

const municipalityNames: EntityNamer = async ({ db, ids }) => {
  const rows = await db
    .select({ code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(inArray(municipalities.code, ids));
  return nameMap(
    rows,
    (r) => r.code,
    (r) => ({ name: r.name, href: `/kommuner/${r.code}` }),
  );
};

const personNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({ id: people.id, name: people.name, open: conditionFlag(personVisible(actor)) })
    .from(people)
    .where(inArray(people.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({ name: r.name, href: r.open ? `/personer/${r.id}` : null }),
  );
};

/** A membership by its person and title; it has no page of its own, so it links to the person's. */
const membershipNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({
      id: memberships.id,
      personId: memberships.personId,
      title: memberships.title,
      person: sql<string>`(select ${people.name} from ${people} where ${people.id} = ${memberships.personId})`,
      open: conditionFlag(membershipVisible(actor)),
    })
    .from(memberships)
    .where(inArray(memberships.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({ name: `${r.person}, ${r.title}`, href: r.open ? `/personer/${r.personId}` : null }),
  );
};

export const registryHistory: HistoryKinds = {
  organisation: {
    label: 'Boligorganisation',
    fields: {
      name: 'Navn',
      lbfNumber: 'LBF-nummer',
      ...ADDRESS,
      municipalityCode: 'Tilsynskommune',
      administratorId: 'Administrationsorganisation',
      fiscalYearEndMonth: 'Regnskabsåret slutter',
      email: 'E-mail',
      website: 'Hjemmeside',
      active: 'Aktiv',
    },
    values: { fiscalYearEndMonth: (v) => formatFiscalYearEnd(Number(v)) },
    refs: { municipalityCode: 'municipality', administratorId: 'administrator' },
    names: organisationNames,
  },
  estate: {
    label: 'Afdeling',
    fields: {
      number: 'Afdelingsnummer',
      name: 'Navn',
      ...ADDRESS,
      municipalityCode: 'Kommune',
      organisationId: 'Boligorganisation',
      homesFamily: 'Familieboliger',
      homesElderly: 'Ældreboliger',
      homesYouth: 'Ungdomsboliger',
      homesCare: 'Plejeboliger',
      areaM2: 'Areal (m²)',
      yearBuilt: 'Opførelsesår',
      active: 'Aktiv',
    },
    refs: { municipalityCode: 'municipality', organisationId: 'organisation' },
    names: estateNames,
  },
  administrator: {
    label: 'Administrationsorganisation',
    fields: { name: 'Navn', cvr: 'CVR-nummer', address: 'Adresse', email: 'E-mail', phone: 'Telefon', active: 'Aktiv' },
    names: administratorNames,
  },
  forum: {
    label: 'Forum',
    fields: {
      name: 'Navn',
      municipalityCode: 'Kommune',
      termsOfReference: 'Kommissorium',
      secretariat: 'Sekretariat',
      meetingsPerYear: 'Møder om året',
      active: 'Aktiv',
    },
    refs: { municipalityCode: 'municipality' },
    names: forumNames,
  },
  person: {
    label: 'Person',
    fields: { name: 'Navn', email: 'E-mail', phone: 'Telefon' },
    names: personNames,
  },
  membership: {
    label: 'Medlemskab',
    fields: {
      personId: 'Person',
      title: 'Titel',
      role: 'Rolle',
      organisationId: 'Boligorganisation',
      forumId: 'Forum',
      municipalityCode: 'Kommune',
      administratorId: 'Administrationsorganisation',
      startDate: 'Startdato',
      endDate: 'Slutdato',
    },
    values: { role: MEMBERSHIP_ROLES },
    refs: {
      personId: 'person',
      organisationId: 'organisation',
      forumId: 'forum',
      municipalityCode: 'municipality',
      administratorId: 'administrator',
    },
    names: membershipNames,
  },
  // Only named where a field points at one: no municipality row changes through the app.
  municipality: { names: municipalityNames },
};
