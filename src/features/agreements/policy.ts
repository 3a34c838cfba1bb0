import type { Actor } from '../../auth/scope.ts';

/*
 * Who does what with an organisation's agreements. Everyone who is a party to the organisation
 * (its supervising municipality, the organisation, its administrator, admins) reads them; readers
 * only read. The supervising municipality writes them into the dialogue: its editors and admins
 * create and edit an agreement and set its status, since the status is the municipality's
 * judgement that goes into its report to the council. Both sides write the yearly follow-up
 * note, the organisation's side being the one that usually has something to report.
 */

export type AgreementOwner = { municipalityCode: string; organisationId: number; administratorId: number | null };

/** The supervising municipality's editors and admins: create, edit, set status. */
export function canManageAgreements(actor: Actor, owner: Pick<AgreementOwner, 'municipalityCode'>): boolean {
  if (!actor.canEdit) return false;
  const s = actor.scope;
  return s.kind === 'admin' || (s.kind === 'municipality' && s.municipalityCode === owner.municipalityCode);
}

/** The managers and the organisation's side (its editors, its administrator's staff): the follow-up note. */
export function canFollowUp(actor: Actor, owner: AgreementOwner): boolean {
  if (canManageAgreements(actor, owner)) return true;
  if (!actor.canEdit) return false;
  const s = actor.scope;
  return (
    (s.kind === 'organisation' && s.organisationId === owner.organisationId) ||
    (s.kind === 'administrator' && owner.administratorId !== null && s.administratorId === owner.administratorId)
  );
}
