import type { Actor } from '../../../auth/scope.ts';

/*
 * Who decides the colours and who answers for them. The default rules are the installation's
 * (admins); a municipality's own rules are its supervisors'. An action plan is written by the
 * organisation's side and marked handled by the supervising municipality.
 */

export function canEditDefaultRules(actor: Actor): boolean {
  return actor.canEdit && actor.scope.kind === 'admin';
}

export function canEditOwnRules(actor: Actor, municipalityCode: string): boolean {
  if (!actor.canEdit) return false;
  return actor.scope.kind === 'admin' || (actor.scope.kind === 'municipality' && actor.scope.municipalityCode === municipalityCode);
}

type PlanOwner = { organisationId: number; administratorId: number | null; supervisorCode: string };

/** The organisation's editors, its administrator's staff and admins write the plan and its deadline. */
export function canWritePlan(actor: Actor, plan: PlanOwner): boolean {
  if (!actor.canEdit) return false;
  const s = actor.scope;
  return (
    s.kind === 'admin' ||
    (s.kind === 'organisation' && s.organisationId === plan.organisationId) ||
    (s.kind === 'administrator' && plan.administratorId !== null && s.administratorId === plan.administratorId)
  );
}

/** The supervising municipality's editors and admins mark a plan handled, or open it again. */
export function canHandlePlan(actor: Actor, plan: PlanOwner): boolean {
  return canEditOwnRules(actor, plan.supervisorCode);
}
