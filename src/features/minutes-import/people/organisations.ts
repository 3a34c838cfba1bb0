/*
 * Names of municipalities, housing organisations, administrators and other bodies in minutes,
 * and which side of the dialogue a name, a heading or a job title belongs to.
 */
import { MUNICIPALITIES } from './municipalities.ts';
import type { ParticipantSide } from '../types.ts';

/** Well-known housing organisations and administrators, as written. */
const KNOWN_ORGANISATIONS = [
  'Boligkontoret Danmark',
  'Lejerbo',
  'KAB',
  'DAB',
  'AAB',
  'FSB',
  'fsb',
  '3B',
  'BO-VEST',
  'Domea.dk',
  'Domea',
  'Civica',
  'Bo-Vita',
  'AKB',
  'Vibo',
  'VIBO',
  'Boligselskabet Sjælland',
  'Himmerland Boligforening',
  'Østjysk Bolig',
  'AL2bolig',
  'Alboa',
  'Brabrand Boligforening',
  'Ringgården',
  'Arbejdernes Andels Boligforening',
  'Fællesorganisationens Boligforening',
  'Frederiksberg Forenede Boligselskaber',
  'Boligforeningen 3B',
  'Boligkontoret Århus',
  'Boligselskabet Domea',
];
/** Administrators: the organisations they serve are who the meeting is with. */
const ADMINISTRATORS = new Set(['Boligkontoret Danmark', 'KAB', 'DAB', 'Domea', 'Domea.dk', 'BO-VEST', 'Civica', 'Bo-Vita']);
/** Bodies on neither side: the national associations, the fund, ministries, consultants. */
const OTHER_BODIES =
  /\b(?:BL|KL|Landsbyggefonden|LBF|Danmarks Almene Boliger|Kommunernes Landsforening|Bolig- og Planstyrelsen|Social- og Boligstyrelsen|Indenrigs- og Boligministeriet|ministeriet|styrelsen|konsulent(?:firma|hus)|rådgiv\w*|ApS|A\/S|P\/S)\b/i;

const ORG_WORD =
  '(?:Almennyttige[ \\t]+|Almene[ \\t]+)?(?:Boligselskab|Boligforening|Andelsboligforening|Boligorganisation|Andels[ \\t]+Boligforening|Ældreboligselskab|Ungdomsboligselskab)';
const NAME_WORD = '[\\p{Lu}\\d][\\p{L}\\d.-]*';
/** "Boligselskabet af 1961 i Tikøb", "Boligforeningen Vibo", "Hillerød Almennyttige Boligselskab". */
const ORG_PATTERNS = [
  new RegExp(
    `\\b(?:Boligselskabet|Boligforeningen|Boligorganisationen|Andelsboligforeningen|Det Almennyttige Boligselskab|Almennyttigt Boligselskab)[ \\t]+(?:af[ \\t]+\\d{4}(?:[ \\t]+i[ \\t]+\\p{Lu}\\p{L}+)?|${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2})`,
    'gu',
  ),
  new RegExp(`(?<![\\p{L}])(?:${NAME_WORD}[ \\t]+){1,3}${ORG_WORD}(?![\\p{L}])`, 'gu'),
];
/** Capitalised words that start sentences rather than names. */
const NOT_NAME =
  /^(?:Fra|Til|Med|Hos|I|Og|Det|Den|De|Der|Efter|Både|Fordi|Når|Hvis|For|Om|På|Af|Ved|Som|Alle|Hver|Også|Samt|Nu|Her|Da|Men|Et|En|Vores|Deres)\s+/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN_RE = new RegExp(
  `(?<![\\p{L}\\d-])(?:${[...KNOWN_ORGANISATIONS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\d-]|\\.dk)`,
  'gu',
);
/** Stems before "Kommune" ("Helsingør", "Københavns", "Lyngby-Taarbæk") → official name. */
const MUNICIPALITY_STEMS = new Map<string, string>();
for (const [official, short] of MUNICIPALITIES) {
  MUNICIPALITY_STEMS.set(official.replace(/ (Kommune|Regionskommune)$/, ''), official);
  MUNICIPALITY_STEMS.set(short, official);
  if (short === 'Aarhus') MUNICIPALITY_STEMS.set('Århus', official);
}
const BEFORE_KOMMUNE = /(?<![\p{L}-])(\p{Lu}[\p{L}-]*) (?:Regions)?[Kk]ommunes?(?![\p{L}])/gu;

