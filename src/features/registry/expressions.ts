import { Column, type SQL, and, eq, inArray, is, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { outer } from '../../lib/sql.ts';
import { administrators, estates, fora, municipalities, organisations } from './tables.ts';

/*
 * What other features read of the registry inside their own queries: names and attributes as
 * scalar subqueries keyed by a column of theirs, and scope conditions over their own columns.
 * They never join the registry's tables themselves, so the registry can change its tables
 * without breaking them. Each subquery reads one row by primary key.
 */

/** Another feature's column (always qualified: see outer) or an expression of its own. */
const ref = (key: Column | SQL) => (is(key, Column) ? outer(key) : key);

export const municipalityName = (code: Column | SQL) =>
  sql<string>`(select ${municipalities.name} from ${municipalities} where ${municipalities.code} = ${ref(code)})`;

export const organisationName = (id: Column | SQL) =>
  sql<string | null>`(select ${organisations.name} from ${organisations} where ${organisations.id} = ${ref(id)})`;

/** The ids of the organisations a municipality supervises (its seat organisations), for `column in (…)` on an index of another feature. */
export const supervisedOrganisationIds = (municipalityCode: string) =>
  sql`(select ${organisations.id} from ${organisations} where ${organisations.municipalityCode} = ${municipalityCode})`;

export const organisationAdministratorId = (id: Column | SQL) =>
  sql<number | null>`(select ${organisations.administratorId} from ${organisations} where ${organisations.id} = ${ref(id)})`;

export const forumName = (id: Column | SQL) => sql<string | null>`(select ${fora.name} from ${fora} where ${fora.id} = ${ref(id)})`;

/** `column` holds the id of an organisation that the administrator administers. */
export const administeredBy = (column: Column, administratorId: number): SQL =>
  inArray(column, sql`(select ${organisations.id} from ${organisations} where ${organisations.administratorId} = ${administratorId})`);

/** `column` holds the code of a municipality supervising one of the administrator's organisations. */
export const municipalityOfAdministered = (column: Column, administratorId: number): SQL =>
  inArray(
    column,
    sql`(select ${organisations.municipalityCode} from ${organisations} where ${organisations.administratorId} = ${administratorId})`,
  );

/** `column` holds the code of the organisation's supervising (seat) municipality. */
export const municipalityOfOrganisation = (column: Column, organisationId: number): SQL =>
  inArray(column, sql`(select ${organisations.municipalityCode} from ${organisations} where ${organisations.id} = ${organisationId})`);

/**
 * The organisations whose governance the actor is a party to: the supervising (seat)
 * municipality, the organisation itself and its administrator. A municipality where the
 * organisation merely has an estate sees the registry, not the dialogue.
 */
export function organisationParty(actor: Actor): SQL | undefined {
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return undefined;
    case 'municipality':
      return eq(organisations.municipalityCode, s.municipalityCode);
    case 'organisation':
      return eq(organisations.id, s.organisationId);
    case 'administrator':
      return eq(organisations.administratorId, s.administratorId);
    case 'public':
      return sql`false`;
  }
}

type Org = { id: number; municipalityCode: string; administratorId: number | null };

/** The same rule as organisationParty, for one organisation already loaded (to show a link or not). */
export function isOrganisationParty(actor: Actor, org: Org): boolean {
  const s = actor.scope;
  switch (s.kind) {
    case 'admin':
      return true;
    case 'municipality':
      return org.municipalityCode === s.municipalityCode;
    case 'organisation':
      return org.id === s.organisationId;
    case 'administrator':
      return org.administratorId === s.administratorId;
    case 'public':
      return false;
  }
}

/**
 * The organisations' heads (name, numbers, municipality, administrator, fiscal year) as a
 * subquery another feature may join its own rows to; only active organisations the actor is a
 * party to (inactive ones too when asked, or when ids are given), optionally of one municipality.
 */
export function partyOrganisationHeads(
  db: Db,
  actor: Actor,
  filter: { municipalityCode?: string; ids?: number[]; includeInactive?: boolean } = {},
) {
  return db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      lbfNumber: organisations.lbfNumber,
      municipalityCode: organisations.municipalityCode,
      municipalityName: sql<string>`${municipalities.name}`.as('party_municipality_name'),
      administratorId: organisations.administratorId,
      administratorName: sql<string | null>`${administrators.name}`.as('party_administrator_name'),
      fiscalYearEndMonth: organisations.fiscalYearEndMonth,
    })
    .from(organisations)
    .innerJoin(municipalities, eq(municipalities.code, organisations.municipalityCode))
    .leftJoin(administrators, eq(administrators.id, organisations.administratorId))
    .where(
      and(
        filter.ids ? inArray(organisations.id, filter.ids) : filter.includeInactive ? undefined : eq(organisations.active, true),
        organisationParty(actor),
        filter.municipalityCode ? eq(organisations.municipalityCode, filter.municipalityCode) : undefined,
      ),
    )
    .as('party_organisations');
}

/** One organisation the actor is a party to, with its municipality's and administrator's names; null when not. */
export async function findPartyOrganisation(db: Db, actor: Actor, organisationId: number) {
  const heads = partyOrganisationHeads(db, actor, { ids: [organisationId] });
  const [row] = await db.select().from(heads);
  if (!row) return null;
  const { organisationId: id, ...rest } = row;
  return { id, ...rest };
}

/** The fiscal year ends in use among the municipality's organisations. */
export async function fiscalYearEndMonthsOf(db: Db, municipalityCode: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ m: organisations.fiscalYearEndMonth })
    .from(organisations)
    .where(eq(organisations.municipalityCode, municipalityCode));
  return rows.map((r) => r.m);
}

/** What a new meeting in a municipality can be with: its active supervised organisations and its active fora. */
export async function meetingPartnerOptions(db: Db, municipalityCode: string) {
  const [orgs, forums] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.municipalityCode, municipalityCode), eq(organisations.active, true)))
      .orderBy(organisations.name),
    db
      .select({ id: fora.id, name: fora.name })
      .from(fora)
      .where(and(eq(fora.municipalityCode, municipalityCode), eq(fora.active, true)))
      .orderBy(fora.name),
  ]);
  return { organisations: orgs, fora: forums };
}

/** `column` holds the id of an estate of the organisation. */
export const estateOfOrganisation = (column: Column | SQL, organisationId: number): SQL =>
  sql`${ref(column)} in (select ${estates.id} from ${estates} where ${estates.organisationId} = ${organisationId})`;

/** `column` holds the id of an estate of an organisation the administrator administers. */
export const estateAdministeredBy = (column: Column | SQL, administratorId: number): SQL =>
  sql`${ref(column)} in (select ${estates.id} from ${estates} where ${estates.organisationId} in (select ${organisations.id} from ${organisations} where ${organisations.administratorId} = ${administratorId}))`;

export const municipalityRegionName = (code: Column | SQL) =>
  sql<string>`(select ${municipalities.regionName} from ${municipalities} where ${municipalities.code} = ${ref(code)})`;
