import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, forbidden } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { fiscalYearEndMonthsOf } from '../registry/index.ts';
import { checkRules, type DeadlineRules } from './deadlines.ts';
import { canManageMunicipality } from './policy.ts';
import { dialogueSettings } from './tables.ts';

export interface MunicipalitySettings {
  rules: DeadlineRules;
  reminderDaysBefore: number;
  version: number;
}

export const DEFAULT_SETTINGS: MunicipalitySettings = { rules: {}, reminderDaysBefore: 14, version: 0 };

/** A municipality's årshjul settings; the guide's defaults until it saves its own (version 0). */
export async function getSettings(db: Db, municipalityCode: string): Promise<MunicipalitySettings> {
  const [row] = await db.select().from(dialogueSettings).where(eq(dialogueSettings.municipalityCode, municipalityCode));
  return settingsOf(row);
}

/** The settings of a municipality's row (read by getSettings or joined into another query), or the defaults without one. */
export function settingsOf(row: typeof dialogueSettings.$inferSelect | null | undefined): MunicipalitySettings {
  return row ? { rules: row.rules, reminderDaysBefore: row.reminderDaysBefore, version: row.version } : DEFAULT_SETTINGS;
}

/** The fiscal year ends in use among the municipality's organisations (31 December if none). */
export async function fiscalYearEndMonths(db: Db, municipalityCode: string): Promise<number[]> {
  const months = (await fiscalYearEndMonthsOf(db, municipalityCode)).sort((a, b) => a - b);
  return months.length ? months : [12];
}

/** Every rule that cannot work, keyed by the form field that caused it. */
export async function settingsErrors(
  db: Db,
  municipalityCode: string,
  rules: DeadlineRules,
  governanceYear: number,
): Promise<Record<string, string>> {
  const errors = checkRules(rules, await fiscalYearEndMonths(db, municipalityCode), governanceYear);
  return Object.fromEntries(Object.entries(errors).map(([kind, message]) => [fieldOfRule(kind, rules), message]));
}

/** checkRules reports by kind; the form shows each message at the field that caused it. */
export function fieldOfRule(kind: string, rules: DeadlineRules): string {
  if (kind === 'faellesmoede') return 'common_faellesmoede';
  return rules.commonDates?.[kind as keyof NonNullable<DeadlineRules['commonDates']>] ? `common_${kind}` : `months_${kind}`;
}

/**
 * Saves the municipality's offsets and common dates after checking them against the fiscal
 * years of every organisation it supervises. The first save inserts (version 0 → 1).
 */
export async function updateSettings({
  db,
  actor,
  municipalityCode,
  version,
  input,
  governanceYear,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  version: number;
  governanceYear: number;
  input: { rules: DeadlineRules; reminderDaysBefore: number };
}): Promise<void> {
  if (!canManageMunicipality(actor, municipalityCode)) throw forbidden();
  await db.transaction(async (tx) => {
    const errors = checkRules(input.rules, await fiscalYearEndMonths(tx, municipalityCode), governanceYear);
    const first = Object.entries(errors)[0];
    if (first) throw new AppError('bad_request', first[1], { field: fieldOfRule(first[0], input.rules) });

    const [before] = await tx.select().from(dialogueSettings).where(eq(dialogueSettings.municipalityCode, municipalityCode)).for('update');
    if ((before?.version ?? 0) !== version) {
      throw new AppError(
        'conflict',
        'Årshjulet er blevet ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt. Genindlæs siden, og indtast dem igen.',
        { field: '_form' },
      );
    }
    const values = { rules: input.rules, reminderDaysBefore: input.reminderDaysBefore, version: version + 1, updatedAt: new Date() };
    const [after] = before
      ? await tx.update(dialogueSettings).set(values).where(eq(dialogueSettings.municipalityCode, municipalityCode)).returning()
      : await tx
          .insert(dialogueSettings)
          .values({ municipalityCode, ...values })
          .returning();
    await recordAudit(tx, {
      actor,
      entityType: 'dialogue_settings',
      entityId: municipalityCode,
      action: before ? 'update' : 'create',
      before: before ?? null,
      after,
    });
  });
}
