/*
 * The one-per-line text formats of the import preview: participants ("Navn; titel; side") and
 * action items ("tekst; ansvarlig; åååå-mm-dd"). Each bad line gives a Danish message naming
 * its line number, so the user can find it in the textarea.
 */
import { findDates, type ImportedAction, type ImportedParticipant } from '../../minutes-import/index.ts';
import type { Side } from '../tables.ts';

export const SIDE_WORDS: Record<Side, string> = { municipality: 'kommune', organisation: 'boligorganisation', other: 'øvrige' };

/** What a user may type for a side; the first of each is what the preview writes. */
const SIDE_ALIASES: Record<string, Side> = {
  kommune: 'municipality',
  kommunen: 'municipality',
  kommunal: 'municipality',
  boligorganisation: 'organisation',
  boligorganisationen: 'organisation',
  organisation: 'organisation',
  organisationen: 'organisation',
  boligselskab: 'organisation',
  boligselskabet: 'organisation',
  øvrige: 'other',
  øvrig: 'other',
  oevrige: 'other',
  andre: 'other',
  andet: 'other',
  anden: 'other',
};

export const MAX_LINES = 500;

export type ParticipantLine = { name: string; title: string | null; side: Side };
export type ActionLine = { text: string; responsible: string | null; due: string | null };
export type Parsed<T> = { rows: T[]; errors: string[] };

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const joinLine = (parts: (string | null)[]) => {
  const out = parts.map((p) => (p ?? '').replace(/[\r\n;]+/g, ' ').trim());
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return out.join('; ');
};

/** The non-empty lines of a textarea with their 1-based line numbers. */
function numberedLines(text: string): { no: number; line: string }[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => ({ no: i + 1, line: line.trim() }))
    .filter((l) => l.line !== '');
}

function tooMany(count: number, what: string): string | null {
  return count > MAX_LINES ? `Der må højst være ${MAX_LINES} ${what}; der er ${count}.` : null;
}

export function participantToLine(p: ImportedParticipant): string {
  return joinLine([p.name, p.title, p.side ? SIDE_WORDS[p.side] : null]);
}

const sideOf = (word: string): Side | undefined => SIDE_ALIASES[word.toLowerCase()];

/**
 * "Navn; titel; side". With two parts the second is a side when it is a side word, else a title.
 * Without a side, the participant is saved under øvrige.
 */
export function parseParticipants(text: string): Parsed<ParticipantLine> {
  const lines = numberedLines(text);
  const many = tooMany(lines.length, 'deltagere');
  if (many) return { rows: [], errors: [many] };
  const rows: ParticipantLine[] = [];
  const errors: string[] = [];
  for (const { no, line } of lines) {
    const parts = line.split(';').map(clean);
    const name = parts[0];
    let title: string | null = null;
    let sideWord = '';
    if (parts.length === 2) {
      if (sideOf(parts[1])) sideWord = parts[1];
      else title = parts[1] || null;
    } else if (parts.length >= 3) {
      sideWord = parts[parts.length - 1];
      title = parts.slice(1, -1).filter(Boolean).join('; ') || null;
    }
    const side = sideWord ? sideOf(sideWord) : 'other';
    if (!name) errors.push(`Linje ${no}: Skriv deltagerens navn før første semikolon.`);
    else if (name.length > 200) errors.push(`Linje ${no}: Navnet må højst være 200 tegn.`);
    else if (title && title.length > 200) errors.push(`Linje ${no}: Titlen må højst være 200 tegn.`);
    else if (!side) errors.push(`Linje ${no}: Siden „${sideWord}“ kendes ikke. Skriv kommune, boligorganisation eller øvrige.`);
    else rows.push({ name, title, side });
  }
  return { rows, errors };
}

export function actionToLine(a: ImportedAction): string {
  return joinLine([a.text, a.responsible, a.due]);
}

const DATE_LIKE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/;

/** åååå-mm-dd, or the Danish d.m.åååå / d-m-åååå / d/m/åååå, as åååå-mm-dd if the day exists. */
export function parseDue(raw: string): string | null {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const dk = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(raw);
  if (iso) [y, m, d] = [+iso[1], +iso[2], +iso[3]];
  else if (dk) [d, m, y] = [+dk[1], +dk[2], +dk[3]];
  else {
    // "1. marts 2023", as the minutes write it.
    const [found] = findDates(raw);
    return found && found.index === 0 && found.length === raw.length && found.iso >= '1900' && found.iso < '2201' ? found.iso : null;
  }
  if (y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * "tekst; ansvarlig; åååå-mm-dd", read from the right so the text may hold semicolons. With two
 * parts the second is the due date when it looks like a date, else the responsible.
 */
export function parseActions(text: string): Parsed<ActionLine> {
  const lines = numberedLines(text);
  const many = tooMany(lines.length, 'opfølgningspunkter');
  if (many) return { rows: [], errors: [many] };
  const rows: ActionLine[] = [];
  const errors: string[] = [];
  for (const { no, line } of lines) {
    const parts = line.split(';').map(clean);
    let body = parts[0];
    let responsible = '';
    let dueRaw = '';
    if (parts.length === 2) {
      if (DATE_LIKE.test(parts[1])) dueRaw = parts[1];
      else responsible = parts[1];
    } else if (parts.length >= 3) {
      dueRaw = parts[parts.length - 1];
      responsible = parts[parts.length - 2];
      body = parts.slice(0, -2).join('; ');
    }
    const due = dueRaw ? parseDue(dueRaw) : null;
    if (!body) errors.push(`Linje ${no}: Skriv opgaven før første semikolon.`);
    else if (body.length > 1000) errors.push(`Linje ${no}: Opgaven må højst være 1000 tegn.`);
    else if (responsible.length > 200) errors.push(`Linje ${no}: Den ansvarlige må højst være 200 tegn.`);
    else if (dueRaw && !due)
      errors.push(`Linje ${no}: Fristen „${dueRaw}“ er ikke en gyldig dato. Skriv den som åååå-mm-dd, fx 2022-03-31.`);
    else rows.push({ text: body, responsible: responsible || null, due });
  }
  return { rows, errors };
}

/** One decision per line. */
export function parseDecisions(text: string): Parsed<string> {
  const lines = numberedLines(text);
  const many = tooMany(lines.length, 'beslutninger');
  if (many) return { rows: [], errors: [many] };
  const errors = lines.filter((l) => l.line.length > 5000).map((l) => `Linje ${l.no}: Beslutningen må højst være 5000 tegn.`);
  return { rows: lines.map((l) => l.line), errors };
}

/** A decision as one line of the textarea. */
export const decisionToLine = (d: string) => clean(d);
