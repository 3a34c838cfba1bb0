/*
 * Participant lists: a heading ("Repræsentanter for kommunen:", "Deltagere fra boligselskabet",
 * "Mødedeltagere", "Afbud:", "Fraværende:") followed by entries on its own line or the lines
 * after it. An entry is "Name, title[, employer]", "Name (title)", "Name – title",
 * "Title Name", or a list of names "A, B (Fravær) og C".
 */
import { findOrganisations, isBodyName, sideOf } from './organisations.ts';
import type { ImportedParticipant, ParticipantSide } from '../types.ts';

/** `substitute`: came in someone's place ("… deltog i stedet"), named inside an item. */
export type Entry = ImportedParticipant & { absent: boolean; employers: string[]; substitute?: boolean };
export type Heading = {
  side: ParticipantSide | null;
  absent: boolean;
  role: string | null;
  rest: string;
  /** "Deltagere fra Ungdomsbo": whom the people are from, when its side is not known by name. */
  from?: string;
};

const OTHER_SIDE = /^(?:øvrige|andre|gæster|observatører)$/i;
const ABSENT = /afbud|fravær|ikke til stede|forhindret|meldt fra|deltog ikke/i;
const STRONG_LABEL =
  /^(mødedeltagere|deltagere|medlemmer|udvalgsmedlemmer|deltagerliste|til stede|tilstede|fremmødte|afbud|fraværende|fravær|ikke til stede|referent|ordstyrer|mødeleder|dirigent)\b\.?\s*(.*)$/i;
const LABEL_WORDS =
  /deltager|deltog|^(?:udvalgs)?medlemmer$|repræsentant|til ?stede|fremmødt|afbud|fravær|referent|ordstyrer|mødeleder|dirigent|^sekretær/i;
const SIDE_NOUNS =
  /^(?:observatører|kommunen|boligselskabet|boligorganisationen|boligforeningen|organisationen|tilsynet|forvaltningen|organisationsbestyrelsen|afdelingsbestyrelsen|bestyrelsen|administrationsorganisationen|BL|Landsbyggefonden|gæster|øvrige|andre)$/i;
const ROLES: Record<string, string> = { referent: 'referent', ordstyrer: 'ordstyrer', mødeleder: 'mødeleder', dirigent: 'dirigent' };

/** Words of job titles: a part holding one is a title, not a name. */
const TITLE_WORDS =
  /(?:formand|direktør|chef|leder|konsulent|fører|medarbejder|sekretær|sagsbehandler|rådgiver|borgmester|rådmand|medlem|økonom|controller|fuldmægtig|jurist|koordinator|specialist|assistent|referent|ordstyrer|repræsentant|beboer|vicevært|varmemester|inspektør|arkitekt|ingeniør|partner|\bejer|praktikant|\belev|analytiker|ansvarlig|udvalg|tilsyn|kommune|afdeling|center|sekretariat|service|\bAC\b|teamleder|overassistent|sundhed|ældre|boligsocial|byråd|næstformand)/i;
const PARTICLES = new Set(['von', 'van', 'de', 'la', 'le', 'da', 'di', 'du', 'af', 'bin', 'el']);
const NOT_NAMES =
  /^(?:Navn|Navne|Titel|Stilling|Funktion|Organisation|Rolle|Afdeling|Kommunen|Boligselskabet|Boligorganisationen|Tilsynet|Punkt|Bilag|Dagsorden|Referat|Mødet|Møde|Næste|Eventuelt|Status|Orientering|Godkendelse|Sagen|Indstilling|Beslutning|Side|Dato|Sted|Tid|Emne|Drøftelse|Aftale|Aftaler|Hvad|Hvem|Hvornår|Ansvarlig|Frist|Handling|Status)$/;

