/*
 * Minutes written as one table, a row per item: "Emne | Drøftelse | Aftale" over
 * "1. Effektivisering | Boligforeningen har nået målet. | Boligforeningen sender strategien …".
 * The cells under "Aftale", "Beslutning" or "Konklusion" are the item's decisions.
 */
import type { Line } from '../text/reflow.ts';

const COLUMN =
  /^(?:nr\.?|punkt|emne|dagsordenspunkt|drøftelse|referat|bemærkninger|status|aftale(?:r)?|beslutning(?:er)?|konklusion|opfølgning|ansvarlig|frist)$/i;
const DECISION_COLUMN = /^(?:aftale(?:r)?|beslutning(?:er)?|konklusion)$/i;
const NOTHING = /^(?:ingen|intet|-|–|ingen aftaler?|ikke relevant)\.?$/i;

/** Indices of the decision columns of the table header among lines `[0, end)`, or null without one. */
export function decisionColumns(lines: Line[], end: number): number[] | null {
  for (let i = Math.min(end, lines.length) - 1; i >= 0; i--) {
    const cells = lines[i].text.split(/\s+\|\s+/).map((c) => c.trim());
    if (cells.length < 2 || !cells.every((c) => COLUMN.test(c))) continue;
    const columns = cells.flatMap((c, k) => (DECISION_COLUMN.test(c) ? [k] : []));
    return columns.length ? columns : null;
  }
  return null;
}

/** The decisions in a row's cells ("1. Title | text | decision"). */
export function cellDecisions(row: string, columns: number[]): string[] {
  const cells = row.split(/\s+\|\s+/).map((c) => c.trim());
  return columns.map((k) => cells[k] ?? '').filter((c) => c && !NOTHING.test(c));
}
