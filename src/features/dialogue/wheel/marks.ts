import type { DeadlineStatus } from '../deadline-status.ts';
import { DEADLINE_KINDS, type DeadlineKind } from '../deadlines.ts';

export type MarkState = 'overdue' | 'met' | 'upcoming' | 'info';

/** One point on the wheel: a kind of deadline in one month, for one or many organisations. */
export interface WheelMark {
  kind: DeadlineKind;
  label: string;
  month: number;
  date: string;
  state: MarkState;
  count: number;
  overdue: number;
  names: string[];
  /** The organisations' dates differ within the month: `date` is the earliest. */
  spread: boolean;
}

export const stateOf = (d: DeadlineStatus): MarkState => (d.overdue ? 'overdue' : d.met ? 'met' : d.met === null ? 'info' : 'upcoming');

/**
 * The deadlines that fall in calendar year `year`, from the dialogues of that governance year and
 * the next (a fiscal year ending 31 May puts next year's accounts deadline in October), grouped by
 * kind and month. A mark is overdue if any of its deadlines is.
 */
export function wheelMarks(year: number, items: { name: string; deadlines: DeadlineStatus[] }[]): WheelMark[] {
  const marks = new Map<string, WheelMark>();
  for (const item of items) {
    for (const d of item.deadlines) {
      if (!d.date.startsWith(`${year}-`)) continue;
      const month = Number(d.date.slice(5, 7));
      const key = `${d.kind}:${month}`;
      const mark = marks.get(key) ?? {
        kind: d.kind,
        label: d.label,
        month,
        date: d.date,
        state: stateOf(d),
        count: 0,
        overdue: 0,
        names: [],
        spread: false,
      };
      mark.count++;
      if (d.overdue) mark.overdue++;
      if (!mark.names.includes(item.name)) mark.names.push(item.name);
      if (d.date !== mark.date) mark.spread = true;
      if (d.date < mark.date) mark.date = d.date;
      // The worst state wins: overdue over upcoming over met.
      const rank: Record<MarkState, number> = { overdue: 3, upcoming: 2, info: 1, met: 0 };
      if (rank[stateOf(d)] > rank[mark.state]) mark.state = stateOf(d);
      marks.set(key, mark);
    }
  }
  return [...marks.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind),
  );
}
