/*
 * Existing minutes as text → ImportedMinutes. Pure, synchronous and deterministic: the same
 * text gives the same result. Steps: lines (clean.ts, reflow.ts), items (items.ts), header
 * (header.ts), participants (participants.ts, roster.ts), names (organisations.ts), decisions
 * and actions per item (decisions.ts).
 */
import { resolveAbbreviations } from './people/acronyms.ts';
import { MUNICIPALITIES } from './people/municipalities.ts';
import { resultText, wordCoverage } from './coverage.ts';
import { committeeHeading } from './decisions/committee-heading.ts';
import { findOutcome } from './decisions/decisions.ts';
import { cellDecisions, decisionColumns } from './structure/table-items.ts';
import { findMeetingDate, findPlace, findTitle } from './structure/header.ts';
import { findHeadingItems, findNumberedItems, TITLE_LINE, type Segment } from './structure/items.ts';
import { findMunicipalities, findOrganisations, isAdministrator } from './people/organisations.ts';
import { renderLines, toLines, type Line } from './text/reflow.ts';
import { readRoster, splitRoster } from './people/roster.ts';
import { proseRoster } from './people/prose-roster.ts';
import { findDates } from './text/dates.ts';
import { sentences } from './text/sentences.ts';
import type { ImportedItem, ImportedMinutes } from './types.ts';

const HEADER_LABEL =
  /^(?:mødedato|dato|tidspunkt|tid og sted|tid|mødested|sted|lokale|adresse|emne|vedr\.?|sag|journalnr\.?|referent|ordstyrer|note|forum|udvalg|møde)\b\.?\s*:/i;

function isProse(line: Line): boolean {
  return !line.bullet && line.text.split(/\s+/).length >= 10 && /[.!?]["”)»]*$/.test(line.text);
}

/**
 * Where the header of minutes without numbered items ends: after its last title, label or
 * participant line before `limit` (the first paragraph of prose). Lines between them ("Horsens
 * Kommune" above the title, "Dagsorden" and its entries) belong to the header too.
 */
function headerEnd(lines: Line[], roster: Set<number>, limit: number): number {
  let end = 0;
  for (let i = 0; i < Math.min(lines.length, limit, 40); i++) {
    if (roster.has(i) || HEADER_LABEL.test(lines[i].text) || TITLE_LINE.test(lines[i].text)) end = i + 1;
  }
  return end;
}

/**
 * The agenda in the header ("Dagsorden:" and the lines after it, numbered or not): its lines are
 * no items, and the same titles further down are headings even where they look like text.
 */
function agendaTitles(lines: Line[]): { titles: Set<string>; lines: Set<number> } {
  const titles = new Set<string>();
  const used = new Set<number>();
  const start = lines.findIndex((l) => /^dagsorden\s*:?$/i.test(l.text));
  if (start < 0) return { titles, lines: used };
  used.add(start);
  for (let i = start + 1; i < lines.length && lines[i].text.length <= 100 && !/[.!?]$/.test(lines[i].text); i++) {
    // A paragraph break ends the agenda, unless each entry is a paragraph of its own (DOCX): then
    // "Referat" or a heading with text under it does.
    const next = lines[i + 1];
    const heading = !!next && next.text.split(/\s+/).length >= 8;
    if (TITLE_LINE.test(lines[i].text) || (i > start + 1 && lines[i].breakBefore && (!lines[i - 1].breakBefore || heading))) break;
    const title = lines[i].text.replace(/^(?:punkt\s*|pkt\.?\s*)?\d{1,2}[.):]?\s+/i, '').toLowerCase();
    if (titles.has(title)) break;
    titles.add(title);
    used.add(i);
  }
  return { titles, lines: used };
}

/** The minutes of a housing organisation's board or council of representatives. */
const BOARD =
  /organisationsbestyrelsesmøde|(?:møde i|referat (?:af|fra)) (?:organisations|afdelings)?bestyrelsen\b|\bOB-møde|bestyrelsesmøde|repræsentantskabsmøde|^bestyrelsen\s*:/im;

