import { type SQL, sql } from 'drizzle-orm';
import { documentationPackages } from './tables.ts';

/**
 * The day (Danish date) the package of the dialogue `dialogueId` was sent, while it is with the
 * municipality (sent or accepted); null before it is sent and after it is returned. A scalar
 * subquery for the dialogue's queries, handed to it through src/wiring.ts.
 */
export const packageSentOn = (dialogueId: SQL) =>
  sql<
    string | null
  >`(select to_char(${documentationPackages.submittedAt} at time zone 'Europe/Copenhagen', 'YYYY-MM-DD') from ${documentationPackages} where ${documentationPackages.dialogueId} = ${dialogueId} and ${documentationPackages.status} in ('indsendt', 'accepteret'))`;
