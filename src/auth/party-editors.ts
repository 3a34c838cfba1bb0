import { and, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from './tables.ts';

/** The two parties of a dialogue or an agreement: the municipality, and the organisation with its administrator. */
export interface Parties {
  municipalityCode: string;
  organisationId: number;
  administratorId: number | null;
}

/**
 * Who is told by e-mail when something is due between two parties (a deadline, an expiring letting
 * agreement): the municipality's editors, the organisation's editors and its administrator's
 * staff, active and with a password. Read once for a whole scan; returns the addresses of a pair
 * of parties, the municipality's first; given only the municipality, its editors alone (what is due
 * from the municipality by itself, its report to the council).
 */
export async function partyEditors(db: Db): Promise<(parties: Parties | Pick<Parties, 'municipalityCode'>) => string[]> {
  const people = await db
    .select({
      email: users.email,
      role: users.role,
      municipalityCode: users.municipalityCode,
      organisationId: users.organisationId,
      administratorId: users.administratorId,
    })
    .from(users)
    .where(
      and(
        isNull(users.disabledAt),
        isNotNull(users.passwordHash),
        inArray(users.role, ['municipality_editor', 'organisation_editor', 'administrator_staff']),
      ),
    );
  const byParty = new Map<string, string[]>();
  for (const p of people) {
    const key =
      p.role === 'municipality_editor'
        ? `m:${p.municipalityCode}`
        : p.role === 'organisation_editor'
          ? `o:${p.organisationId}`
          : `a:${p.administratorId}`;
    byParty.set(key, [...(byParty.get(key) ?? []), p.email]);
  }
  return (parties) => [
    ...(byParty.get(`m:${parties.municipalityCode}`) ?? []),
    ...('organisationId' in parties ? (byParty.get(`o:${parties.organisationId}`) ?? []) : []),
    ...('administratorId' in parties && parties.administratorId !== null ? (byParty.get(`a:${parties.administratorId}`) ?? []) : []),
  ];
}

/** The organisation's side only: its editors and its administrator's staff (a document sent to the organisation). */
export async function organisationEditors(db: Db, parties: Omit<Parties, 'municipalityCode'>): Promise<string[]> {
  const of = await partyEditors(db);
  return of({ ...parties, municipalityCode: '' });
}
