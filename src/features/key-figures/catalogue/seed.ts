import type { Db } from '../../../db/client.ts';
import { indicators, monitoringThresholds, trafficLightRules } from '../tables.ts';
import { DEFAULT_INDICATORS, DEFAULT_RULES, DEFAULT_THRESHOLDS } from './defaults.ts';

/** Adds the default indicators, rules and thresholds that are missing; an admin's edits stay. */
export async function seedKeyFigureDefaults(db: Db): Promise<void> {
  await db
    .insert(indicators)
    .values(DEFAULT_INDICATORS.map((d, i) => ({ ...d, sortOrder: (i + 1) * 10 })))
    .onConflictDoNothing();
  await db
    .insert(trafficLightRules)
    .values(DEFAULT_RULES.map((r) => ({ ...r, municipalityCode: null })))
    .onConflictDoNothing();
  await db.insert(monitoringThresholds).values(DEFAULT_THRESHOLDS).onConflictDoNothing();
}
