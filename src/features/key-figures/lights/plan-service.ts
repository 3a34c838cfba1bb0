import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, forbidden, notFoundOrHidden } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { estateProfiles, organisationAdministratorId } from '../../registry/index.ts';
import { actionPlans, indicators } from '../tables.ts';
import { estateLights, type EstateYearLight } from './estate-lights.ts';
import { canHandlePlan, canWritePlan } from './policy.ts';

/*
 * One action plan: read with the estate and the three red years that asked for it, written by the
 * organisation's side, marked handled (and opened again) by the supervising municipality.
 */

/** The plan if the actor may see its estate; else 404 (it may exist, but not for this caller). */
async function loadPlan(db: Db, actor: Actor, id: number) {
  const visible = estateProfiles(db, { actor, includeInactive: true });
  const [row] = await db
    .select({
      plan: actionPlans,
      estateNumber: visible.number,
      estateName: visible.name,
      organisationId: visible.organisationId,
      organisationName: visible.organisationName,
      supervisorCode: visible.supervisorCode,
      administratorId: organisationAdministratorId(sql`${visible.organisationId}`),
    })
    .from(actionPlans)
    .innerJoin(visible, eq(visible.estateId, actionPlans.estateId))
    .where(eq(actionPlans.id, id));
  if (!row) throw notFoundOrHidden('Handlingsplanen');
  return row;
}

export interface ActionPlanView {
  id: number;
  estateId: number;
  estateNumber: number;
  estateName: string;
  organisationId: number;
  organisationName: string;
  supervisorCode: string;
  year: number;
  text: string;
  deadline: string | null;
  handledAt: Date | null;
  version: number;
  /** The three red years (and what was red in each), oldest first. */
  years: EstateYearLight[];
  /** The organisation's side, whether or not the plan is still open to changes. */
  isWriter: boolean;
  /** A writer, and the plan not handled yet. */
  canWrite: boolean;
  canHandle: boolean;
}

export async function getActionPlan(db: Db, { actor, id }: { actor: Actor; id: number }): Promise<ActionPlanView> {
  const row = await loadPlan(db, actor, id);
  const { lights } = await estateLights(db, { actor, ids: [row.plan.estateId], fromYear: row.plan.year - 2, toYear: row.plan.year });
  const owner = { organisationId: row.organisationId, administratorId: row.administratorId, supervisorCode: row.supervisorCode };
  return {
    id: row.plan.id,
    estateId: row.plan.estateId,
    estateNumber: row.estateNumber,
    estateName: row.estateName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    supervisorCode: row.supervisorCode,
    year: row.plan.year,
    text: row.plan.text,
    deadline: row.plan.deadline,
    handledAt: row.plan.handledAt,
    version: row.plan.version,
    years: lights,
    isWriter: canWritePlan(actor, owner),
    canWrite: canWritePlan(actor, owner) && row.plan.handledAt === null,
    canHandle: canHandlePlan(actor, owner),
  };
}

const CONFLICT =
  'Handlingsplanen er blevet ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt. Genindlæs siden, og prøv igen.';

const audited = (p: typeof actionPlans.$inferSelect) => ({ text: p.text, deadline: p.deadline, handledAt: p.handledAt });

async function change(
  db: Db,
  input: { actor: Actor; id: number; version: number },
  allowed: (actor: Actor, owner: Parameters<typeof canWritePlan>[1], plan: typeof actionPlans.$inferSelect) => void,
  values: (plan: typeof actionPlans.$inferSelect) => Partial<typeof actionPlans.$inferInsert>,
  summary?: string,
): Promise<void> {
  const row = await loadPlan(db, input.actor, input.id);
  allowed(
    input.actor,
    { organisationId: row.organisationId, administratorId: row.administratorId, supervisorCode: row.supervisorCode },
    row.plan,
  );
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(actionPlans).where(eq(actionPlans.id, input.id)).for('update');
    if (!before || before.version !== input.version) throw new AppError('conflict', CONFLICT, { field: '_form' });
    const [after] = await tx
      .update(actionPlans)
      .set({ ...values(before), version: before.version + 1, updatedAt: new Date() })
      .where(eq(actionPlans.id, input.id))
      .returning();
    await recordAudit(tx, {
      actor: input.actor,
      entityType: 'action_plan',
      entityId: input.id,
      action: 'update',
      summary,
      before: audited(before),
      after: audited(after),
    });
  });
}

/** The organisation's side writes the plan and its deadline, until the municipality has handled it. */
export async function saveActionPlan({
  db,
  actor,
  id,
  version,
  input,
}: {
  db: Db;
  actor: Actor;
  id: number;
  version: number;
  input: { text: string; deadline: string };
}): Promise<void> {
  await change(
    db,
    { actor, id, version },
    (a, owner, plan) => {
      if (!canWritePlan(a, owner)) throw forbidden();
      if (plan.handledAt)
        throw new AppError('conflict', 'Kommunen har behandlet handlingsplanen, så den kan ikke ændres. Kommunen kan genåbne den.', {
          field: '_form',
        });
    },
    () => ({ text: input.text, deadline: input.deadline }),
  );
}

/** The supervising municipality marks the plan handled (it leaves the dialogue page), or opens it again (undo). */
export async function setActionPlanHandled({
  db,
  actor,
  id,
  version,
  handled,
}: {
  db: Db;
  actor: Actor;
  id: number;
  version: number;
  handled: boolean;
}): Promise<void> {
  await change(
    db,
    { actor, id, version },
    (a, owner) => {
      if (!canHandlePlan(a, owner)) throw forbidden();
    },
    () => (handled ? { handledAt: new Date(), handledBy: actor.userId } : { handledAt: null, handledBy: null }),
    handled ? 'Handlingsplanen er behandlet' : 'Handlingsplanen er genåbnet',
  );
}

/** The catalogue's names by code, to name the red figures. */
export async function indicatorNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ code: indicators.code, name: indicators.name }).from(indicators);
  return new Map(rows.map((r) => [r.code, r.name]));
}
