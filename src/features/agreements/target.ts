import type { Comparator } from './tables.ts';

/*
 * Whether an agreement's key-figure target is met, judged only from the imported figures: the
 * target year's figure decides once it is in; before that the latest figure shows the way.
 */

export const TARGET_STATES = ['opfyldt', 'paa_vej', 'ikke_paa_vej', 'ikke_opfyldt', 'ingen_tal'] as const;
export type TargetState = (typeof TARGET_STATES)[number];

export const TARGET_STATE_LABELS: Record<TargetState, string> = {
  opfyldt: 'Opfyldt',
  paa_vej: 'På vej',
  ikke_paa_vej: 'Ikke på vej',
  ikke_opfyldt: 'Ikke opfyldt',
  ingen_tal: 'Ingen tal endnu',
};

export interface Target {
  comparator: Comparator;
  value: number;
  year: number;
}
export type Figure = { year: number; value: number };
export interface TargetVerdict {
  state: TargetState;
  /** The figures up to the target year, oldest first: the evidence shown with the verdict. */
  evidence: Figure[];
}

/** ≥ and ≤ both include the target itself: "henlæggelser ≥ 200" is met by 200. */
export const meets = (t: Pick<Target, 'comparator' | 'value'>, value: number) =>
  t.comparator === 'gte' ? value >= t.value : value <= t.value;

/**
 * The verdict in `currentYear`. Met when the target year's figure meets the target, or an earlier
 * figure already does; missed when the target year's figure does not, or the year after the target
 * year (when its accounts are in) has passed without its figure; otherwise on the way when the latest figure moved toward the target
 * since the one before, not on the way when it did not; no figures yet when none are in.
 */
export function evaluateTarget(target: Target, figures: readonly Figure[], currentYear: number): TargetVerdict {
  const evidence = figures.filter((f) => f.year <= target.year).toSorted((a, b) => a.year - b.year);
  const latest = evidence.at(-1);
  const verdict = (state: TargetState) => ({ state, evidence });
  if (latest?.year === target.year) return verdict(meets(target, latest.value) ? 'opfyldt' : 'ikke_opfyldt');
  // A year's accounts are imported the year after: only then is a missing figure a missed target.
  if (currentYear > target.year + 1) return verdict('ikke_opfyldt');
  if (!latest) return verdict('ingen_tal');
  if (meets(target, latest.value)) return verdict('opfyldt');
  const previous = evidence.at(-2);
  if (!previous) return verdict('ikke_paa_vej');
  const improved = target.comparator === 'gte' ? latest.value > previous.value : latest.value < previous.value;
  return verdict(improved ? 'paa_vej' : 'ikke_paa_vej');
}
