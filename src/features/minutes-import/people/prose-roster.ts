/*
 * Participants named in a sentence instead of a list: "Til stede var Maria Hedegaard (direktør) og
 * Claus Winther (formand) fra boligselskabet samt Pernille Skou (boligkonsulent) fra kommunen."
 * Groups are joined by "samt" or ";", and "fra X" after a group gives its side.
 */
import { sideOf } from './organisations.ts';
import { parseEntries, type Entry } from './participants.ts';

const OPENING =
  /^(?:til stede var|tilstede var|deltagere var|i mødet deltog|mødet deltog|på mødet deltog|deltog|fra (?:\S+\s+){0,3}?deltog)\s+(.+?)\.?$/i;
const ABSENT_OPENING = /^(?:afbud (?:fra|var)|fraværende var|forhindret var|ikke til stede var)\s+(.+?)\.?$/i;
const FROM = /^(.*?)\s+(?:fra|for)\s+((?:\p{Ll}+\s+)?\S+(?:\s+\p{Lu}\S*){0,3})$/u;

/** The participants in a sentence that names them; null for other lines. */
export function proseRoster(text: string): Entry[] | null {
  const absent = ABSENT_OPENING.exec(text);
  const present = absent ? null : OPENING.exec(text);
  const rest = (absent ?? present)?.[1];
  if (!rest || rest.length > 600) return null;
  const entries: Entry[] = [];
  for (const group of rest.split(/\s*;\s*|,?\s+samt\s+/)) {
    const from = FROM.exec(group);
    const side = from ? sideOf(from[2]) : null;
    const found = parseEntries(from ? from[1] : group, { side, absent: !!absent, role: null, rest: '' });
    if (!found) return null;
    entries.push(...found);
  }
  return entries.length ? entries : null;
}
