/*
 * Minutes printed from this system (PDF or Word) carry each item's facts in its first lines:
 * "Lukket punkt", a line "Tema: Udlejning og anvisning · Sagsnr. 22/03117", and a "Referat"
 * heading between the agenda text and the minutes. Read back, they become the item's fields again,
 * so a closed item stays closed (it is never public) rather than becoming text.
 */

/** `themeLabel` is the theme as printed ("Udlejning og anvisning"); the importer maps it to its own themes. */
export type ItemMeta = { closed: boolean; themeLabel: string | null; caseNumber: string | null; text: string; notes: string };

/** The theme and case number of a meta line, or null when any part of the line is something else. */
function metaLine(line: string): { themeLabel: string | null; caseNumber: string | null } | null {
  let themeLabel: string | null = null;
  let caseNumber: string | null = null;
  for (const part of line.split(' · ').map((p) => p.trim())) {
    // Only with "Tema:" before it: a bare "Administration" may be a heading of the text.
    const label = /^tema:\s*(.+)$/i.exec(part)?.[1];
    const cn = /^sagsnr\.?:?\s*(\S{3,40})$/i.exec(part)?.[1];
    if (label && themeLabel === null) themeLabel = label.trim();
    else if (cn && caseNumber === null) caseNumber = cn;
    else return null;
  }
  return { themeLabel, caseNumber };
}

export function itemMeta(raw: string): ItemMeta {
  const lines = raw.split('\n');
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && !lines[i].trim()) i++;
  };
  let closed = false;
  let meta: { themeLabel: string | null; caseNumber: string | null } = { themeLabel: null, caseNumber: null };
  // The facts come first, in either order, each at most once.
  for (let round = 0; round < 2; round++) {
    skipBlank();
    const line = lines[i]?.trim() ?? '';
    if (!closed && /^lukket punkt$/i.test(line)) {
      closed = true;
      i++;
      continue;
    }
    const m = meta.themeLabel === null && meta.caseNumber === null ? metaLine(line) : null;
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
