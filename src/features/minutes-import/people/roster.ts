/** Participant sections in a range of lines: a heading and the entry lines after it. */
import { parseNumber } from '../structure/numbering.ts';
import { findOrganisations, isBodyName, sideOf } from './organisations.ts';
import { proseRoster } from './prose-roster.ts';
import { parseEntries, parseHeading, type Entry, type Heading } from './participants.ts';
import type { Line } from '../text/reflow.ts';
import type { ImportedParticipant, ParticipantSide } from '../types.ts';

/** The header row of a participants table: "Navn | Titel | Organisation", our own export's "Navn | Titel | Part". */
const TABLE_HEADER =
  /^(?:navn|titel|stilling|funktion|organisation|rolle|afdeling|repræsentant|deltager|fra|for)(?:\s*\|\s*(?:navn|titel|stilling|funktion|organisation|rolle|afdeling|repræsentant(?:er)? for|arbejdssted|side|part|e-?mail))*$/i;

/** "Fra RAB: …", "BL, 5. kreds: …", "Randers Boligforening af 1940: …": a group under a heading, named by whom it is from. */
const GROUP = /^(?:(?:fra|for)\s+)?([^:|]{2,50}?)\s*:\s*(\S.*)$/iu;

function subGroup(text: string, heading: Heading): Entry[] | null {
  const m = GROUP.exec(text);
  if (!m || m[1].split(/\s+/).length > 6) return null;
  // The group's own name decides the side: the heading above may be the previous group's.
  const side = sideOf(m[1]);
  const entries = parseEntries(m[2], { ...heading, side });
  // Kept as the employer, so that an abbreviation ("Fra RAB:") can be resolved later (acronyms.ts).
  if (entries && !side) for (const e of entries) e.employers.push(m[1].trim());
  return entries;
}

/**
 * A side's name alone on a line under "Deltagere" ("Næstved Kommune", "Lejerbo Næstved", "Øvrige"):
 * the people below it are that side's (our own export's participant columns).
 */
function groupLine(text: string): ParticipantSide | null {
  if (text.length > 50 || /[,.:;|()\d]/.test(text) || text.split(/\s+/).length > 4) return null;
  if (/^(?:øvrige|andre|gæster|observatører)$/i.test(text)) return 'other';
  return isBodyName(text) || findOrganisations(text).some((m) => m.index === 0) ? sideOf(text) : null;
}

/**
 * "Hanne Staff, Orla Hansen, Rita Pedersen. Arne Ebsen deltog under behandlingen af pkt. 107.":
 * the list up to the first sentence after it (the sentence stays in the header's text).
 */
function leadingList(rest: string, heading: Heading): Entry[] | null {
  const end = /(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u.exec(rest);
  return end ? parseEntries(rest.slice(0, end.index), heading) : null;
}

export type Roster = { entries: Entry[]; lines: Set<number> };

export function readRoster(lines: Line[], from: number, to: number): Roster {
  const entries: Entry[] = [];
  const used = new Set<number>();
  for (let i = from; i < to; i++) {
    // "Til stede var A (formand) fra boligselskabet samt …", "Afbud fra B." before any heading reads it.
    const said = proseRoster(lines[i].text);
    if (said) {
      entries.push(...said);
      used.add(i);
      continue;
    }
    const heading = parseHeading(lines[i].text);
    if (!heading) continue;
    const found: Entry[] = [];
    if (heading.rest) {
      const inline = parseEntries(heading.rest, heading) ?? leadingList(heading.rest, heading);
      if (!inline) continue;
      found.push(...inline);
    }
    let current = heading;
    let j = i + 1;
    for (; j < to; j++) {
      const text = lines[j].text;
      if (parseHeading(text) || (!lines[j].bullet && parseNumber(text)?.kind === 'punkt')) break;
      if (TABLE_HEADER.test(text)) continue;
      const group = groupLine(text);
      if (group) {
        current = { ...heading, side: group };
        continue;
      }
      const more = parseEntries(text, current) ?? subGroup(text, current);
      if (!more) break;
      found.push(...more);
    }
    if (!found.length) continue;
    entries.push(...found);
    for (let k = i; k < j; k++) used.add(k);
    i = j - 1;
  }
  return { entries, lines: used };
}

const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');

/** Participants and absentees without repeats; someone listed as absent anywhere is absent. */
export function splitRoster(entries: Entry[]): { participants: ImportedParticipant[]; absent: ImportedParticipant[] } {
  const absentNames = new Set(entries.filter((e) => e.absent).map((e) => key(e.name)));
  const participants: ImportedParticipant[] = [];
  const absent: ImportedParticipant[] = [];
  const seen = new Map<string, ImportedParticipant>();
  for (const e of entries) {
    const k = key(e.name);
    const known = seen.get(k);
    if (known) {
      known.title ??= e.title;
      known.side ??= e.side;
      continue;
    }
    const person: ImportedParticipant = { name: e.name, title: e.title, side: e.side };
    seen.set(k, person);
    (absentNames.has(k) ? absent : participants).push(person);
  }
  return { participants, absent };
}
