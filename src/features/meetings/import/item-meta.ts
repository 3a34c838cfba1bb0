/*
 * Minutes printed from this system (PDF or Word) carry each item's facts in its first lines:
 * "Lukket punkt", a line "Tema: Udlejning og anvisning · Sagsnr. 22/03117", and a "Referat"
 * heading between the agenda text and the minutes. Read back, they become the item's fields again,
 * so a closed item stays closed (it is never public) rather than becoming text.
 */
import { THEME_LABELS } from '../labels.ts';
import type { Theme } from '../tables.ts';

export type ItemMeta = { closed: boolean; theme: Theme | null; caseNumber: string | null; text: string; notes: string };

const THEME_BY_LABEL = new Map(Object.entries(THEME_LABELS).map(([key, label]) => [label.toLocaleLowerCase('da-DK'), key as Theme]));

/** The theme and case number of a meta line, or null when any part of the line is something else. */
function metaLine(line: string): { theme: Theme | null; caseNumber: string | null } | null {
  let theme: Theme | null = null;
  let caseNumber: string | null = null;
  for (const part of line.split(' · ').map((p) => p.trim())) {
    // Only with "Tema:" before it: a bare "Administration" may be a heading of the text.
    const label = /^tema:\s*(.+)$/i.exec(part)?.[1];
    const known = label ? THEME_BY_LABEL.get(label.toLocaleLowerCase('da-DK')) : undefined;
    const cn = /^sagsnr\.?:?\s*(\S{3,40})$/i.exec(part)?.[1];
    // "Tema:" marks the line as ours even for a theme this installation does not know.
    if (label && theme === null) theme = known ?? 'andet';
    else if (cn && caseNumber === null) caseNumber = cn;
    else return null;
  }
  return { theme, caseNumber };
}

export function itemMeta(raw: string): ItemMeta {
  const lines = raw.split('\n');
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && !lines[i].trim()) i++;
  };
  let closed = false;
  let meta: { theme: Theme | null; caseNumber: string | null } = { theme: null, caseNumber: null };
  // The facts come first, in either order, each at most once.
  for (let round = 0; round < 2; round++) {
    skipBlank();
    const line = lines[i]?.trim() ?? '';
    if (!closed && /^lukket punkt$/i.test(line)) {
      closed = true;
      i++;
      continue;
    }
    const m = meta.theme === null && meta.caseNumber === null ? metaLine(line) : null;
    if (m) {
      meta = m;
      i++;
    }
  }
  const rest = lines.slice(i);
  // "Referat" on its own line divides what was on the agenda from what was said.
  const heading = rest.findIndex((l) => /^referat:?$/i.test(l.trim()));
  const tidy = (ls: string[]) => ls.join('\n').trim();
  return heading < 0
    ? { closed, ...meta, text: '', notes: tidy(rest) }
    : { closed, ...meta, text: tidy(rest.slice(0, heading)), notes: tidy(rest.slice(heading + 1)) };
}