/** "Lena Andersen", "Stine Bøgebjerg Hansen", "Per Korup-Lauridsen", "B. Hansen"; single names only when `single`. */
export function isName(text: string, single = false): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length > 5 || tokens.length < (single ? 1 : 2)) return false;
  let names = 0;
  for (const token of tokens) {
    if (PARTICLES.has(token) && names > 0) continue;
    if (!/^\p{Lu}[\p{L}'’-]*\.?$/u.test(token) || /^\p{Lu}{3,}$/u.test(token) || TITLE_WORDS.test(token) || NOT_NAMES.test(token))
      return false;
    names++;
  }
  // "Lejerbo Køge", "KAB Hillerød": a known organisation's name with a place is no person.
  return names >= (single ? 1 : 2) && !isBodyName(text) && !findOrganisations(text).some((m) => m.index === 0);
}

/** A participant heading, with the entries on its own line in `rest`; null for other lines. */
export function parseHeading(text: string): Heading | null {
  let label: string;
  let rest = '';
  const strong = STRONG_LABEL.exec(text);
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 80) {
    label = text.slice(0, colon).trim();
    // "Deltagere fra KAB:<tab>Mikkel Vest": the tab made a column, cleaned to " | ".
    rest = text
      .slice(colon + 1)
      .trim()
      .replace(/^\|\s*/, '');
  } else if (strong && (!strong[2] || /^\p{Lu}/u.test(strong[2]))) {
    label = strong[1];
    rest = strong[2].trim();
  } else {
    label = text.trim();
  }
  if (label.split(/\s+/).length > 8) return null;
  const forFrom = /^(?:for|fra|deltagere fra|gæster fra|repræsentanter (?:fra|for))\s+(.+)$/i.exec(label);
  const isLabel =
    LABEL_WORDS.test(label) ||
    SIDE_NOUNS.test(label) ||
    (isBodyName(label) && !isName(label)) ||
    (forFrom !== null && sideOf(forFrom[1]) !== null);
  if (!isLabel) return null;
  if (!rest && colon < 0 && !strong && !/deltager|deltog|repræsentant|til stede|afbud|fravær/i.test(label)) return null;
  const role = ROLES[label.toLowerCase()] ?? null;
  const side = role ? null : /^(?:gæster|øvrige|andre|observatører)$/i.test(label) ? 'other' : sideOf(label);
  const from = /\b(?:fra|for)\s+(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3})$/u.exec(label)?.[1];
  return { side, absent: ABSENT.test(label), role, rest, ...(from && !side ? { from } : {}) };
}

/** The letters of Danish parties and local lists as minutes write them after a name: "Jens Hansen (A)". */
const PARTY = /^(?:[ABCDFIKLMOVØÅÆ])$/u;

/** "Lena Andersen", "Lisbeth Læssøe (Fravær)", "Direktør Lene Jensen". */
function isPerson(part: string): boolean {
  // "Helle Nørgaard – chefkonsulent": the title after a dash.
  const bare = part
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+[–—-]\s+\p{Ll}.*$/u, '')
    .trim();
  if (isName(bare)) return true;
  const titleFirst = /^(\S+)\s+(.+)$/.exec(bare);
  const twoWords = /^\p{L}\p{Ll}+\s+(\p{Ll}+)\s+(.+)$/u.exec(bare);
  return (
    (!!titleFirst && TITLE_WORDS.test(titleFirst[1]) && isName(titleFirst[2])) ||
    (!!twoWords && TITLE_WORDS.test(twoWords[1]) && isName(twoWords[2]))
  );
}

/** Splits on commas outside parentheses. */
function splitParts(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && separator.test(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function parseOne(raw: string, heading: Heading, single: boolean): Entry | null {
  let text = raw.trim().replace(/[.;]+$/, '');
  let absent = heading.absent;
  let other = false;
  let party: string | null = null;
  const titles: string[] = [];
  const employers: string[] = [];
  const addInfo = (part: string, parenthesised = false) => {
    const p = part.trim();
    if (!p) return;
    if (ABSENT.test(p) && p.split(/\s+/).length <= 3) absent = true;
    // The "Part" column of a participants table: "Øvrige" is a side, not a title.
    else if (OTHER_SIDE.test(p)) other = true;
    else if (parenthesised && PARTY.test(p)) party = p;
    else if (parenthesised && /^\p{Lu}{1,2}$/u.test(p) && !isBodyName(p))
      return; // initials "(JH)"
    // "(SAB)", "(FFB, direktør)": an organisation's abbreviation is the employer (acronyms.ts may know it).
    else if (isBodyName(p) || (parenthesised && /^\p{Lu}{3,6}$/u.test(p))) employers.push(p);
    else titles.push(p);
  };
  // Parentheses: "(Fravær)", "(formand)", "(KAB)".
  text = text
    .replace(/\s*\(([^()]*)\)/g, (_, inner: string) => {
      splitParts(inner, /,/).forEach((p) => addInfo(p, true));
      return '';
    })
    .trim();
  const parts = splitParts(text, /,/);
  let name = parts.shift() ?? '';
  // "Jens Hansen – formand"
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(name);
  if (dash && isName(dash[1], single)) {
    name = dash[1];
    parts.unshift(dash[2]);
  }
  // "Borgmester Benedikte Kiær", "direktør Jens Hansen"
  // "Økonomisk konsulent Thomas Larsen": a title of two words, the second a title word.
  const titleFirst = /^(\S+)\s+(.+)$/.exec(name);
  const twoWords = /^(\p{L}\p{Ll}+\s+\p{Ll}+)\s+(.+)$/u.exec(name);
  if (!isName(name, single) && twoWords && TITLE_WORDS.test(twoWords[1].split(/\s+/)[1]) && isName(twoWords[2], single)) {
    name = twoWords[2];
    parts.unshift(twoWords[1].replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()));
  } else if (!isName(name, single) && titleFirst && TITLE_WORDS.test(titleFirst[1]) && isName(titleFirst[2], single)) {
    name = titleFirst[2];
    parts.unshift(titleFirst[1].replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()));
  }
  if (!isName(name, single || parts.length > 0 || titles.length > 0)) return null;
  if (parts.some((p) => p.split(/\s+/).length > 8)) return null;
  parts.forEach((p) => addInfo(p));
  if (heading.role && !titles.length) titles.push(heading.role);
  if (heading.from) employers.push(heading.from);
  // A party letter: an elected member of the council, on the municipality's side.
  const side =
    heading.side ?? sideOf(employers.join(', ')) ?? (other ? 'other' : null) ?? (party ? 'municipality' : sideOf(titles.join(', ')));
  const title = [titles.join(', '), party && `(${party})`].filter(Boolean).join(' ');
  return { name, title: title || null, side, absent, employers };
}

