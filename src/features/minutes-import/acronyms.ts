/*
 * Abbreviations of the organisation the meeting is with: "Fra RAB:" or "Bent Holm, næstformand,
 * RAB" where the minutes name "Roskilde Almennyttige Boligselskab" elsewhere. An abbreviation whose
 * letters are the initials of an organisation named in the document gives the organisation's side.
 */
import { findOrganisations } from './organisations.ts';
import type { Entry } from './participants.ts';

const ABBREVIATION = /^\p{Lu}{2,6}$/u;

function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** Sets the side of entries without one whose employer or title names an organisation by its initials. */
export function resolveAbbreviations(entries: Entry[], whole: string): void {
  const unknown = entries.filter((e) => e.side === null);
  if (!unknown.length) return;
  const known = new Set(findOrganisations(whole).map((m) => initials(m.name)).filter((i) => i.length >= 2));
  if (!known.size) return;
  for (const e of unknown) {
    const titleParts = (e.title ?? '').split(/,\s*/);
    const hit = [...e.employers, ...titleParts].find((p) => ABBREVIATION.test(p.trim()) && known.has(p.trim()));
    if (!hit) continue;
    e.side = 'organisation';
    const rest = titleParts.filter((p) => p.trim() !== hit.trim());
    e.title = rest.length ? rest.join(', ') : null;
  }
}
