import { SYSTEM_ACTOR } from '../auth/scope.ts';
import type { Db } from '../db/client.ts';
import { createReport } from '../features/council-reports/index.ts';
import type { Wiring } from '../wiring.ts';

/*
 * Næstved's report to its council on the 2025 dialogues, in draft: generated from the demo's
 * dialogues (Lejerbo's meeting held, Bolig Næstved's not), key figures, agreements (Præstøvej's
 * target met, Manøvej's missed) and letting agreements, as a supervisor would make it.
 */
export async function loadDemoCouncilReport(db: Db, wiring: Wiring): Promise<void> {
  await createReport({ db, actor: SYSTEM_ACTOR, municipalityCode: '0370', year: 2025, facts: wiring.dialogueFacts });
}
