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

/**
 * After the year's only version is deleted: the dialogue goes back to the stage it was in before the
 * document's generation moved it to "udkast" (the stage event written in that transaction, whose time
 * is the document's creation time), with the reason in its history. It stays where it is when the
 * generation did not move it (the stage was set by hand before), when the stage has moved since
 * (approved, or set by hand), or when another version of the year remains.
 */
export async function restoreStage(
  tx: Db,
  {
    hooks,
    actor,
    organisationId,
    year,
    createdAt,
    number,
  }: { hooks: Emitter<DialogueEvents>; actor: Actor; organisationId: number; year: number; createdAt: Date; number: number },
): Promise<void> {
  const d = await findDialogue({ db: tx, actor, organisationId, year });
  const last = d.events.at(-1);
  if (d.stage !== 'udkast' || !last || last.toStage !== 'udkast' || !last.fromStage) return;
  if (last.at.getTime() < createdAt.getTime()) return;
  await changeStage({
    db: tx,
    tx,
    hooks,
    actor,
    organisationId,
    year,
    version: d.version,
    to: last.fromStage,
    reason: `Aftaledokumentet (version ${number}) er slettet; dialogen er tilbage i fasen fra før det blev lavet.`,
  });
}
