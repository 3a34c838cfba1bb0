import { computeDeadlines, DEADLINE_LABELS, type Deadline, type DeadlineKind, type DeadlineRules } from './deadlines.ts';
import type { DialogueFacts } from './facts.ts';
import { stageIndex } from './stages.ts';
import type { Stage } from './tables.ts';

export interface DeadlineStatus {
  kind: DeadlineKind;
  label: string;
  date: string;
  source: 'offset' | 'common';
  /** What was delivered has met it. Null: nothing tracks it (the fællesmøde). */
  met: boolean | null;
  /** The day it was met, where a fact dates it (the package sent, the meeting held). */
  metOn: string | null;
  /** Met, but after its date. */
  late: boolean;
  overdue: boolean;
}

/** Where a dialogue stands: the stage someone set, and what has actually happened. */
export interface Progress {
  stage: Stage;
  facts: DialogueFacts;
}

/**
 * How each deadline is met. The package and the meeting by their facts, whatever the stage says.
 * The convening is the stage change itself (it opens the package to the organisation), and the
 * agreement document follows the stage until the publication feature records it.
 */
function deliveredOn(kind: DeadlineKind, { stage, facts }: Progress): { met: boolean | null; metOn: string | null } {
  switch (kind) {
    case 'regnskab':
    case 'dokumentationspakke':
      return { met: facts.packageSent !== null, metOn: facts.packageSent };
    case 'dialogmoede':
      return { met: facts.meetingHeld !== null, metOn: facts.meetingHeld };
    case 'indkaldelse':
      return { met: stageIndex(stage) >= stageIndex('indkaldt'), metOn: null };
    case 'aftaledokument':
      return { met: stage === 'offentliggjort', metOn: null };
    case 'redegoerelse':
      return { met: facts.reportApproved !== null, metOn: facts.reportApproved };
    case 'faellesmoede':
      return { met: null, metOn: null };
  }
}

/** Each deadline of one dialogue, and whether what was delivered has met it by `today`. */
export function deadlineStatuses(input: {
  fiscalYearEndMonth: number;
  governanceYear: number;
  rules?: DeadlineRules;
  progress: Progress;
  today: string;
}): DeadlineStatus[] {
  return statusesOf(computeDeadlines(input), input.progress, input.today);
}

/** The same for deadlines already computed: an overview computes them once per fiscal year end, not per organisation. */
export function statusesOf(deadlines: Deadline[], progress: Progress, today: string): DeadlineStatus[] {
  return deadlines.map((d) => {
    const { met, metOn } = deliveredOn(d.kind, progress);
    return {
      ...d,
      label: DEADLINE_LABELS[d.kind],
      met,
      metOn,
      late: metOn !== null && metOn > d.date,
      overdue: met === false && d.date < today,
    };
  });
}

/** The first deadline not yet met, for overviews. */
export function nextDeadline(statuses: DeadlineStatus[]): DeadlineStatus | null {
  return statuses.filter((d) => d.met === false).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}
