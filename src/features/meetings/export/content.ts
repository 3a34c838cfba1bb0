/**
 * What the agenda and the minutes say, independent of the file format: the Danish labels and
 * lines both renderers print, so a PDF and a DOCX of the same meeting read the same.
 */
import { formatDate } from '../../../ui/format.ts';
import type { DocumentAction, DocumentDecision, DocumentItem, DocumentParticipant, DocumentSide, MeetingDocument } from './document.ts';

import { danishMoment as danish } from '../../../lib/written-document/text.ts';

/** A table of contents helps from this many top-level items on; below it, it only adds a page. */
export const TOC_MIN_ITEMS = 6;

export const kindWord = (doc: MeetingDocument) => (doc.kind === 'minutes' ? 'Referat' : 'Dagsorden');

/** The items the reader gets: the public copy leaves closed items (and their sub-items) out entirely. */
export function visibleItems(items: DocumentItem[], includeClosed: boolean): DocumentItem[] {
  return items.filter((item) => includeClosed || !item.closed).map((item) => ({ ...item, items: visibleItems(item.items, includeClosed) }));
}

/** "1." for a plain number, "1.a" for a sub-item, as Danish minutes number them. */
export function itemNumber(item: DocumentItem): string {
  const number = item.number.trim();
  return /^\d+$/.test(number) ? `${number}.` : number;
}

/** "1. Title", "1.a Title". */
export const itemHeading = (item: DocumentItem) => (itemNumber(item) ? `${itemNumber(item)} ${item.title}` : item.title);

/** "onsdag den 3. december 2026 kl. 10.00–12.00", in Danish time whatever the offset given. */
export function meetingWhen(startsAt: string | null, endsAt: string | null): string | null {
  if (!startsAt) return null;
  const start = danish(startsAt);
  const day = (d: typeof start) => `${d.weekday} den ${d.date}`;
  // Midnight means no time was known (imported minutes without "kl."): the day alone.
  if (!endsAt && start.time === '00.00') return day(start);
  if (!endsAt) return `${day(start)} kl. ${start.time}`;
  const end = danish(endsAt);
  if (day(start) === day(end)) return `${day(start)} kl. ${start.time}–${end.time}`;
  return `${day(start)} kl. ${start.time} til ${day(end)} kl. ${end.time}`;
}

/** "3. december 2026" for a plain date (YYYY-MM-DD). */
export const dateText = (date: string) => formatDate(date);

export type MetaLine = { label: string; value: string };

/** The heading block under the title: when, where, who. */
export function metaLines(doc: MeetingDocument): MetaLine[] {
  const lines: MetaLine[] = [];
  const when = meetingWhen(doc.startsAt, doc.endsAt);
  if (when) lines.push({ label: 'Dato', value: when });
  if (doc.place) lines.push({ label: 'Sted', value: doc.place });
  if (doc.municipality) lines.push({ label: 'Kommune', value: doc.municipality });
  if (doc.organisations.length) {
    lines.push({ label: doc.organisations.length > 1 ? 'Boligorganisationer' : 'Boligorganisation', value: doc.organisations.join(', ') });
  }
  const status = statusText(doc);
  if (status) lines.push({ label: 'Status', value: status });
  return lines;
}

export function statusText(doc: MeetingDocument): string | null {
  const version = doc.version != null ? `version ${doc.version}` : null;
  if (doc.status && version) return `${doc.status} (${version})`;
  if (version) return `Version ${doc.version}`;
  return doc.status;
}

/** "Navn, titel" as the participant lists of Danish minutes write it. */
export const participantText = (p: DocumentParticipant) => (p.title ? `${p.name}, ${p.title}` : p.name);

const SIDE_ORDER: Record<DocumentSide, number> = { municipality: 0, organisation: 1, other: 2 };

export type ParticipantGroup = { label: string; side: DocumentSide; people: DocumentParticipant[] };

/** Those present, grouped per side (municipality first), a group per side label in order of appearance. */
export function participantGroups(doc: MeetingDocument): ParticipantGroup[] {
  const groups: ParticipantGroup[] = [];
  for (const p of doc.participants.filter((x) => x.present)) {
    let group = groups.find((g) => g.side === p.side && g.label === p.sideLabel);
    if (!group) groups.push((group = { label: p.sideLabel, side: p.side, people: [] }));
    group.people.push(p);
  }
  return groups.sort((a, b) => SIDE_ORDER[a.side] - SIDE_ORDER[b.side]);
}

export const absentLabel = (doc: MeetingDocument) => (doc.kind === 'minutes' ? 'Afbud/fraværende' : 'Afbud');

/** "Navn, titel (side)" for each participant not present. */
export function absentees(doc: MeetingDocument): string[] {
  return doc.participants.filter((p) => !p.present).map((p) => `${participantText(p)} (${p.sideLabel})`);
}

/** "Beslutning i Økonomiudvalget den 14. december 2020", as far as body and date are known. */
export function decisionHeading(d: DocumentDecision): string {
  return ['Beslutning', d.body ? `i ${d.body}` : null, d.date ? `den ${dateText(d.date)}` : null].filter(Boolean).join(' ');
}

export const ACTION_COLUMNS = ['Hvad', 'Ansvarlig', 'Frist', 'Status'] as const;
/** Column widths as fractions of the text width: "15. december 2026" fits its column on one line. */
export const ACTION_WIDTHS = [0.48, 0.22, 0.19, 0.11];

export function actionCells(a: DocumentAction): [string, string, string, string] {
  return [a.text, a.responsible ?? '–', a.due ? dateText(a.due) : '–', a.done ? 'Udført' : 'Åben'];
}

/** The meta line under an item heading: theme and case number. "Lukket punkt" is shown apart, emphasised. */
export function itemMeta(item: DocumentItem): string[] {
  return [item.theme ? `Tema: ${item.theme}` : null, item.caseNumber ? `Sagsnr. ${item.caseNumber}` : null].filter((x): x is string => !!x);
}

export type TocEntry = { item: DocumentItem; depth: number; text: string };

export function tocEntries(items: DocumentItem[], depth = 0): TocEntry[] {
  return items.flatMap((item) => [{ item, depth, text: itemHeading(item) }, ...tocEntries(item.items, depth + 1)]);
}
