/*
 * Short names of the organisation the meeting is with: "Fra RAB:" or "Bent Holm, næstformand,
 * RAB" where the minutes name "Roskilde Almennyttige Boligselskab" elsewhere, "Deltagere fra
 * Ungdomsbo" for "Boligforeningen Ungdomsbo". An abbreviation whose letters are the initials of an
 * organisation named in the document, or the last word of its name, gives the organisation's side.
 */
import { findOrganisations } from './organisations.ts';
import type { Entry } from './participants.ts';

const ABBREVIATION = /^\p{Lu}{2,6}$/u;

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Sets the side of entries without one whose employer or title names an organisation by its initials. */
export function resolveAbbreviations(entries: Entry[], whole: string): void {
  const unknown = entries.filter((e) => e.side === null);
  if (!unknown.length) return;
  const names = findOrganisations(whole).map((m) => m.name);
  const known = new Set(names.map(initials).filter((i) => i.length >= 2));
  if (!names.length) return;
  // "Ungdomsbo" for "Boligforeningen Ungdomsbo": a word of an organisation's name that is not a kind of body.
  const shortName = (p: string) =>
    p.length >= 3 &&
    !/^bolig/i.test(p) &&
    names.some((n) => n !== p && new RegExp(`(?:^|\\s)${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(n));
  for (const e of unknown) {
    const titleParts = (e.title ?? '').split(/,\s*/);
    const hit = [...e.employers, ...titleParts].find((p) => (ABBREVIATION.test(p.trim()) && known.has(p.trim())) || shortName(p.trim()));
    if (!hit) continue;
    e.side = 'organisation';
    const rest = titleParts.filter((p) => p.trim() !== hit.trim());
    e.title = rest.length ? rest.join(', ') : null;
  }
}
