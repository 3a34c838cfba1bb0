import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, forbidden } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { canSupervise } from './policy.ts';
import { dialogueFrequencies } from './tables.ts';

export const FREQUENCY_LABELS = { aarlig: 'Hvert år', hvert_andet_aar: 'Hvert andet år' } as const;
export type Frequency = keyof typeof FREQUENCY_LABELS;

export interface FrequencyRow {
  frequency: Frequency;
  fromYear: number | null;
  reason: string | null;
  version: number;
}
export const DEFAULT_FREQUENCY: FrequencyRow = { frequency: 'aarlig', fromYear: null, reason: null, version: 0 };

/** Every-other-year dialogues fall in the years of the same parity as the year it was decided from. */
export function isDialogueYear(f: Pick<FrequencyRow, 'frequency' | 'fromYear'>, year: number): boolean {
  if (f.frequency === 'aarlig' || f.fromYear === null) return true;
  return year >= f.fromYear ? (year - f.fromYear) % 2 === 0 : true;
}

/** The supervisor decides how often; a dialogue every other year needs a reason the history keeps. */
export async function setFrequency({
  db,
  actor,
  organisation,
  version,
  input,
}: {
  db: Db;
  actor: Actor;
  organisation: { id: number; municipalityCode: string };
  version: number;
  input: { frequency: Frequency; fromYear: number; reason: string | null };
}): Promise<void> {
  if (!canSupervise(actor, organisation)) throw forbidden();
  if (input.frequency === 'hvert_andet_aar' && !input.reason) {
    throw new AppError('bad_request', 'Skriv hvorfor boligorganisationen kun skal have styringsdialog hvert andet år.', {
      field: 'reason',
    });
  }
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(dialogueFrequencies)
      .where(eq(dialogueFrequencies.organisationId, organisation.id))
      .for('update');
    if ((before?.version ?? 0) !== version) {
      throw new AppError('conflict', 'Hyppigheden er blevet ændret af en anden, siden du åbnede siden. Genindlæs siden.', {
        field: '_form',
      });
    }
    const values = { ...input, version: version + 1, updatedAt: new Date() };
    const [after] = before
      ? await tx.update(dialogueFrequencies).set(values).where(eq(dialogueFrequencies.organisationId, organisation.id)).returning()
      : await tx
          .insert(dialogueFrequencies)
          .values({ organisationId: organisation.id, ...values })
          .returning();
    await recordAudit(tx, {
      actor,
      entityType: 'organisation',
      entityId: organisation.id,
      action: 'update',
      summary: `Styringsdialog: ${FREQUENCY_LABELS[input.frequency].toLowerCase()}`,
      before: before ?? null,
      after,
    });
  });
}
