import { asc, eq, isNull, max, sql } from 'drizzle-orm';
import { SYSTEM_ACTOR, type Actor } from '../../../auth/scope.ts';
import { type Db, queryRows } from '../../../db/client.ts';
import { recordAudits } from '../../audit/index.ts';
import { estateProfiles } from '../../registry/index.ts';
import { actionPlans, estateFigures } from '../tables.ts';
import { estateLights, redThreeYearsRun, type EstateYearLight } from './estate-lights.ts';
import { loadRuleBook } from './rule-book.ts';

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

/** An estate's figures of a year as an import has just stored them (see KeyFigureEvents). */
export interface StoredFigures {
  estateId: number;
  year: number;
  values: Record<string, number>;
  ranks: Record<string, number>;
}

/**
 * The coloured figures from `fromYear` to `toYear` of the active estates (of one municipality):
 * those of `figures` as given, the other years read. An import hands over every estate's figures of
 * the years it wrote, so a national import colours what it holds instead of reading it back.
 */
async function lightsOf(
  db: Db,
  {
    supervisorCode,
    fromYear,
    toYear,
    figures,
  }: { supervisorCode?: string; fromYear: number; toYear: number; figures?: readonly StoredFigures[] },
): Promise<EstateYearLight[]> {
  if (!figures) return (await estateLights(db, { actor: SYSTEM_ACTOR, supervisorCode, fromYear, toYear })).lights;
  const given = new Set(figures.map((f) => f.year));
  const missing = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i).filter((y) => !given.has(y));
  const p = estateProfiles(db, { supervisorCode });
  const [estates, read] = await Promise.all([
    db.select({ estateId: p.estateId, organisationId: p.organisationId, supervisorCode: p.supervisorCode }).from(p),
    missing.length ? estateLights(db, { actor: SYSTEM_ACTOR, supervisorCode, years: missing }) : null,
  ]);
  const byId = new Map(estates.map((e) => [e.estateId, e]));
  const rules =
    read?.rules ??
    (await loadRuleBook(
      db,
      estates.map((e) => e.supervisorCode),
    ));
  const lights = read?.lights ?? [];
  for (const f of figures) {
    const estate = byId.get(f.estateId);
    if (!estate || f.year < fromYear || f.year > toYear) continue;
    lights.push({ ...estate, year: f.year, values: f.values, ranks: f.ranks, ...rules.colour(estate.supervisorCode, f.values, f.ranks) });
  }
  return lights;
}

/**
 * Makes the action plans asked for by three red years ending in each of `years`, for all active
 * estates or those one municipality supervises (an estate gets one plan at a time: for the first such year).
 * Without years (after a rule changed): each estate's own latest year with figures, among estates
 * with figures in the latest two years. Each new plan is written to the history (by `actor`, the
 * system when figures are imported). Returns the number of plans made.
 */
export async function ensureActionPlans(
  db: Db,
  input: { years?: number[]; supervisorCode?: string; actor?: Actor; figures?: readonly StoredFigures[] } = {},
): Promise<number> {
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
  const lights = await lightsOf(db, {
    supervisorCode: input.supervisorCode,
    fromYear: range[0],
    toYear: range[1],
    figures: input.years ? input.figures : undefined,
  });
  const runs = [...Map.groupBy(lights, (l) => l.estateId)].flatMap(([estateId, ofEstate]) => {
    const asked = input.years ? years : [Math.max(...ofEstate.map((l) => l.year))];
    return asked.filter((y) => redThreeYearsRun(ofEstate, y)).map((year) => ({ estateId, year }));
  });
  if (runs.length === 0) return 0;
  const actor = input.actor ?? SYSTEM_ACTOR;
  return db.transaction(async (tx) => {
    // No second plan for the same run, nor a new one while the estate's plan is still open.
    const existing = await queryRows<{ estateId: number; year: number; open: boolean }>(
      tx,
      sql`select estate_id as "estateId", year, handled_at is null as open from action_plans
        where estate_id = any(${`{${runs.map((r) => r.estateId).join(',')}}`}::int[])`,
    );
    const taken = new Set(existing.map((p) => `${p.estateId}/${p.year}`));
    const open = new Set(existing.filter((p) => p.open).map((p) => p.estateId));
    const wanted = runs.filter((r) => {
      if (taken.has(`${r.estateId}/${r.year}`) || open.has(r.estateId)) return false;
      open.add(r.estateId);
      return true;
    });
    if (wanted.length === 0) return 0;
    const made = await tx.insert(actionPlans).values(wanted).onConflictDoNothing().returning();
    await recordAudits(
      tx,
      made.map((plan) => ({
        actor,
        entityType: 'action_plan',
        entityId: plan.id,
        action: 'create' as const,
        summary: `Rød tre år i træk (${plan.year - 2}–${plan.year}): handlingsplan efterspurgt`,
        after: { estateId: plan.estateId, year: plan.year },
      })),
    );
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