/** "Økonomiudvalget", "Udvalget for Ældre og Sundhed", "Byrådet", "Kommunalbestyrelsen": a municipality's own body. */
const MUNICIPAL_BODY = /(?:^|[\s,])(?:\p{L}+udvalg(?:et)?|udvalget for|byråd(?:et)?|kommunalbestyrelsen?)(?![\p{L}])/imu;
const municipalBody = (head: string) => MUNICIPAL_BODY.test(head);

const trimTitle = (t: string) => t.replace(/[\s.:;,–-]+$/, '').trim();

function tidyTitle(title: string, number: string | null): { title: string; spill: string } {
  // A table row "1 | Title | text": the first cell is the title, the other cells text.
  const cells = title.split(/\s+\|\s+/);
  let t = cells[0].replace(/\s+/g, ' ').trim();
  const spills = cells.slice(1);
  // "Velkomst: Formanden bød velkommen." or "Godkendelse af dagsorden. Dagsordenen blev godkendt.": text after the title.
  const colon = /^(.{3,80}?):\s+(\S+(?:\s+\S+){3,}[.!?])$/u.exec(t);
  const said = sentences(t);
  if (colon) {
    t = colon[1];
    spills.unshift(colon[2]);
  } else if (said.length > 1 && said[0].length <= 100 && said.slice(1).join(' ').split(/\s+/).length >= 3) {
    t = said[0];
    spills.unshift(said.slice(1).join(' '));
  } else if (t.length > 160) {
    const cut = /^(.{20,160}?)(?:[.!?]|:)\s+(.*)$/u.exec(t);
    if (cut) {
      t = cut[1];
      spills.unshift(cut[2]);
    }
  }
  t = trimTitle(t);
  return { title: t || (number ? `Punkt ${number}` : 'Uden titel'), spill: spills.join(' ') };
}

function buildItem(segment: Segment, lines: Line[], date: string | null, columns: number[] | null = null): ImportedItem {
  const ownEnd = segment.children.length ? segment.children[0].start : segment.end;
  const own = lines.slice(segment.body, ownEnd);
  const { title, spill } = tidyTitle(segment.title, segment.number);
  const body: Line[] = spill ? [{ text: spill, bullet: 0, heading: false, breakBefore: false }, ...own] : own;
  const { decisions, actions } = findOutcome(body, date);
  // A row of a table whose header has an "Aftale" or "Beslutning" column.
  if (columns) for (const d of cellDecisions(segment.title, columns)) if (!decisions.includes(d)) decisions.push(d);
  return {
    number: segment.number,
    title,
    text: renderLines(body),
    decisions,
    actions,
    items: segment.children.map((child) => buildItem(child, lines, date)),
  };
}

/** The name written most often, header and participant lines counting three times. */
function mostNamed(header: string, whole: string, find: (t: string) => { name: string; index: number }[]): string | null {
  const score = new Map<string, number>();
  for (const m of find(header)) score.set(m.name, (score.get(m.name) ?? 0) + 3);
  for (const m of find(whole)) score.set(m.name, (score.get(m.name) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, s] of score) if (best === null || s > score.get(best)!) best = name;
  // Several named alike (a forum of five municipalities): none of them is the meeting's.
  const top = [...score.values()].filter((s) => s === score.get(best!)).length;
  return top > 2 ? null : best;
}

/** "Byrådssalen, Brønderslev Rådhus": the town hall names the municipality the header does not. */
function townHall(header: string): string | null {
  for (const m of header.matchAll(/(\p{Lu}[\p{L}-]+)\s+Rådhus\b/gu)) {
    const found = MUNICIPALITIES.find(([, short]) => short === m[1]);
    if (found) return found[0];
  }
  return null;
}

/** "KØGE BOLIGSELSKAB" on a letterhead → "Køge Boligselskab", so that names are found in it. */
const unshout = (t: string) =>
  t === t.toUpperCase() && /\p{Lu}{3}/u.test(t)
    ? t.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    : t;

