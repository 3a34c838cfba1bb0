import type { Actor } from '../../auth/scope.ts';

/*
 * The dialogue is between an organisation and its supervising (seat) municipality. A
 * municipality where the organisation merely has an estate sees the registry, not the dialogue.
 */

type Org = { id: number; municipalityCode: string; administratorId: number | null };

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
