import { STAGES, type Stage } from './tables.ts';

export const STAGE_LABELS: Record<Stage, string> = {
  planlagt: 'Planlagt',
  indkaldt: 'Indkaldt',
  pakke_modtaget: 'Dokumentationspakke modtaget',
  gennemgaaet: 'Gennemgået',
  moede_afholdt: 'Møde afholdt',
  udkast: 'Aftaledokument i udkast',
  godkendt: 'Godkendt',
  offentliggjort: 'Offentliggjort',
};

export const stageIndex = (stage: Stage) => STAGES.indexOf(stage);

/**
 * A stage moves one step forward. Skipping stages, or going back (a package returned,
 * a meeting postponed), is allowed only with a reason, which the history keeps.
 * Returns the Danish message that refuses the change, or null.
 */
export function refuseTransition(from: Stage, to: Stage, reason: string | null): string | null {
  if (from === to) return `Dialogen er allerede i fasen „${STAGE_LABELS[to]}“.`;
  const step = stageIndex(to) - stageIndex(from);
  if (step === 1) return null;
  if (reason && reason.trim().length >= 5) return null;
  return step > 1
    ? `Springer du faser over (fra „${STAGE_LABELS[from]}“ til „${STAGE_LABELS[to]}“), skal du skrive en begrundelse på mindst 5 tegn.`
    : `Går du tilbage til „${STAGE_LABELS[to]}“, skal du skrive en begrundelse på mindst 5 tegn.`;
}
