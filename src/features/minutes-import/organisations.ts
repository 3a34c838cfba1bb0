/*
 * Names of municipalities, housing organisations, administrators and other bodies in minutes,
 * and which side of the dialogue a name, a heading or a job title belongs to.
 */
import { MUNICIPALITIES } from './municipalities.ts';
import type { ParticipantSide } from './types.ts';

/** Well-known housing organisations and administrators, as written. */
const KNOWN_ORGANISATIONS = [
  'Boligkontoret Danmark', 'Lejerbo', 'KAB', 'DAB', 'AAB', 'FSB', 'fsb', '3B', 'BO-VEST', 'Domea.dk', 'Domea', 'Civica',
  'Bo-Vita', 'AKB', 'Vibo', 'VIBO', 'Boligselskabet Sjælland', 'Himmerland Boligforening', 'Østjysk Bolig', 'AL2bolig',
  'Alboa', 'Brabrand Boligforening', 'Ringgården', 'Arbejdernes Andels Boligforening', 'Fællesorganisationens Boligforening',
  'Frederiksberg Forenede Boligselskaber', 'Boligforeningen 3B', 'Boligkontoret Århus', 'Boligselskabet Domea',
];
/** Administrators: the organisations they serve are who the meeting is with. */
const ADMINISTRATORS = new Set(['Boligkontoret Danmark', 'KAB', 'DAB', 'Domea', 'Domea.dk', 'BO-VEST', 'Civica', 'Bo-Vita']);
/** Bodies on neither side: the national associations, the fund, ministries, consultants. */
const OTHER_BODIES = /\b(?:BL|KL|Landsbyggefonden|LBF|Danmarks Almene Boliger|Kommunernes Landsforening|Bolig- og Planstyrelsen|Social- og Boligstyrelsen|Indenrigs- og Boligministeriet|ministeriet|styrelsen|konsulent(?:firma|hus)|rådgiv\w*|ApS|A\/S|P\/S)\b/i;

const ORG_WORD = '(?:Almennyttige\\s+|Almene\\s+)?(?:Boligselskab|Boligforening|Andelsboligforening|Boligorganisation|Andels\\s+Boligforening)';
const NAME_WORD = '[\\p{Lu}\\d][\\p{L}\\d.-]*';
/** "Boligselskabet af 1961 i Tikøb", "Boligforeningen Vibo", "Hillerød Almennyttige Boligselskab". */
const ORG_PATTERNS = [
  new RegExp(`\\b(?:Boligselskabet|Boligforeningen|Boligorganisationen|Andelsboligforeningen|Det Almennyttige Boligselskab|Almennyttigt Boligselskab)\\s+(?:af\\s+\\d{4}(?:\\s+i\\s+\\p{Lu}\\p{L}+)?|${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:${NAME_WORD}\\s+){1,3}${ORG_WORD}(?![\\p{L}])`, 'gu'),
];
/** Capitalised words that start sentences rather than names. */
const NOT_NAME = /^(?:Fra|Til|Med|Hos|I|Og|Det|Den|De|Der|Efter|Både|Fordi|Når|Hvis|For|Om|På|Af|Ved|Som|Alle|Hver|Også|Samt|Nu|Her|Da|Men|Et|En|Vores|Deres)\s+/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN_RE = KNOWN_ORGANISATIONS.map((name) => [name, new RegExp(`(?<![\\p{L}\\d-])${escape(name)}(?![\\p{L}\\d-]|\\.dk)`, 'gu')] as const);
const MUNICIPALITY_RE = MUNICIPALITIES.map(([official, short]) => {
  const stem = official.replace(/ (Kommune|Regionskommune)$/, '');
  const alias = short === 'Aarhus' ? '|Århus' : '';
  return [official, new RegExp(`(?<![\\p{L}-])(?:${escape(stem)}|${escape(short)}${alias}) (?:Regions)?[Kk]ommunes?(?![\\p{L}])`, 'gu')] as const;
});

export type Mention = { name: string; index: number };

/** Municipalities named "X Kommune" (also "X Kommunes"), in order of appearance. */
export function findMunicipalities(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [name, re] of MUNICIPALITY_RE) for (const m of text.matchAll(re)) found.push({ name, index: m.index });
  return found.sort((a, b) => a.index - b.index);
}

/** Housing organisations and administrators named in `text`, in order of appearance. */
export function findOrganisations(text: string): Mention[] {
  const found: Mention[] = [];
  const add = (name: string, index: number) => {
    const clean = name.replace(NOT_NAME, '').replace(/[.,-]+$/, '').trim();
    if (!clean || found.some((f) => index < f.index + f.name.length + 2 && f.index <= index + clean.length)) return;
    found.push({ name: clean, index: index + (name.length - name.replace(NOT_NAME, '').length) });
  };
  for (const [name, re] of KNOWN_RE) for (const m of text.matchAll(re)) add(name === 'fsb' ? 'FSB' : name === 'VIBO' ? 'Vibo' : name, m.index);
  for (const re of ORG_PATTERNS) for (const m of text.matchAll(re)) add(m[0], m.index);
  return found.sort((a, b) => a.index - b.index);
}

export function isAdministrator(name: string): boolean {
  return ADMINISTRATORS.has(name);
}

const MUNICIPAL = /kommune|forvaltning|tilsyn|byråd|rådhus|borgmester|rådmand|magistrat|udvalg|centerchef|center for|socialservice|borgerservice|sekretariat|direktion|jobcenter|myndighed|boliganvisning|kommunal/i;
const ORGANISATIONAL = /boligselskab|boligforening|boligorganisation|almen(?:e|nyttig)|afdelingsbestyrelse|organisationsbestyrelse|hovedbestyrelse|repræsentantskab|afdelingsformand|forretningsfører|ejendomskontor|driftschef|driftsleder|varmemester|beboer|boligsocial|udlejningschef|administrationsorganisation|\bselskab/i;

/** The side a heading ("Repræsentanter for kommunen:"), an employer or a title points to, or null. */
export function sideOf(text: string): ParticipantSide | null {
  if (!text) return null;
  if (findMunicipalities(text).length) return 'municipality';
  if (findOrganisations(text).length && !OTHER_BODIES.test(text)) return 'organisation';
  if (OTHER_BODIES.test(text)) return 'other';
  if (MUNICIPAL.test(text)) return 'municipality';
  if (ORGANISATIONAL.test(text)) return 'organisation';
  return null;
}

/** A part of a participant line that is an organisation or a municipality (an employer, not a title). */
export function isBodyName(text: string): boolean {
  const t = text.trim();
  if (findMunicipalities(t).some((m) => m.index === 0)) return true;
  const orgs = findOrganisations(t);
  if (orgs.length && orgs[0].index === 0 && orgs[0].name.length >= t.length - 1) return true;
  return /^(?:BL|KL|Landsbyggefonden|Danmarks Almene Boliger)$/.test(t);
}
