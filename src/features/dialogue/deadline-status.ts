import { computeDeadlines, DEADLINE_LABELS, type Deadline, type DeadlineKind, type DeadlineRules } from './deadlines.ts';
import { STAGE_MEETING_DEADLINE, stageIndex } from './stages.ts';
import type { Stage } from './tables.ts';

export interface DeadlineStatus {
  kind: DeadlineKind;
  label: string;
  date: string;
  source: 'offset' | 'common';
  /** The stage that meets it has been reached. Null: no stage tracks it (fællesmøde, redegørelse). */
  met: boolean | null;
  overdue: boolean;
}

/** Each deadline of one dialogue, and whether the dialogue's stage has met it by `today`. */
export function deadlineStatuses(input: {
  fiscalYearEndMonth: number;
  governanceYear: number;
  rules?: DeadlineRules;
  stage: Stage;
  today: string;
}): DeadlineStatus[] {
  return statusesOf(computeDeadlines(input), input.stage, input.today);
}

/** The same for deadlines already computed: an overview computes them once per fiscal year end, not per organisation. */
export function statusesOf(deadlines: Deadline[], stage: Stage, today: string): DeadlineStatus[] {
  return deadlines.map((d) => {
    const meetingStage = (STAGE_MEETING_DEADLINE as Partial<Record<DeadlineKind, Stage | null>>)[d.kind] ?? null;
    const met = meetingStage ? stageIndex(stage) >= stageIndex(meetingStage) : null;
    return { ...d, label: DEADLINE_LABELS[d.kind], met, overdue: met === false && d.date < today };
  });
}

/** The first deadline not yet met, for overviews. */
export function nextDeadline(statuses: DeadlineStatus[]): DeadlineStatus | null {
  return statuses.filter((d) => d.met === false).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}
