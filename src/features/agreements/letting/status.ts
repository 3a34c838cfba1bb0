import { sql, type SQL } from 'drizzle-orm';
import { lettingAgreements, type StoredStatus } from './tables.ts';

/*
 * "Udløbet" is derived, not stored: an approved agreement whose end date lies before today
 * (Copenhagen) has expired. A job setting it would leave the list wrong until it ran, and an
 * extension (a new end date) would have to undo it; the date says it by itself. A draft or a
 * submitted agreement past its end date keeps its step: it never came into force.
 */

export type LettingStatus = StoredStatus | 'udloebet';
export const LETTING_STATUSES: LettingStatus[] = ['udkast', 'indsendt', 'godkendt', 'udloebet'];

/** The status as shown and filtered by, in SQL; `today` is an ISO date. */
export const statusSql = (today: string): SQL<LettingStatus> =>
  sql<LettingStatus>`(case when ${lettingAgreements.status} = 'godkendt' and ${lettingAgreements.validTo} < ${today}::date then 'udloebet' else ${lettingAgreements.status} end)`;
