import { type SQL, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import { organisations } from '../registry/tables.ts';

/*
 * The dialogue is between an organisation and its supervising (seat) municipality. A
 * municipality where the organisation merely has an estate sees the registry, not the dialogue.
 */

/** Organisations whose dialogues the actor may see, as a condition on `organisations`. */
export function dialogueVisible(actor: Actor): SQL | undefined {
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

/** The same rule as dialogueVisible, for one organisation already loaded (to show a link or not). */
export function canSeeDialogue(actor: Actor, org: Org): boolean {
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

/** The supervisor's side: stages, frequency, review of the package. */
export function canSupervise(actor: Actor, org: Pick<Org, 'municipalityCode'>): boolean {
  if (!actor.canEdit) return false;
  return actor.scope.kind === 'admin' || (actor.scope.kind === 'municipality' && actor.scope.municipalityCode === org.municipalityCode);
}

/** The organisation's side: uploading and sending the package, commenting. */
export function canActForOrganisation(actor: Actor, org: Org): boolean {
  if (!actor.canEdit) return false;
  const s = actor.scope;
  return (
    s.kind === 'admin' ||
    (s.kind === 'organisation' && s.organisationId === org.id) ||
    (s.kind === 'administrator' && s.administratorId === org.administratorId)
  );
}

/** A municipality's årshjul settings: its own supervisors and admins. */
export function canManageMunicipality(actor: Actor, municipalityCode: string): boolean {
  return canSupervise(actor, { municipalityCode });
}

export function canSeeMunicipalityDialogues(actor: Actor, municipalityCode: string): boolean {
  return actor.scope.kind === 'admin' || (actor.scope.kind === 'municipality' && actor.scope.municipalityCode === municipalityCode);
}