/** Housing organisations the meeting is with: from the header and participants, else the body's most named. */
function organisationsOf(header: string, whole: string): string[] {
  const named = [...new Set(findOrganisations(header).map((m) => m.name))];
  if (named.some((n) => !isAdministrator(n))) return named.slice(0, 6);
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of findOrganisations(whole)) {
    const c = counts.get(m.name) ?? { n: 0, first: m.index };
    c.n++;
    counts.set(m.name, c);
  }
  const ranked = [...counts.entries()]
    .filter(([name]) => !isAdministrator(name))
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
  const body = ranked.filter(([, c], i) => i === 0 || c.n >= 2).map(([name]) => name);
  return [...new Set([...body, ...named])].slice(0, 6);
}

/**
 * The meeting's date when the header gives none: the date the items' headings and the bodies'
 * decision headings ("Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42", "Diverse orienteringer -
 * ØU den 22. oktober 2018") give most often.
 */
function headingDate(lines: Line[], segments: Segment[]): string | null {
  const count = new Map<string, number>();
  const add = (iso: string) => count.set(iso, (count.get(iso) ?? 0) + 1);
  for (const line of lines) {
    const h = committeeHeading(line.text);
    if (h) add(h.date);
  }
  const titles = (list: Segment[]): string[] => list.flatMap((s) => [s.title, ...titles(s.children)]);
  for (const title of titles(segments)) for (const d of findDates(title)) if (d.hasYear) add(d.iso);
  let best: string | null = null;
  for (const [iso, n] of count) if (best === null || n > count.get(best)!) best = iso;
  return best;
}

/**
 * "Referat" (or "Møde: Referat") alone names no meeting: the committee does, from an "Udvalg:"
 * label or the headings of its decisions ("Kultur- og Idrætsudvalget – Referat").
 */
function namedTitle(title: string, lines: Line[]): string {
  const generic = /^(?:møde\s*[:–-]\s*)?(referat|dagsorden|beslutningsprotokol)$/i.exec(title.trim());
  if (!generic) return title;
  // "UDVALG" / "Udvalget for Ældre og Sundhed" on a case system's web page (label-lines.ts), else the decisions' headings.
  const label = lines.slice(0, 20).find((l) => /^udvalg\s*:\s*\S/i.test(l.text));
  const body = label ? label.text.replace(/^udvalg\s*:\s*/i, '') : lines.map((l) => committeeHeading(l.text)?.body).find(Boolean);
  return body ? `${body} – ${generic[1]}` : title;
}

export const NO_ITEMS =
  'Importen fandt ingen punkter i referatet. Hele teksten efter mødets hoved er lagt i ét punkt – del den op i punkter, før du gemmer.';

/**
 * The lines before the first item: the header as read, and prose (a summary, "Der er kommet to
 * spørgsmål fra …") for the "Øvrigt" block — a line read is never just dropped.
 */
function headerAndOther(lines: Line[], first: number, roster: Set<number>): { header: string; other: string } {
  const header: string[] = [];
  const other: string[] = [];
  for (let i = 0; i < first; i++) {
    const line = lines[i];
    if (!roster.has(i) && !HEADER_LABEL.test(line.text) && (isProse(line) || line.text.length > 200)) other.push(line.text);
    else header.push(line.text);
  }
  return { header: header.join('\n'), other: other.join('\n\n') };
}