export type Mention = { name: string; index: number };

/** Municipalities named "X Kommune" (also "X Kommunes"), in order of appearance. */
export function findMunicipalities(text: string): Mention[] {
  const found: Mention[] = [];
  if (!/ommune/.test(text)) return found;
  for (const m of text.matchAll(BEFORE_KOMMUNE)) {
    const name = MUNICIPALITY_STEMS.get(m[1]);
    if (name) found.push({ name, index: m.index });
  }
  return found;
}

/** Housing organisations and administrators named in `text`, in order of appearance. */
export function findOrganisations(text: string): Mention[] {
  const found: Mention[] = [];
  const add = (name: string, index: number) => {
    const clean = name
      .replace(NOT_NAME, '')
      .replace(/[.,-]+$/, '')
      .trim();
    if (!clean || found.some((f) => index < f.index + f.name.length + 2 && f.index <= index + clean.length)) return;
    found.push({ name: clean, index: index + (name.length - name.replace(NOT_NAME, '').length) });
  };
  for (const m of text.matchAll(KNOWN_RE)) add(m[0] === 'fsb' ? 'FSB' : m[0] === 'VIBO' ? 'Vibo' : m[0], m.index);
  for (const re of ORG_PATTERNS) for (const m of text.matchAll(re)) add(m[0], m.index);
  return found.sort((a, b) => a.index - b.index);
}

export function isAdministrator(name: string): boolean {
  return ADMINISTRATORS.has(name);
}

const MUNICIPAL =
  /kommune|forvaltning|tilsyn|byråd|rådhus|borgmester|rådmand|magistrat|udvalg|centerchef|center for|socialservice|borgerservice|sekretariat|direktion|jobcenter|myndighed|boliganvisning|kommunal/i;
const ORGANISATIONAL =
  /boligselskab|boligforening|boligorganisation|almen(?:e|nyttig)|afdelingsbestyrelse|organisationsbestyrelse|hovedbestyrelse|repræsentantskab|afdelingsformand|forretningsfører|ejendomskontor|driftschef|driftsleder|varmemester|beboer|boligsocial|udlejningschef|administrationsorganisation|\bselskab/i;

const sides = new Map<string, ParticipantSide | null>();

/** The side a heading ("Repræsentanter for kommunen:"), an employer or a title points to, or null. */
export function sideOf(text: string): ParticipantSide | null {
  if (!text) return null;
  let side = sides.get(text);
  if (side === undefined) {
    side = findSide(text);
    if (sides.size > 5000) sides.clear();
    sides.set(text, side);
  }
  return side;
}

function findSide(text: string): ParticipantSide | null {
  if (findMunicipalities(text).length) return 'municipality';
  if (findOrganisations(text).length && !OTHER_BODIES.test(text)) return 'organisation';
  if (OTHER_BODIES.test(text)) return 'other';
  if (MUNICIPAL.test(text)) return 'municipality';
  if (ORGANISATIONAL.test(text)) return 'organisation';
  return null;
}

/** A part of a participant line that is an organisation or a municipality (an employer, not a title). */
const bodies = new Map<string, boolean>();

export function isBodyName(text: string): boolean {
  let body = bodies.get(text);
  if (body === undefined) {
    body = findBodyName(text.trim());
    if (bodies.size > 5000) bodies.clear();
    bodies.set(text, body);
  }
  return body;
}

function findBodyName(t: string): boolean {
  if (findMunicipalities(t).some((m) => m.index === 0)) return true;
  const orgs = findOrganisations(t);
  if (orgs.length && orgs[0].index === 0 && orgs[0].name.length >= t.length - 1) return true;
  // "Lejerbo Køge", "AKB Gladsaxe", "KAB Hillerød": a known organisation and its place.
  if (
    orgs.length &&
    orgs[0].index === 0 &&
    KNOWN_ORGANISATIONS.includes(orgs[0].name) &&
    /^(?:\s+\p{Lu}[\p{L}-]*){1,2}$/u.test(t.slice(orgs[0].name.length))
  )
    return true;
  return /^(?:BL|KL|Landsbyggefonden|Danmarks Almene Boliger)$/.test(t);
}