/** The participants on one line, or null when the line is not a participant line. */
export function parseEntries(text: string, heading: Heading): Entry[] | null {
  // A table row "Navn | Titel | Part": the last cell names the side ("Lejerbo Næstved", "Øvrige"), not a title.
  const cells = text.split(/\s+\|\s+/).map((c) => c.trim());
  if (cells.length >= 3) {
    const party = cells[cells.length - 1];
    const side = OTHER_SIDE.test(party) ? 'other' : sideOf(party);
    const one = side && parseOne(cells.slice(0, -1).join(', '), { ...heading, side: heading.side ?? side }, false);
    if (one) return [one];
  }
  // "AAB23_Gunvor Abrahamsen": a case system's user id before the name.
  const t = text
    .replace(/\s+\|\s+/g, ', ')
    .replace(/(^|[\s,(])\p{Lu}{2,6}\d{1,4}_(?=\p{Lu})/gu, '$1')
    .trim();
  // A sentence after the list ends it ("… Hansen. Han deltog …"); "Jonas M. Cohen og …" is an initial, not a sentence.
  if (!t || t.length > 400 || /(?<=\p{Ll}{2})[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(t)) return null;
  // "Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder": the first away, the second in their place.
  const stood = /^(.+?)\s+[-–—]\s+(.+?)\s+(?:mødte|deltog)\s+(?:som stedfortræder|i (?:stedet|hans sted|hendes sted))\.?$/u.exec(t);
  if (stood) {
    const away = parseOne(stood[1], { ...heading, absent: true }, false);
    const came = parseOne(stood[2], { ...heading, absent: false }, false);
    if (away && came) return [away, { ...came, substitute: true }];
  }
  const semicolons = splitParts(t, /;/);
  if (semicolons.length > 1) {
    const entries = semicolons.map((p) => parseOne(p, heading, false));
    return entries.every(Boolean) ? (entries as Entry[]) : null;
  }
  // "A, B (Fravær), C og D", "Direktør A, Økonomichef B": every part a person.
  const parts = splitParts(t, /,/).flatMap((p) => p.split(/\s+(?:og|&)\s+/));
  if (parts.length > 1 && parts.every(isPerson)) {
    const entries = parts.map((p) => parseOne(p, heading, false));
    if (entries.every(Boolean)) return entries as Entry[];
  }
  // "Bent Haupt Jensen, formand, Jørn Nielsen, næstformand, Michael Bagge Kuehn": names, each with the titles after it.
  if (parts.length > 2 && isPerson(parts[0])) {
    const groups: string[][] = [];
    for (const p of parts) {
      if (isPerson(p) && !TITLE_WORDS.test(p.split(/\s+/)[0])) groups.push([p]);
      else if (groups.length && p.split(/\s+/).length <= 4 && (/^\p{Ll}/u.test(p) || TITLE_WORDS.test(p)))
        groups[groups.length - 1].push(p);
      else {
        groups.length = 0;
        break;
      }
    }
    const entries = groups.map((g) => parseOne(g.join(', '), heading, false));
    if (groups.length > 1 && entries.every(Boolean)) return entries as Entry[];
  }
  // "Lene Jensen, direktør, og Per Hansen, økonomichef": entries joined by "og".
  const pairs = t.split(/,?\s+(?:og|&)\s+(?=\p{Lu})/u);
  if (pairs.length > 1) {
    const entries = pairs.map((p) => parseOne(p, heading, false));
    if (entries.every(Boolean)) return entries as Entry[];
  }
  const one = parseOne(t, heading, false);
  return one ? [one] : null;
}