export function parseMinutes(text: string, options: { fileName?: string } = {}): ImportedMinutes {
  const lines = toLines(text);
  const warnings: string[] = [];
  let numbered = findNumberedItems(lines);
  // Only a numbered agenda ("1. …", "2. …" on consecutive lines) and then unnumbered headings:
  // the agenda belongs to the header, the headings are the items.
  if (numbered && numbered.length >= 3 && numbered.slice(0, -1).every((s) => s.end === s.body)) {
    const agenda = new Set(numbered.map((s) => s.title.toLowerCase()));
    const after = numbered[numbered.length - 1].body;
    const headings = findHeadingItems(lines, after, () => false, agenda);
    if (headings.length >= 2) numbered = null;
  }
  let segments: Segment[];
  let end: number;
  let rosterLines: Set<number>;
  let entries;
  if (numbered) {
    end = numbered[0].start;
    ({ entries, lines: rosterLines } = readRoster(lines, 0, end));
    segments = numbered;
  } else {
    // The header ends at the first paragraph of prose that neither names people nor dates the meeting.
    const firstProse = lines.findIndex((l) => isProse(l) && !proseRoster(l.text) && !findDates(l.text).length);
    ({ entries, lines: rosterLines } = readRoster(lines, 0, firstProse < 0 ? lines.length : firstProse));
    end = headerEnd(lines, rosterLines, firstProse < 0 ? lines.length : firstProse);
    const agenda = agendaTitles(lines);
    segments = findHeadingItems(
      lines,
      end,
      (i) => rosterLines.has(i) || HEADER_LABEL.test(lines[i].text) || agenda.lines.has(i),
      agenda.titles,
    );
    if (segments.length) end = Math.min(end, segments[0].start);
    // Neither numbers nor headings: the text after the header is kept as one item.
    const rest = lines.slice(end).filter((_, k) => !rosterLines.has(end + k) && !agenda.lines.has(end + k));
    if (!segments.length && rest.length) {
      segments = [{ number: null, title: 'Referat', start: end, body: end, end: lines.length, children: [] }];
      warnings.push(NO_ITEMS);
    }
  }
  // Absentees named inside items ("Fraværende: …" in council minutes).
  for (const segment of segments) {
    const inside = readRoster(lines, segment.body, segment.end).entries.filter((e) => e.absent || e.substitute);
    entries.push(...inside);
  }
  const whole = lines.map((l) => l.text).join('\n');
  resolveAbbreviations(entries, whole);
  // A housing organisation's own board: its members and its administration sit on its side.
  if (
    BOARD.test(
      lines
        .slice(0, Math.max(end, 3))
        .map((l) => l.text)
        .join('\n'),
    )
  )
    for (const e of entries) if (e.side !== 'other' && !/kommune/i.test([e.title, ...e.employers].join(' '))) e.side = 'organisation';
  // A municipal committee's or council's own minutes: its members sit on the municipality's side.
  const head = lines
    .slice(0, Math.max(end, 3))
    .map((l) => l.text)
    .join('\n');
  if (municipalBody(head) && !BOARD.test(head) && !findOrganisations(head).length)
    for (const e of entries) if (e.side === null && !e.employers.length) e.side = 'municipality';
  const { participants, absent } = splitRoster(entries);
  const date = findMeetingDate(lines, end) ?? headingDate(lines, segments);
  const headerText = [...lines.slice(0, end).map((l) => unshout(l.text)), ...[...rosterLines].map((i) => lines[i].text)].join('\n');
  const organisations = organisationsOf(headerText, whole);
  const sides = new Set(participants.map((p) => p.side));
  const columns = segments.length ? decisionColumns(lines, segments[0].start) : null;
  // A board's own minutes may discuss the styringsdialog; they are still the board's.
  const board = BOARD.test(
    lines
      .slice(0, Math.max(end, 3))
      .map((l) => l.text)
      .join('\n'),
  );
  const dialogue = !board && (/styringsdialog|dialogmøde/i.test(whole) || (sides.has('municipality') && sides.has('organisation')));
  const first = segments.length ? segments[0].start : lines.length;
  const { header, other } = headerAndOther(lines, first, rosterLines);
  const minutes = {
    title: namedTitle(
      findTitle(lines, end, {
        organisation: organisations.find((o) => !isAdministrator(o)) ?? null,
        dialogue,
        fileName: options.fileName,
      }),
      lines,
    ),
    date,
    place: findPlace(lines, end),
    municipality: mostNamed(headerText, whole, findMunicipalities) ?? townHall(headerText),
    organisations,
    participants,
    absent,
    items: segments.map((s) => buildItem(s, lines, date, columns)),
    header,
    other,
    warnings,
  };
  const { read, placed } = wordCoverage(text, resultText(minutes));
  return { ...minutes, coverage: { read, placed } };
}
