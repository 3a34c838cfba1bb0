import { SYSTEM_ACTOR } from '../auth/scope.ts';
import type { Db } from '../db/client.ts';
import { changeStage, setFrequency, setMeetingDate, STAGES, type Stage } from '../features/dialogue/index.ts';
import type { Wiring } from '../wiring.ts';

type Org = { id: number; municipalityCode: string };

/** Walks a dialogue stage by stage, as people would have, so its history and hooks (the package) are real. */
async function walk(tx: Db, wiring: Wiring, org: Org, year: number, to: Stage, meetingDate?: string) {
  let version = 0;
  for (const stage of STAGES.slice(1, STAGES.indexOf(to) + 1)) {
    await changeStage({
      db: tx,
      tx,
      hooks: wiring.hooks,
      actor: SYSTEM_ACTOR,
      organisationId: org.id,
      year,
      version,
      to: stage,
      reason: null,
    });
    version = version === 0 ? 2 : version + 1;
    if (stage === 'indkaldt' && meetingDate) {
      await setMeetingDate({ db: tx, actor: SYSTEM_ACTOR, organisationId: org.id, year, version, date: meetingDate });
      version++;
    }
  }
}

/**
 * This year's dialogues at the stages a supervisor would find them in late November: Næstved's
 * Lejerbo has had its meeting (seed 003), Helsingør published, Bolig Næstved not yet convened
 * (overdue), Hillerød convened; Nordsjælland every other year. Last year's are all published.
 */
export async function loadDemoDialogues(
  tx: Db,
  wiring: Wiring,
  o: { hil: Org; hil2: Org; lejerbo: Org; boligNaestved: Org; hel: Org; bal: Org },
) {
  for (const [org, date] of [
    [o.hil, '2025-10-22'],
    [o.lejerbo, '2025-10-08'],
    [o.boligNaestved, '2025-11-05'],
    [o.hel, '2025-04-09'],
    [o.bal, '2025-10-01'],
  ] as const) {
    await walk(tx, wiring, org, 2025, 'offentliggjort', date);
  }
  await walk(tx, wiring, o.hil, 2026, 'indkaldt', '2026-12-09');
  await walk(tx, wiring, o.lejerbo, 2026, 'moede_afholdt', '2026-10-14');
  await walk(tx, wiring, o.hel, 2026, 'offentliggjort', '2026-04-15');
  await walk(tx, wiring, o.bal, 2026, 'udkast', '2026-10-28');
  await setFrequency({
    db: tx,
    actor: SYSTEM_ACTOR,
    organisation: o.hil2,
    version: 0,
    input: {
      frequency: 'hvert_andet_aar',
      fromYear: 2025,
      reason: 'Ingen væsentlige problemer i boligorganisationen eller dens afdelinger.',
    },
  });
}
