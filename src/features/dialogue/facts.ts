import type { SQL } from 'drizzle-orm';
import { stageIndex } from './stages.ts';
import type { Stage } from './tables.ts';

/*
 * A deadline is met by what was delivered, not by the stage someone set: the package sent (the
 * documentation feature knows), the meeting held (the meetings feature knows). Those features sit
 * above the dialogue, so they hand their facts in as SQL through src/wiring.ts. The agreement
 * document has no feature yet: until it has, its deadline follows the stage "offentliggjort". The
 * council report is the municipality's, one for all its dialogues of a year: its approval meets the
 * "Redegørelse" deadline of each of them.
 */

/** What has happened in one dialogue: the day (Danish date, YYYY-MM-DD) each step was delivered, or null. */
export interface DialogueFacts {
  /** The documentation package sent to the municipality and not returned since (sent or accepted). */
  packageSent: string | null;
  /** The dialogue meeting of the governance year held: its minutes sent for comments, approved or imported. */
  meetingHeld: string | null;
  /** The municipality's report to its council on the governance year's dialogues approved (the council-reports feature knows). */
  reportApproved: string | null;
}

export const NO_FACTS: DialogueFacts = { packageSent: null, meetingHeld: null, reportApproved: null };

/**
 * The facts as scalar subqueries the dialogue's own queries select, so a page or an overview reads
 * them in the query it already makes. The arguments are outer references or bound values.
 */
export interface DialogueFactsSql {
  packageSent(dialogueId: SQL): SQL<string | null>;
  meetingHeld(organisationId: SQL, governanceYear: SQL): SQL<string | null>;
  reportApproved(municipalityCode: SQL, governanceYear: SQL): SQL<string | null>;
}

/** The steps a stage claims; the council report is no stage of one dialogue. */
type Step = Exclude<keyof DialogueFacts, 'reportApproved'>;

/** The steps a stage says have happened; the stages before "Dokumentationspakke modtaget" claim none. */
const STEPS_OF_STAGE: { from: Stage; step: Step }[] = [
  { from: 'pakke_modtaget', step: 'packageSent' },
  { from: 'moede_afholdt', step: 'meetingHeld' },
];

const MISSING: Record<Step, (year: number) => string> = {
  packageSent: () => 'Boligorganisationen har ikke sendt dokumentationspakken.',
  meetingHeld: (year) =>
    `Der er ikke holdt et styringsdialogmøde i ${year} (et møde er holdt, når referatet er sendt til kommentering eller godkendt).`,
};

/**
 * What the stage claims but the facts do not show, as Danish sentences: empty when the stage
 * agrees with what has happened. A supervisor moving the dialogue there is warned with these.
 */
export function stepsNotTaken(stage: Stage, facts: DialogueFacts, year: number): string[] {
  return STEPS_OF_STAGE.filter(({ from, step }) => stageIndex(stage) >= stageIndex(from) && facts[step] === null).map(({ step }) =>
    MISSING[step](year),
  );
}
