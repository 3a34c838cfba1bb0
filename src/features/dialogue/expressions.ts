import { type Column, type SQL, and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { outer } from '../../lib/sql.ts';
import { partyOrganisationHeads } from '../registry/index.ts';
import { dialogues } from './tables.ts';

/** The governance year of the dialogue whose id `column` holds, inside another feature's query. */
export const dialogueYear = (id: Column) =>
  sql<number | null>`(select ${dialogues.governanceYear} from ${dialogues} where ${dialogues.id} = ${outer(id)})`;

/** The id of an organisation's dialogue of a year inside another feature's query (one probe of a unique index), or null. */
export const dialogueIdOf = (organisationId: SQL, year: SQL) =>
  sql<
    number | null
  >`(select ${dialogues.id} from ${dialogues} where ${dialogues.organisationId} = ${organisationId} and ${dialogues.governanceYear} = ${year})`;

/** The id of an organisation's dialogue of a year, if it has been written (a dialogue exists as "planlagt" before that). */
export async function findDialogueId(db: Db, organisationId: number, year: number): Promise<number | null> {
  const [row] = await db
    .select({ id: dialogues.id })
    .from(dialogues)
    .where(and(eq(dialogues.organisationId, organisationId), eq(dialogues.governanceYear, year)));
  return row?.id ?? null;
}

/**
 * The dialogues of organisations the actor is a party to, with the organisation's name, as a
 * subquery another feature joins its rows to by dialogue id (optionally of one municipality).
 * Computed columns carry prefixed names: Drizzle leaves them unqualified in the outer query.
 */
export function partyDialogues(db: Db, actor: Actor, filter: { municipalityCode?: string } = {}) {
  const heads = partyOrganisationHeads(db, actor, { municipalityCode: filter.municipalityCode, includeInactive: true });
  return db
    .select({
      dialogueId: sql<number>`${dialogues.id}`.as('party_dialogue_id'),
      year: sql<number>`${dialogues.governanceYear}`.as('party_dialogue_year'),
      organisationId: heads.organisationId,
      organisationName: heads.name,
      municipalityCode: heads.municipalityCode,
    })
    .from(dialogues)
    .innerJoin(heads, eq(heads.organisationId, dialogues.organisationId))
    .as('party_dialogues');
}
