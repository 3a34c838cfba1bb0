import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, fieldError, forbidden, isUniqueViolation, notFound } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { municipalityName } from '../../registry/index.ts';
import { ruleProblem } from '../lights/colour.ts';
import { estateFigures, indicators, organisationFigures, trafficLightRules, type Direction, type IndicatorLevel } from '../tables.ts';
import { formatIndicatorValue } from './format.ts';
import type { IndicatorInput, NewIndicatorInput } from './schemas.ts';

/*
 * The indicator catalogue: read by every part of the key figures, changed by the installation's
 * admin. An indicator is never deleted (its code is a column of imported figures); it is
 * deactivated, and can be activated again.
 */

export type Indicator = typeof indicators.$inferSelect;

/** The catalogue in its order; `level` narrows it to estates' or organisations' indicators, `activeOnly` leaves out deactivated ones. */
export async function listIndicators(db: Db, opts: { level?: IndicatorLevel; activeOnly?: boolean } = {}): Promise<Indicator[]> {
  return db
    .select()
    .from(indicators)
    .where(and(opts.level ? eq(indicators.level, opts.level) : undefined, opts.activeOnly ? eq(indicators.active, true) : undefined))
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
}

/** One indicator by its code, active or not; 404 when there is none. */
export async function getIndicator(db: Db, code: string): Promise<Indicator> {
  const [row] = await db.select().from(indicators).where(eq(indicators.code, code));
  if (!row) throw notFound('Nøgletallet');
  return row;
}

/** Only the installation's admin changes the catalogue; everyone logged in reads it. */
export const canEditCatalogue = (actor: Actor) => actor.canEdit && actor.scope.kind === 'admin';

const STALE =
  'Nøgletallet er blevet ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt. Genindlæs siden, og indtast dem igen.';

/** The row for update, at the version the form was opened on. */
async function lockAtVersion(tx: Db, code: string, version: number): Promise<Indicator> {
  const [row] = await tx.select().from(indicators).where(eq(indicators.code, code)).for('update');
  if (!row) throw notFound('Nøgletallet');
  if (row.version !== version) throw new AppError('conflict', STALE, { field: '_form' });
  return row;
}

/**
 * A direction that would make one of the indicator's traffic-light rules contradict itself is
 * refused, naming the rule: the default or a municipality's own.
 */
async function assertRulesFit(tx: Db, indicator: Indicator, direction: Direction): Promise<void> {
  if (direction === indicator.direction) return;
  const rules = await tx
    .select({
      kind: trafficLightRules.kind,
      yellow: trafficLightRules.yellow,
      red: trafficLightRules.red,
      municipalityName: sql<
        string | null
      >`case when ${trafficLightRules.municipalityCode} is null then null else ${municipalityName(trafficLightRules.municipalityCode)} end`,
    })
    .from(trafficLightRules)
    .where(eq(trafficLightRules.indicatorCode, indicator.code))
    .orderBy(sql`${trafficLightRules.municipalityCode} nulls first`);
  for (const rule of rules) {
    const problem = ruleProblem(rule, direction);
    if (!problem) continue;
    const whose = rule.municipalityName ? `${rule.municipalityName}s regel` : 'Standardreglen';
    const limits =
      rule.kind === 'absolute'
        ? `gul ved ${formatIndicatorValue(indicator, rule.yellow)}, rød ved ${formatIndicatorValue(indicator, rule.red)}`
        : `gul for de dårligste ${rule.yellow} %, rød for de dårligste ${rule.red} % af sammenlignelige afdelinger`;
    throw fieldError(
      'direction',
      `${whose} for trafiklys (${limits}) passer ikke til den nye retning: ${problem.message} Ret eller fjern reglen, før du ændrer retningen.`,
    );
  }
}

/** Figures are stored under the indicator's level; moving it to the other level would leave them behind. */
async function assertLevelFree(tx: Db, indicator: Indicator, level: IndicatorLevel): Promise<void> {
  if (level === indicator.level) return;
  const table = indicator.level === 'estate' ? estateFigures : organisationFigures;
  const [used] = await tx
    .select({ one: sql<number>`1` })
    .from(table)
    .where(sql`${table.values} ? ${indicator.code}`)
    .limit(1);
  if (used) {
    const where = indicator.level === 'estate' ? 'afdelinger' : 'boligorganisationer';
    throw fieldError('level', `Der er allerede importeret tal for nøgletallet for ${where}, så niveauet kan ikke ændres.`);
  }
}

/** Adds an indicator (admin only, checked here); its code is fixed from now on. */
export async function createIndicator({ db, actor, input }: { db: Db; actor: Actor; input: NewIndicatorInput }): Promise<Indicator> {
  if (!canEditCatalogue(actor)) throw forbidden();
  const duplicate = () => fieldError('code', `Der findes allerede et nøgletal med koden ${input.code}.`);
  return db
    .transaction(async (tx) => {
      const [existing] = await tx.select({ code: indicators.code }).from(indicators).where(eq(indicators.code, input.code));
      if (existing) throw duplicate();
      const sortOrder =
        input.sortOrder ??
        (await tx.select({ max: sql<number>`coalesce(max(${indicators.sortOrder}), 0)::int` }).from(indicators))[0].max + 10;
      const [row] = await tx
        .insert(indicators)
        .values({ ...input, sortOrder })
        .returning();
      await recordAudit(tx, { actor, entityType: 'indicator', entityId: row.code, action: 'create', after: row });
      return row;
    })
    .catch((error: unknown) => {
      // Two admins adding the same code at once: the second meets the primary key.
      throw isUniqueViolation(error) ? duplicate() : error;
    });
}

/**
 * Changes an indicator (admin only, checked here) if it still has the version the form was opened
 * on. Refused at the field: a direction that contradicts one of its traffic-light rules, and a
 * change of level once figures are stored under the old one.
 */
export async function updateIndicator({
  db,
  actor,
  code,
  version,
  input,
}: {
  db: Db;
  actor: Actor;
  code: string;
  version: number;
  input: IndicatorInput;
}): Promise<Indicator> {
  if (!canEditCatalogue(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const before = await lockAtVersion(tx, code, version);
    await assertRulesFit(tx, before, input.direction);
    await assertLevelFree(tx, before, input.level);
    const [after] = await tx
      .update(indicators)
      .set({ ...input, sortOrder: input.sortOrder ?? before.sortOrder, version: before.version + 1, updatedAt: new Date() })
      .where(eq(indicators.code, code))
      .returning();
    await recordAudit(tx, { actor, entityType: 'indicator', entityId: code, action: 'update', before, after });
    return after;
  });
}

/** Deactivates an indicator or activates it again (admin only, checked here); its figures stay either way. */
export async function setIndicatorActive({
  db,
  actor,
  code,
  version,
  active,
}: {
  db: Db;
  actor: Actor;
  code: string;
  version: number;
  active: boolean;
}): Promise<Indicator> {
  if (!canEditCatalogue(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const before = await lockAtVersion(tx, code, version);
    const [after] = await tx
      .update(indicators)
      .set({ active, version: before.version + 1, updatedAt: new Date() })
      .where(eq(indicators.code, code))
      .returning();
    await recordAudit(tx, {
      actor,
      entityType: 'indicator',
      entityId: code,
      action: active ? 'activate' : 'deactivate',
      before,
      after,
    });
    return after;
  });
}
