/*
 * Participants named in a sentence instead of a list: "Til stede var Maria Hedegaard (direktør) og
 * Claus Winther (formand) fra boligselskabet samt Pernille Skou (boligkonsulent) fra kommunen."
 * Groups are joined by "samt" or ";", and "fra X" after a group gives its side.
 */
import { sideOf } from './organisations.ts';
import { parseEntries, type Entry } from './participants.ts';

const OPENING = /^(?:til stede var|tilstede var|deltagere var|i mødet deltog|mødet deltog|på mødet deltog|deltog):?\s+(.+?)\.?$/i;
/** "Fra Boligforeningen Aabenraa deltog formand Poul Erik Jørgensen og …": the group names its side. */
const FROM_OPENING = /^fra\s+((?:\S+\s+){0,3}?)deltog\s+(.+?)\.?$/i;
const ABSENT_OPENING = /^(?:(?:der er |der var )?afbud (?:fra|var)|fraværende var|forhindret var|ikke til stede var):?\s+(.+?)\.?$/i;
/** "Martin Bech og Bettina Kjeldsen var fraværende.", "Sheikh Mohammed udeblev uden afbud." */
const ABSENT_AFTER =
  /^(.+?)\s+(?:var fraværende|var forhindret|udeblev(?: uden afbud)?|havde meldt afbud|har meldt afbud|deltog ikke)(?:\s+(?:på selve mødedagen|i mødet|pga\.?.*))?\.?$/i;
/** "Mikkel Houmann havde meldt afbud, og Peter Steffensen deltog i stedet." */
const SUBSTITUTE = /^(.+?)\s+havde meldt afbud,?\s+og\s+(.+?)\s+deltog i stedet\.?$/i;
const FROM = /^(.*?)\s+(?:fra|for)\s+((?:\p{Ll}+\s+)?\S+(?:\s+\p{Lu}\S*){0,3})$/u;

/** The participants in a sentence that names them; null for other lines. */
export function proseRoster(text: string): Entry[] | null {
  if (text.length > 800) return null;
  // Several sentences ("Fra boligforeningen deltog …. Fra kommunen deltog …"): each must name people.
  const said = text.split(/(?<=[a-zæøå)]{2}\.)\s+(?=\p{Lu})/u);
  if (said.length > 1) {
    const all = said.map(sentenceRoster);
    return all.every(Boolean) ? (all.flat() as Entry[]) : null;
  }
  return sentenceRoster(text);
}

function sentenceRoster(text: string): Entry[] | null {
  const sub = SUBSTITUTE.exec(text);
  if (sub) {
    const gone = parseEntries(sub[1], { side: null, absent: true, role: null, rest: '' });
    const came = parseEntries(sub[2], { side: null, absent: false, role: null, rest: '' });
    return gone && came ? [...gone, ...came.map((e) => ({ ...e, substitute: true }))] : null;
  }
  const after = ABSENT_AFTER.exec(text);
  if (after) return parseEntries(after[1], { side: null, absent: true, role: null, rest: '' });
  const absent = ABSENT_OPENING.exec(text);
  const fromGroup = absent ? null : FROM_OPENING.exec(text);
  const present = absent || fromGroup ? null : OPENING.exec(text);
  const rest = (absent ?? present)?.[1] ?? fromGroup?.[2];
  if (!rest) return null;
  const groupSide = fromGroup ? sideOf(fromGroup[1].trim()) : null;
  const entries: Entry[] = [];
  // Groups: "A og B fra X; C fra Y samt D fra Z", and "A fra X, B fra Y".
  for (const group of rest.split(/\s*;\s*|,?\s+samt\s+|(?<=\bfra\s+[^,]+),\s+/)) {
    const bare = group.replace(/,\s+(?:som|der)\s.*$/, '');
    const from = FROM.exec(bare);
    const side = from ? sideOf(from[2]) : groupSide;
    const found = parseEntries(from ? from[1] : bare, { side, absent: !!absent, role: null, rest: '' });
    if (!found) return null;
    if (fromGroup && !groupSide) for (const e of found) e.employers.push(fromGroup[1].trim());
    entries.push(...found);
  }
  return entries.length ? entries : null;
}
