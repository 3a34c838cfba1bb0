import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import type { Emitter } from '../../lib/hooks.ts';
import { changeStage, findDialogue, STAGE_LABELS, stageIndex, type DialogueEvents, type Stage } from '../dialogue/index.ts';

/**
 * Moves the dialogue to the stage a step of the aftaledokument means, in the step's transaction.
 * A dialogue already there or past it stays (a correction does not take a published dialogue
 * back); a dialogue further behind is moved on with the reason in its history.
 */
export async function followStage(
  tx: Db,
  {
    hooks,
    actor,
    organisationId,
    year,
    to,
    step,
  }: { hooks: Emitter<DialogueEvents>; actor: Actor; organisationId: number; year: number; to: Stage; step: string },
): Promise<void> {
  const d = await findDialogue({ db: tx, actor, organisationId, year });
  if (stageIndex(d.stage) >= stageIndex(to)) return;
  const skips = stageIndex(to) - stageIndex(d.stage) > 1;
  await changeStage({
    db: tx,
    tx,
    hooks,
    actor,
    organisationId,
    year,
    version: d.version,
    to,
    reason: skips ? `Aftaledokumentet er ${step}; dialogen var i fasen „${STAGE_LABELS[d.stage]}“.` : null,
  });
}
