/*
 * Tables of actions ("Hvad | Hvem | Hvornår", "Opgave | Ansvarlig | Frist | Status", our own
 * export's action table): one action per row, the "who" cell the responsible, the "when" cell the
 * due date. Cells arrive as "a | b | c" (clean.ts makes table columns so).
 */
import { endOf, findDates, MONTH_PATTERN } from '../text/dates.ts';
import { dueDate } from './due-date.ts';
import type { Line } from '../text/reflow.ts';
import type { ImportedAction } from '../types.ts';

const WHAT = /^(?:hvad|handling(?:er)?|opgave(?:r)?|aktivitet(?:er)?|aftale(?:r)?|opfølgningspunkt(?:er)?|emne|initiativ)$/i;
const WHO = /^(?:hvem|ansvarlig(?:e)?|ansvar)$/i;
const WHEN = /^(?:hvornår|frist|deadline|tidsfrist|dato|tidsplan)$/i;
/** "Juni 2023", "primo 2023" → the month's or year's last day. */
const MONTH_YEAR = new RegExp(`^(?:(?:ultimo|medio|primo|udgangen af|inden|senest)\\s+)?(${MONTH_PATTERN})\\.?\\s+(\\d{4})$`, 'i');

export type Columns = { what: number; who: number; when: number };

/** The columns of a header row of an action table, or null for other lines. */
export function actionColumns(text: string): Columns | null {
  const cells = text.split(/\s+\|\s+/).map((c) => c.trim());
  if (cells.length < 2) return null;
  const what = cells.findIndex((c) => WHAT.test(c));
  const who = cells.findIndex((c) => WHO.test(c));
  const when = cells.findIndex((c) => WHEN.test(c));
  if (what < 0 || (who < 0 && when < 0)) return null;
  return { what, who, when };
}

function whenOf(cell: string, reference: string | null): string | null {
  const t = cell.trim();
  const month = MONTH_YEAR.exec(t);
  if (month) return endOf(month[1], +month[2]);
  const d = findDates(t, { partial: true, reference })[0];
  return d && (d.hasYear || reference) ? d.iso : dueDate(`frist ${t}`, reference);
}

/** Actions of the table rows after the header at `header`; `rows`: the row lines used. */
export function tableActions(
  lines: Line[],
  header: number,
  columns: Columns,
  reference: string | null,
): { actions: ImportedAction[]; rows: number[] } {
  const actions: ImportedAction[] = [];
  const rows: number[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    const cells = lines[i].text.split(/\s+\|\s+/).map((c) => c.trim());
    if (cells.length < 2) break;
    const text = cells[columns.what];
    if (!text) break;
    const who = columns.who >= 0 ? (cells[columns.who] ?? '') : '';
    actions.push({
      text,
      responsible: who && !/^[-–]$/.test(who) ? who : null,
      due: columns.when >= 0 && cells[columns.when] ? whenOf(cells[columns.when], reference) : null,
    });
    rows.push(i);
  }
  return { actions, rows };
}
