import { asc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { SYSTEM_ACTOR, type Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import { estateProfiles } from '../../registry/index.ts';
import { actionPlans, estateFigures } from '../tables.ts';
import { estateLights, redThreeYearsRun } from './estate-lights.ts';

/*
 * "Rød tre år i træk" asks the organisation for an action plan. The plan row is made when the
 * run is found: after figures are imported (src/wiring.ts reacts to the import) and when a rule
 * changes. Making it is idempotent: an estate gets no second plan for the same year, nor a new
 * one while its plan is still open; once the municipality has handled it, a run still going the
 * next year asks again.
 */

/** The latest year with figures among the estates in question, or null when there are none. */
async function latestYear(db: Db, supervisorCode?: string): Promise<number | null> {
  const profiles = estateProfiles(db, { supervisorCode });
  const [row] = await db
    .select({ year: max(estateFigures.year) })
    .from(estateFigures)
    .innerJoin(profiles, eq(profiles.estateId, estateFigures.estateId));
  return row?.year ?? null;
}

/**
 * Makes the action plans asked for by three red years ending in each of `years`, for all active
 * estates or those one municipality supervises. Without years (after a rule changed): each
 * estate's own latest year with figures, among estates with figures in the latest two years.
 * Each new plan is written to the history (by `actor`, the system when figures are imported).
 * Returns the number of plans made.
 */
export async function ensureActionPlans(db: Db, input: { years?: number[]; supervisorCode?: string; actor?: Actor } = {}): Promise<number> {
  const years = [...new Set(input.years ?? [])].sort((a, b) => a - b);
  let range: [number, number];
  if (input.years) {
    if (years.length === 0) return 0;
    range = [years[0] - 2, years[years.length - 1]];
  } else {
    const latest = await latestYear(db, input.supervisorCode);
    if (latest === null) return 0;
    range = [latest - 3, latest];
  }
  const { lights } = await estateLights(db, {
    actor: SYSTEM_ACTOR,
    supervisorCode: input.supervisorCode,
    fromYear: range[0],
    toYear: range[1],
  });
  const runs = [...Map.groupBy(lights, (l) => l.estateId)].flatMap(([estateId, ofEstate]) => {
    const asked = input.years ? years : [ofEstate[ofEstate.length - 1].year];
    return asked.filter((y) => redThreeYearsRun(ofEstate, y)).map((year) => ({ estateId, year }));
  });
  if (runs.length === 0) return 0;
  const actor = input.actor ?? SYSTEM_ACTOR;
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ estateId: actionPlans.estateId, year: actionPlans.year, open: sql<boolean>`${actionPlans.handledAt} is null` })
      .from(actionPlans)
      .where(inArray(actionPlans.estateId, [...new Set(runs.map((r) => r.estateId))]));
    const taken = new Set(existing.map((p) => `${p.estateId}/${p.year}`));
    const open = new Set(existing.filter((p) => p.open).map((p) => p.estateId));
    const wanted = runs.filter((r) => {
      if (taken.has(`${r.estateId}/${r.year}`) || open.has(r.estateId)) return false;
      open.add(r.estateId);
      return true;
    });
    if (wanted.length === 0) return 0;
    const made = await tx.insert(actionPlans).values(wanted).onConflictDoNothing().returning();
    for (const plan of made)
      await recordAudit(tx, {
        actor,
        entityType: 'action_plan',
        entityId: plan.id,
        action: 'create',
        summary: `Rød tre år i træk (${plan.year - 2}–${plan.year}): handlingsplan efterspurgt`,
        after: { estateId: plan.estateId, year: plan.year },
      });
    return made.length;
  });
}

export interface ActionPlanRow {
  id: number;
  estateId: number;
  estateNumber: number;
  estateName: string;
  organisationId: number;
  year: number;
  text: string;
  deadline: string | null;
  handledAt: Date | null;
}

/**
 * The action plans of an organisation's estates the actor may see, open ones only unless `all`;
 * the oldest run first. One query.
 */
export async function actionPlansOf({
  db,
  actor,
  organisationId,
  all = false,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  all?: boolean;
}): Promise<ActionPlanRow[]> {
  const profiles = estateProfiles(db, { actor, organisationId, includeInactive: all });
  return db
    .select({
      id: actionPlans.id,
      estateId: actionPlans.estateId,
      estateNumber: profiles.number,
      estateName: profiles.name,
      organisationId: profiles.organisationId,
      year: actionPlans.year,
      text: actionPlans.text,
      deadline: actionPlans.deadline,
      handledAt: actionPlans.handledAt,
    })
    .from(actionPlans)
    .innerJoin(profiles, eq(profiles.estateId, actionPlans.estateId))
    .where(all ? undefined : isNull(actionPlans.handledAt))
    .orderBy(asc(actionPlans.year), asc(profiles.number), asc(actionPlans.id));
}
