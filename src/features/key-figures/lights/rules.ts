import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, fieldError, forbidden, notFound } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { indicators, trafficLightRules, type Direction, type IndicatorLevel } from '../tables.ts';
import { ensureActionPlans } from './action-plans.ts';
import { ruleProblem, type LightRule } from './colour.ts';
import { canEditDefaultRules, canEditOwnRules } from './policy.ts';

/*
 * The traffic-light rules as the pages edit them: the default of each indicator (admins) and a
 * municipality's own (its supervisors). Every change is checked against the indicator's direction,
 * versioned and written to the history; a changed rule can make an estate red three years in a
 * row, so the action plans are asked for in the same transaction.
 */

export type StoredRule = LightRule & { version: number };

export interface IndicatorRules {
  code: string;
  name: string;
  description: string;
  unit: string;
  level: IndicatorLevel;
  direction: Direction;
  standard: StoredRule | null;
  /** The municipality's own rule, when one was asked for and it has one. */
  own: StoredRule | null;
}

const own = alias(trafficLightRules, 'own_rule');

const stored = (r: { kind: LightRule['kind'] | null; yellow: number | null; red: number | null; version: number | null }) =>
  r.kind === null ? null : { kind: r.kind, yellow: r.yellow!, red: r.red!, version: r.version! };

/** Every active indicator with its default rule and, for a municipality, its own; in the catalogue's order. One query. */
export async function indicatorRules(db: Db, municipalityCode?: string, indicatorCode?: string): Promise<IndicatorRules[]> {
  const rows = await db
    .select({
      code: indicators.code,
      name: indicators.name,
      description: indicators.description,
      unit: indicators.unit,
      level: indicators.level,
      direction: indicators.direction,
      standard: {
        kind: trafficLightRules.kind,
        yellow: trafficLightRules.yellow,
        red: trafficLightRules.red,
        version: trafficLightRules.version,
      },
      own: { kind: own.kind, yellow: own.yellow, red: own.red, version: own.version },
    })
    .from(indicators)
    .leftJoin(trafficLightRules, and(eq(trafficLightRules.indicatorCode, indicators.code), isNull(trafficLightRules.municipalityCode)))
    .leftJoin(own, and(eq(own.indicatorCode, indicators.code), municipalityCode ? eq(own.municipalityCode, municipalityCode) : sql`false`))
    .where(and(eq(indicators.active, true), indicatorCode ? eq(indicators.code, indicatorCode) : undefined))
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
  return rows.map((r) => ({
    ...r,
    standard: r.standard ? stored(r.standard) : null,
    own: municipalityCode && r.own ? stored(r.own) : null,
  }));
}

/** One indicator's rules, or 404. */
export async function rulesOfIndicator(db: Db, indicatorCode: string, municipalityCode?: string): Promise<IndicatorRules> {
  const [row] = await indicatorRules(db, municipalityCode, indicatorCode);
  if (!row) throw notFound('Nøgletallet');
  return row;
}

/** The history's key of a rule: stable across removing and setting it again ("0219/henlaeggelser", "standard/henlaeggelser"). */
export const ruleEntityId = (municipalityCode: string | null, indicatorCode: string) =>
  `${municipalityCode ?? 'standard'}/${indicatorCode}`;

const CONFLICT =
  'Reglen er blevet ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt. Genindlæs siden, og indtast dem igen.';

function authorise(actor: Actor, municipalityCode: string | null) {
  if (municipalityCode === null ? !canEditDefaultRules(actor) : !canEditOwnRules(actor, municipalityCode)) throw forbidden();
}

async function lockedRule(tx: Db, indicatorCode: string, municipalityCode: string | null) {
  const [row] = await tx
    .select()
    .from(trafficLightRules)
    .where(
      and(
        eq(trafficLightRules.indicatorCode, indicatorCode),
        municipalityCode === null ? isNull(trafficLightRules.municipalityCode) : eq(trafficLightRules.municipalityCode, municipalityCode),
      ),
    )
    .for('update');
  return row;
}

const audited = (r: typeof trafficLightRules.$inferSelect | undefined) =>
  r ? { indicatorCode: r.indicatorCode, municipalityCode: r.municipalityCode, kind: r.kind, yellow: r.yellow, red: r.red } : null;

/**
 * Sets the default rule (`municipalityCode` null) or a municipality's own. `version` is the one the
 * form was opened on, 0 when there was no rule. A rule that contradicts itself is refused at its field.
 */
export async function saveRule({
  db,
  actor,
  indicatorCode,
  municipalityCode,
  version,
  rule,
}: {
  db: Db;
  actor: Actor;
  indicatorCode: string;
  municipalityCode: string | null;
  version: number;
  rule: LightRule;
}): Promise<void> {
  authorise(actor, municipalityCode);
  await db.transaction(async (tx) => {
    const [indicator] = await tx
      .select({ direction: indicators.direction })
      .from(indicators)
      .where(and(eq(indicators.code, indicatorCode), eq(indicators.active, true)));
    if (!indicator) throw notFound('Nøgletallet');
    const problem = ruleProblem(rule, indicator.direction);
    if (problem) throw fieldError(problem.field, problem.message);
    const before = await lockedRule(tx, indicatorCode, municipalityCode);
    if ((before?.version ?? 0) !== version) throw new AppError('conflict', CONFLICT, { field: '_form' });
    const values = { kind: rule.kind, yellow: rule.yellow, red: rule.red, version: version + 1, updatedAt: new Date() };
    const [after] = before
      ? await tx.update(trafficLightRules).set(values).where(eq(trafficLightRules.id, before.id)).returning()
      : await tx
          .insert(trafficLightRules)
          .values({ indicatorCode, municipalityCode, ...values })
          .returning();
    await recordAudit(tx, {
      actor,
      entityType: 'traffic_light_rule',
      entityId: ruleEntityId(municipalityCode, indicatorCode),
      action: before ? 'update' : 'create',
      before: audited(before),
      after: audited(after),
    });
    await ensureActionPlans(tx, { supervisorCode: municipalityCode ?? undefined, actor });
  });
}

/**
 * Removes a rule: a municipality's own goes back to the default; a removed default leaves the
 * indicator without colour where no municipality has its own.
 */
export async function removeRule({
  db,
  actor,
  indicatorCode,
  municipalityCode,
  version,
}: {
  db: Db;
  actor: Actor;
  indicatorCode: string;
  municipalityCode: string | null;
  version: number;
}): Promise<void> {
  authorise(actor, municipalityCode);
  await db.transaction(async (tx) => {
    const before = await lockedRule(tx, indicatorCode, municipalityCode);
    if (!before) throw new AppError('conflict', 'Reglen findes ikke længere; en anden har fjernet den.', { field: '_form' });
    if (before.version !== version) throw new AppError('conflict', CONFLICT, { field: '_form' });
    await tx.delete(trafficLightRules).where(eq(trafficLightRules.id, before.id));
    await recordAudit(tx, {
      actor,
      entityType: 'traffic_light_rule',
      entityId: ruleEntityId(municipalityCode, indicatorCode),
      action: 'delete',
      summary: municipalityCode ? 'Tilbage til standardreglen' : 'Standardreglen fjernet',
      before: audited(before),
      after: null,
    });
    await ensureActionPlans(tx, { supervisorCode: municipalityCode ?? undefined, actor });
  });
}
